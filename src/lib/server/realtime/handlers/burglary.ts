import { z } from 'zod';
import { can } from '$lib/server/auth/roles';
import { AppError } from '$lib/server/errors';
import { gameReportPayloadSchema, positionFixesSchema } from '$lib/domain/boef/schemas';
import { callInputSchema, preventionSchema } from '$lib/domain/burglary/schemas';
import type { PreventionChecklist } from '$lib/domain/burglary/prevention';
import type { Identity } from '$lib/realtime/events';
import type { SessionUser } from '$lib/server/services/auth';
import {
	attemptCommand,
	recordCall,
	savePrevention,
	savePreventionAsOrganiser,
	watchCampaign
} from '$lib/server/services/burglary/campaigns';
import { boefPositions, boefView } from '$lib/server/services/burglary/live';
import { submitReport } from '$lib/server/services/burglary/reports';
import { loadAttempts } from '$lib/server/services/burglary/store';
import { findAccount } from '$lib/server/services/accounts';
import { defineHandler, type AppSocket } from '../define';
import { rooms } from '../rooms';
import { gameBoefPositions, gameBoefView } from './game';

const isHost = (i: Identity) => i.kind === 'account' && can(i.role, 'sessions:host');
const isBoef = (i: Identity) => i.kind === 'boef';
const isResident = (i: Identity) => i.kind === 'resident';

/** The socket's account as the services know it (name for the address-view log). */
async function actorOf(socket: AppSocket): Promise<SessionUser> {
	const identity = socket.data.identity;
	if (identity.kind !== 'account') throw new AppError('error.unauthenticated', 401);
	const user = await findAccount(identity.accountId);
	if (!user) throw new AppError('error.unauthenticated', 401);
	return user;
}

export const watch = defineHandler({
	schema: z.object({ liveSessionId: z.uuid() }).strict(),
	allow: isHost,
	run: async ({ liveSessionId }, socket) => {
		const view = await watchCampaign(await actorOf(socket), liveSessionId, 'dashboard');
		await socket.join(rooms.burglaryHosts(liveSessionId));
		return view;
	}
});

const attemptCommandSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('start'), attemptId: z.uuid() }).strict(),
	z.object({ type: z.literal('end'), attemptId: z.uuid() }).strict(),
	z.object({ type: z.literal('override'), attemptId: z.uuid(), stopped: z.boolean().nullable() }).strict()
]);

export const command = defineHandler({
	schema: z.object({ liveSessionId: z.uuid(), command: attemptCommandSchema }).strict(),
	allow: isHost,
	run: async ({ liveSessionId, command }, socket) => {
		await attemptCommand(await actorOf(socket), liveSessionId, command);
		return { done: true as const };
	}
});

export const call = defineHandler({
	schema: callInputSchema.extend({ liveSessionId: z.uuid() }).strict(),
	allow: isHost,
	run: async ({ liveSessionId, ...input }, socket) => {
		await recordCall(await actorOf(socket), liveSessionId, input);
		return { stored: true as const };
	}
});

export const prevention = defineHandler({
	schema: z
		.object({ liveSessionId: z.uuid().optional(), attemptId: z.uuid(), checklist: preventionSchema })
		.strict(),
	allow: (i) => isHost(i) || (isBoef(i) && i.kind === 'boef' && i.game === 'houd_de_boef'),
	run: async ({ liveSessionId, attemptId, checklist }, socket): Promise<PreventionChecklist> => {
		const identity = socket.data.identity;
		if (identity.kind === 'boef') {
			// A boef fills in the list of his own attempt only.
			const mine = (await loadAttempts(identity.liveSessionId)).find(
				(a) => a.id === attemptId && a.boefId === identity.boefId
			);
			if (!mine) throw new AppError('error.forbidden', 403);
			return savePrevention(identity.liveSessionId, attemptId, checklist, 'boef');
		}
		if (!liveSessionId) throw new AppError('error.invalidInput', 400);
		return savePreventionAsOrganiser(await actorOf(socket), liveSessionId, attemptId, checklist);
	}
});

export const report = defineHandler({
	schema: gameReportPayloadSchema.strict(),
	allow: isResident,
	run: async (input, socket) => {
		const identity = socket.data.identity;
		if (identity.kind !== 'resident') throw new AppError('error.unauthenticated', 401);
		return submitReport(identity, input);
	}
});

// ---------------------------------------------------------------- the boef's phone (either game)

export const position = defineHandler({
	schema: positionFixesSchema.strict(),
	allow: isBoef,
	run: async (input, socket) => {
		const identity = socket.data.identity;
		if (identity.kind === 'boef' && identity.game === 'houd_de_boef')
			return boefPositions(identity.liveSessionId, identity.boefId, input);
		return gameBoefPositions(socket, input);
	}
});

export const boefSync = defineHandler({
	schema: z.object({}).strict(),
	allow: isBoef,
	run: async (_input, socket) => {
		const identity = socket.data.identity;
		if (identity.kind === 'boef' && identity.game === 'houd_de_boef')
			return boefView(identity.liveSessionId, identity.boefId);
		return gameBoefView(socket);
	}
});

/** A campaign boef's phone came online: his room (refreshes, revocation) and his view. */
export async function connected(socket: AppSocket): Promise<void> {
	const identity = socket.data.identity;
	if (identity.kind !== 'boef' || identity.game !== 'houd_de_boef') return;
	await socket.join(rooms.boef(identity.liveSessionId, identity.boefId));
	socket.emit('boef:state', await boefView(identity.liveSessionId, identity.boefId));
}
