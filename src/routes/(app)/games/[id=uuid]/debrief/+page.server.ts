import { hostGameView } from '$lib/domain/boef/game-views';
import { reviewedGame } from '../record.server';
import type { PageServerLoad } from './$types';

/**
 * The debrief replays the evening in the browser: it gets the game's timeline (tracks, clues,
 * reports with their replies, finds) and derives every moment itself. Only what the replay and
 * its figures use is sent: no code words, no descriptions, no report texts.
 */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const data = await reviewedGame(locals, url, params.id);
	const now = Date.now();
	const view = hostGameView(data, now);
	const { state, plan } = data;
	return {
		id: data.id,
		title: data.title,
		startMs: state.startedAtMs,
		endMs: state.endedAtMs ?? now,
		ended: state.phase === 'ended',
		plan: {
			area: plan.area,
			boeven: plan.boeven.map((b) => ({ id: b.id, name: b.name, movement: b.movement }))
		},
		state: { startedAtMs: state.startedAtMs, endedAtMs: state.endedAtMs, boeven: state.boeven },
		tracks: data.tracks,
		clues: data.clues,
		participants: data.participants,
		finds: data.finds,
		reports: view.reports.map((r) => ({
			id: r.id,
			place: r.place,
			atMs: r.atMs,
			receivedAtMs: r.receivedAtMs,
			channel: r.channel,
			feedback: r.feedback,
			feedbackAtMs: r.feedbackAtMs,
			matchStatus: r.matchStatus,
			matchBoefId: r.matchBoefId,
			team: r.team,
			round: r.round,
			nickname: r.nickname
		})),
		// The projector shows no site header.
		bare: true
	};
};
