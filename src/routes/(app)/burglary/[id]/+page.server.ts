import { z } from 'zod';
import { freeText } from '$lib/domain/text';
import { dutchDate, mayDraw } from '$lib/domain/burglary/campaign';
import { AppError } from '$lib/server/errors';
import { qrPath } from '$lib/server/qr';
import { activeLinks } from '$lib/server/services/boef-links';
import {
	accountNames,
	assignBoef,
	drawCampaign,
	registrationList,
	renewCampaignBoefLink,
	revealRegistration,
	revokeCampaignBoefLink,
	tickPrecondition,
	untickPrecondition,
	watchCampaign
} from '$lib/server/services/burglary/campaigns';
import { orErrorPage, parseSection, refuse, runCampaign } from '../campaign.server';
import { dutchLocalToMs, msToDutchLocal } from '../format';
import { overviewOf } from './overview';
import type { Actions, PageServerLoad } from './$types';

/**
 * The organiser's overview: registration link, households, preconditions, boef links and the
 * draw. Showing the drawn addresses is logged as a view ('overview') on every load.
 */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user, row } = await runCampaign(locals, url, params.id);
	const [view, households, links, names] = await orErrorPage(locals, params.id, () =>
		Promise.all([
			watchCampaign(user, row.id, 'overview'),
			registrationList(user, row.id),
			activeLinks(row.id),
			accountNames(row.organisationId)
		])
	);
	// The short URL is what people type; the QR code carries it too.
	const registerUrl = `${url.origin}/r/${row.joinCode}`;
	const anyStarted = view.attempts.some((a) => a.startedAtMs !== null);
	return {
		...overviewOf(view, names),
		registerUrl,
		qr: qrPath(registerUrl),
		households,
		activeLinks: Object.fromEntries(Object.entries(links).map(([boefId, at]) => [boefId, at.getTime()])),
		mayDraw: mayDraw(view.phase, anyStarted),
		today: dutchDate(Date.now()),
		nowLocal: msToDutchLocal(Date.now())
	};
};

const uuid = z.uuid('error.invalidInput');
const which = z.enum(['meldkamer', 'briefing', 'area'], 'error.invalidInput');
const boefId = z.string().regex(/^b\d{1,3}$/, 'error.invalidInput');

const tickSchema = z.discriminatedUnion('which', [
	z.object({
		which: z.literal('meldkamer'),
		informedWho: freeText({ max: 120, min: 1, minMessage: 'burglary.error.meldkamerWho' }),
		informedAt: z.string().min(1, 'burglary.error.meldkamerWhen')
	}),
	z.object({ which: z.enum(['briefing', 'area']) })
]);

/** Service refusals that belong beside a field of the meldkamer form or the draw. */
const tickField = (code: string) =>
	code === 'burglary.error.meldkamerWho'
		? 'informedWho'
		: code === 'burglary.error.meldkamerWhen'
			? 'informedAt'
			: undefined;
const drawField = (code: string) =>
	code === 'burglary.error.drawDate' || code === 'burglary.error.date' ? 'date' : undefined;

export const actions: Actions = {
	/** Shows one household's address and e-mail; the service logs that it was shown. */
	reveal: async ({ request, locals, url, params }) => {
		const { user } = await runCampaign(locals, url, params.id);
		const parsed = await parseSection(request, z.object({ registrationId: uuid }), 'households');
		if (parsed.failure) return parsed.failure;
		try {
			const r = await revealRegistration(user, params.id, parsed.data.registrationId);
			return {
				revealed: {
					registrationId: r.registrationId,
					street: r.street,
					houseNumber: r.houseNumber,
					postcode: r.postcode,
					city: r.city,
					email: r.email
				}
			};
		} catch (err) {
			return refuse('households', err, { registrationId: parsed.data.registrationId });
		}
	},
	tick: async ({ request, locals, url, params }) => {
		const { user } = await runCampaign(locals, url, params.id);
		const parsed = await parseSection(request, tickSchema, 'preconditions');
		if (parsed.failure) return parsed.failure;
		const input = parsed.data;
		const values = {
			which: input.which,
			...('informedWho' in input ? { informedWho: input.informedWho, informedAt: input.informedAt } : {})
		};
		try {
			if (input.which === 'meldkamer') {
				const informedAtMs = dutchLocalToMs(input.informedAt);
				if (informedAtMs === null)
					return refuse(
						'preconditions',
						new AppError('burglary.error.meldkamerWhen', 400),
						values,
						tickField
					);
				await tickPrecondition(user, params.id, {
					which: 'meldkamer',
					informedWho: input.informedWho,
					informedAtMs
				});
			} else await tickPrecondition(user, params.id, { which: input.which });
			return { ticked: input.which };
		} catch (err) {
			return refuse('preconditions', err, values, tickField);
		}
	},
	untick: async ({ request, locals, url, params }) => {
		const { user } = await runCampaign(locals, url, params.id);
		const parsed = await parseSection(request, z.object({ which }), 'preconditions');
		if (parsed.failure) return parsed.failure;
		try {
			await untickPrecondition(user, params.id, parsed.data.which);
			return { unticked: parsed.data.which };
		} catch (err) {
			return refuse('preconditions', err, { which: parsed.data.which });
		}
	},
	/** A new secret link for a boef; the old one stops working. Shown once, with a QR code. */
	renewLink: async ({ request, locals, url, params }) => {
		const { user } = await runCampaign(locals, url, params.id);
		const parsed = await parseSection(request, z.object({ boefId }), 'boeven');
		if (parsed.failure) return parsed.failure;
		try {
			const token = await renewCampaignBoefLink(user, params.id, parsed.data.boefId);
			const link = `${url.origin}/boef/${token}`;
			return { newLink: { boefId: parsed.data.boefId, url: link, qr: qrPath(link) } };
		} catch (err) {
			return refuse('boeven', err, { boefId: parsed.data.boefId });
		}
	},
	revokeLink: async ({ request, locals, url, params }) => {
		const { user } = await runCampaign(locals, url, params.id);
		const parsed = await parseSection(request, z.object({ boefId }), 'boeven');
		if (parsed.failure) return parsed.failure;
		try {
			await revokeCampaignBoefLink(user, params.id, parsed.data.boefId);
			return { revoked: parsed.data.boefId };
		} catch (err) {
			return refuse('boeven', err, { boefId: parsed.data.boefId });
		}
	},
	draw: async ({ request, locals, url, params }) => {
		const { user } = await runCampaign(locals, url, params.id);
		const parsed = await parseSection(
			request,
			z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'burglary.error.date') }),
			'draw'
		);
		if (parsed.failure) return parsed.failure;
		try {
			await drawCampaign(user, params.id, parsed.data.date);
			return { drawn: parsed.data.date };
		} catch (err) {
			return refuse('draw', err, { date: parsed.data.date }, drawField);
		}
	},
	assign: async ({ request, locals, url, params }) => {
		const { user } = await runCampaign(locals, url, params.id);
		const parsed = await parseSection(request, z.object({ attemptId: uuid, boefId }), 'attempts');
		if (parsed.failure) return parsed.failure;
		try {
			await assignBoef(user, params.id, parsed.data.attemptId, parsed.data.boefId);
			return { assigned: parsed.data.attemptId };
		} catch (err) {
			return refuse('attempts', err, { attemptId: parsed.data.attemptId });
		}
	}
};
