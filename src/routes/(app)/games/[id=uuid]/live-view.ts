/** Pure helpers of the live dashboard: merging incremental updates and reading the game clock. */
import { currentRound, gameClock, type RoundWindow } from '$lib/domain/boef/clues';
import { isPaused } from '$lib/domain/boef/game';
import type { HostGameView } from '$lib/domain/boef/game-views';

/** Where the game clock stands: the round, the time left in it, and whether it is paused. */
export interface ClockReading {
	round: RoundWindow | 'before' | 'finished';
	/** Game ms left in the current round (0 outside rounds). */
	leftMs: number;
	paused: boolean;
}

/** A new list with the incoming items replacing those with the same id, new ones appended. */
export function upsert<T extends { id: string }>(list: readonly T[], incoming: readonly T[]): T[] {
	// A plain object as index: this runs outside any reactive state, on fresh copies.
	const index: Record<string, number> = Object.create(null);
	list.forEach((x, i) => (index[x.id] = i));
	const out = [...list];
	for (const x of incoming) {
		const i = index[x.id];
		if (i === undefined) {
			index[x.id] = out.length;
			out.push(x);
		} else out[i] = x;
	}
	return out;
}

export function readClock(view: Pick<HostGameView, 'state' | 'plan'>, nowMs: number): ClockReading {
	const { state, plan } = view;
	if (state.startedAtMs === null) return { round: 'before', leftMs: 0, paused: false };
	const at = Math.min(nowMs, state.endedAtMs ?? Infinity);
	const elapsed = gameClock(state.startedAtMs, state.pauses, at);
	const round = currentRound(plan.schedule, elapsed);
	return {
		round,
		leftMs: typeof round === 'object' ? round.roundEndMs - elapsed : 0,
		paused: isPaused(state, nowMs)
	};
}
