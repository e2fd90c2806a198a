import { z } from 'zod';
import { freeText } from '$lib/domain/text';
import { can } from '$lib/server/auth/roles';
import { socketAddress } from '$lib/server/client-address';
import { AppError } from '$lib/server/errors';
import { admitJoin, guessCodeWord, limits, lookUpCode } from '$lib/server/limits';
import { mayControl } from '$lib/server/services/quiz/access';
import { publicGameInfo } from '$lib/server/services/game/games';
import {
	getGameIncludingEnded,
	getLiveGame,
	getLiveGameByCode,
	type LiveGame
} from '$lib/server/services/game/live-game';
import { FEEDBACK_KEYS } from '$lib/domain/boef/game-views';
import { gameReportPayloadSchema, signalementFieldSchema } from '$lib/domain/boef/schemas';
import type { Identity } from '$lib/realtime/events';
import { defineHandler, type AppSocket } from '../define';
import { rooms } from '../rooms';

const isParticipant = (i: Identity) => i.kind === 'participant';
const isHost = (i: Identity) => i.kind === 'account' && can(i.role, 'sessions:host');

/** Only the game's spelleider, or a beheerder of the same organisation, may watch and run it. */
async function controlledGame(socket: AppSocket, liveSessionId: string): Promise<LiveGame> {
	const identity = socket.data.identity;
	const game = await getLiveGame(liveSessionId);
	const verdict = game && identity.kind === 'account' ? mayControl(identity, game.meta) : 'not-found';
	if (verdict === 'not-found') throw new AppError('game.error.notFound', 404);
	if (verdict === 'forbidden') throw new AppError('error.forbidden', 403);
	return game!;
}

/** A participant's game; also shortly after its end (see GAME_AFTERLIFE_MS): reports queued before it still count. */
async function ownGame(socket: AppSocket): Promise<{ game: LiveGame; participantId: string }> {
	const identity = socket.data.identity;
	if (identity.kind !== 'participant') throw new AppError('error.unauthenticated', 401);
	const game = await getGameIncludingEnded(identity.liveSessionId);
	if (!game) throw new AppError('game.error.ended', 410);
	return { game, participantId: identity.participantId };
}

async function boefGame(socket: AppSocket): Promise<{ game: LiveGame; boefId: string }> {
	const identity = socket.data.identity;
	if (identity.kind !== 'boef') throw new AppError('error.unauthenticated', 401);
	const game = await getLiveGame(identity.liveSessionId);
	if (!game) throw new AppError('game.error.ended', 410);
	return { game, boefId: identity.boefId };
}

/** As `quiz:join`: the code lookup counts against the address (limits.ts), joins per address are throttled. */
export const join = defineHandler({
	schema: z
		.object({
			code: z.string().regex(/^\d{6}$/),
			nickname: freeText({ max: 100 }),
			team: freeText({ max: 100 }).optional()
		})
		.strict(),
	allow: () => true,
	run: async ({ code, nickname, team }, socket) => {
		const address = socketAddress(socket);
		// An ended game's code is known, not a wrong guess.
		// The moment it arrived, before the lookup waits: bursts are judged by arrival.
		const now = limits().clock();
		const game = await lookUpCode(
			address,
			code,
			async () =>
				(await getLiveGameByCode(code)) ?? ((await publicGameInfo(code)) ? ('ended' as const) : null)
		);
		if (!game) throw new AppError('join.codeUnknown', 404);
		if (game === 'ended') throw new AppError('game.error.ended', 410);
		admitJoin(game.id, address, now);
		const joined = await game.join(nickname, team, address, now);
		return {
			participantToken: joined.token,
			participantId: joined.participantId,
			liveSessionId: game.id,
			nickname: joined.nickname
		};
	}
});

export const sync = defineHandler({
	schema: z.object({}).strict(),
	allow: isParticipant,
	run: async (_input, socket) => {
		const { game, participantId } = await ownGame(socket);
		return game.playerView(participantId);
	}
});

export const report = defineHandler({
	schema: gameReportPayloadSchema.strict(),
	allow: isParticipant,
	run: async (input, socket) => {
		const { game, participantId } = await ownGame(socket);
		return game.report(participantId, input, Date.now(), socket.id);
	}
});

export const find = defineHandler({
	schema: z.object({ id: z.uuid(), codeWord: z.string().trim().min(1).max(60) }).strict(),
	allow: isParticipant,
	run: async (input, socket) => {
		const { game, participantId } = await ownGame(socket);
		// Counted per game and per address, so throwaway participants buy no extra guesses.
		return guessCodeWord(game.id, socketAddress(socket), () => game.find(participantId, input));
	}
});

export const watch = defineHandler({
	schema: z.object({ liveSessionId: z.uuid() }).strict(),
	allow: isHost,
	run: async ({ liveSessionId }, socket) => {
		const game = await controlledGame(socket, liveSessionId);
		await socket.join(rooms.gameHosts(game.id));
		return game.hostView();
	}
});

const commandSchema = z.discriminatedUnion('type', [
	z
		.object({
			type: z.literal('meldkamer'),
			contact: freeText({ max: 200, min: 2 }),
			informedAtMs: z.number().int().positive()
		})
		.strict(),
	z.object({ type: z.literal('start') }).strict(),
	z.object({ type: z.literal('pause'), message: freeText({ max: 300, min: 1 }) }).strict(),
	z.object({ type: z.literal('resume') }).strict(),
	z.object({ type: z.literal('end') }).strict(),
	z.object({ type: z.literal('boef-enter'), boefId: z.string().max(20) }).strict(),
	z.object({ type: z.literal('boef-caught'), boefId: z.string().max(20) }).strict(),
	z.object({ type: z.literal('lock') }).strict(),
	z.object({ type: z.literal('unlock') }).strict()
]);

export const command = defineHandler({
	schema: z.object({ liveSessionId: z.uuid(), command: commandSchema }).strict(),
	allow: isHost,
	run: async ({ liveSessionId, command }, socket) => {
		const game = await controlledGame(socket, liveSessionId);
		const identity = socket.data.identity;
		// Who recorded the meldkamer is the caller, never what the client claims.
		return game.command(
			command.type === 'meldkamer'
				? { ...command, recordedBy: identity.kind === 'account' ? identity.accountId : '' }
				: command
		);
	}
});

export const clue = defineHandler({
	schema: z
		.object({
			liveSessionId: z.uuid(),
			id: z.uuid(),
			boefId: z.string().max(20).nullable(),
			text: freeText({ max: 500, multiline: true }),
			fields: z.array(signalementFieldSchema).max(40),
			circle: z.boolean(),
			radiusM: z.number().int().min(25).max(20_000).optional()
		})
		.strict(),
	allow: isHost,
	run: async ({ liveSessionId, ...spec }, socket) =>
		(await controlledGame(socket, liveSessionId)).publishClue(spec)
});

export const review = defineHandler({
	schema: z
		.object({
			liveSessionId: z.uuid(),
			reportId: z.uuid(),
			match: z.string().max(20).nullable().optional(),
			feedback: z.enum(FEEDBACK_KEYS).optional()
		})
		.strict(),
	allow: isHost,
	run: async ({ liveSessionId, ...input }, socket) => {
		const game = await controlledGame(socket, liveSessionId);
		const identity = socket.data.identity;
		return game.review(identity.kind === 'account' ? identity.accountId : '', input);
	}
});

/** Removes every name that came in one burst (HostGameView `bursts`). */
export const removeBurst = defineHandler({
	schema: z.object({ liveSessionId: z.uuid(), burstId: z.string().min(1).max(40) }).strict(),
	allow: isHost,
	run: async ({ liveSessionId, burstId }, socket) =>
		(await controlledGame(socket, liveSessionId)).removeBurst(burstId)
});

/** A Boef in de Wijk boef's fixes (the boef handlers dispatch here by his link's game). */
export async function gameBoefPositions(
	socket: AppSocket,
	input: { sentAt: number; fixes: { at: number; lat: number; lng: number; accuracyM?: number }[] }
) {
	const { game, boefId } = await boefGame(socket);
	return game.positions(boefId, input);
}

export async function gameBoefView(socket: AppSocket) {
	const { game, boefId } = await boefGame(socket);
	const view = game.boefView(boefId);
	if (!view) throw new AppError('game.error.unknownBoef', 404);
	return view;
}

/** A participant's or boef's phone came online: put it in its rooms and send where the game is now. */
export async function connected(socket: AppSocket): Promise<void> {
	const identity = socket.data.identity;
	if (identity.kind === 'participant') {
		const game = await getGameIncludingEnded(identity.liveSessionId);
		if (!game) return;
		await socket.join(rooms.gamePlayers(game.id));
		socket.emit('game:state', game.playerView(identity.participantId));
	} else if (identity.kind === 'boef' && identity.game === 'boef_in_de_wijk') {
		const game = await getLiveGame(identity.liveSessionId);
		if (!game) return;
		await socket.join(rooms.boef(game.id, identity.boefId));
		const view = game.boefView(identity.boefId);
		if (view) socket.emit('boef:state', view);
	}
}
