import { error } from '@sveltejs/kit';
import { totalGameMs } from '$lib/domain/boef/clues';
import { polygonAreaM2, polygonCentroid } from '$lib/domain/boef/geo';
import { translate } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/guards';
import { reviewableGame } from '$lib/server/services/game/games';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	try {
		const game = await reviewableGame(user, params.id);
		const { plan, state } = game;
		return {
			id: game.id,
			title: game.title,
			organisation: user.organisationName,
			spelleider: game.hostName,
			scheduledAt: plan.scheduledAt,
			totalMs: totalGameMs(plan.schedule),
			roundsMs: plan.schedule.roundsMs,
			area: plan.area,
			centroid: polygonCentroid(plan.area),
			areaM2: polygonAreaM2(plan.area),
			// No code words: the paper lies in a control room, and the meldkamer does not need them.
			boeven: plan.boeven.map((b) => ({
				id: b.id,
				name: b.name,
				entry: b.entry,
				signalement: b.signalement,
				movement: b.movement
			})),
			meldkamer: state.meldkamer
				? { contact: state.meldkamer.contact, informedAt: new Date(state.meldkamer.informedAtMs) }
				: null
		};
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
};
