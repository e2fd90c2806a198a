import { hostGameView } from '$lib/domain/boef/game-views';
import { feedbackTiming, keyFigures } from '../figures';
import { reviewedGame } from '../record.server';
import type { PageServerLoad } from './$types';

/** Flags the debrief conversation is about (report-quality.ts). */
const DEBRIEF_FLAGS = new Set(['appearance-only', 'skin-or-origin-mentioned']);

/** The results of a game: figures and leaderboards computed here, so the page gets only those. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const data = await reviewedGame(locals, url, params.id);
	const now = Date.now();
	const view = hostGameView(data, now);
	return {
		id: data.id,
		title: data.title,
		phase: data.state.phase,
		startedAtMs: data.state.startedAtMs,
		endedAtMs: data.state.endedAtMs,
		figures: keyFigures(data),
		rounds: data.plan.schedule.roundsMs.length,
		timing: feedbackTiming(data.reports, data.state.endedAtMs ?? now),
		leaderboard: view.leaderboard,
		qualityBoard: view.qualityBoard,
		participants: view.participants,
		boeven: data.plan.boeven.map((b) => ({ id: b.id, name: b.name })),
		flagged: view.reports
			.filter((r) => r.flags.some((f) => DEBRIEF_FLAGS.has(f)))
			.sort((a, b) => a.atMs - b.atMs)
			.map((r) => ({
				id: r.id,
				atMs: r.atMs,
				nickname: r.nickname,
				team: r.team,
				channel: r.channel,
				behaviour: r.behaviour,
				signalement: r.signalement,
				flags: r.flags,
				feedback: r.feedback
			}))
	};
};
