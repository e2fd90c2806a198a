/**
 * The round the phone shows and when it ends, from the clock the server sends (start, pauses,
 * end of the last round) and the number of rounds. The phone's view carries no round lengths;
 * the set-up makes rounds of equal length, so each is the game's length divided by their number.
 */
import { gameClock, wallTimeAt } from '$lib/domain/boef/clues';
import type { GameClock } from '$lib/domain/boef/game-views';

export interface RoundNow {
	/** 1-based. */
	round: number;
	/** Wall-clock ms (server clock) at which this round ends. */
	endsAtMs: number;
}

/**
 * The running round at `nowMs` (server clock), or null before the start, while paused (the end
 * is unknown until play resumes), after the last round or without rounds.
 */
export function roundNow(clock: GameClock, rounds: number, nowMs: number): RoundNow | null {
	const { startedAtMs, pauses, endsAtMs } = clock;
	if (startedAtMs === null || endsAtMs === null || rounds < 1) return null;
	const totalMs = gameClock(startedAtMs, pauses, endsAtMs);
	const elapsedMs = gameClock(startedAtMs, pauses, nowMs);
	if (totalMs <= 0 || elapsedMs < 0 || elapsedMs >= totalMs) return null;
	const roundMs = totalMs / rounds;
	const round = Math.min(rounds, Math.floor(elapsedMs / roundMs) + 1);
	const end = wallTimeAt(startedAtMs, pauses, Math.round(round * roundMs));
	return end === null ? null : { round, endsAtMs: end };
}

/** "12:05" for 725 s; hours as "1:02:05". */
export function formatDuration(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const ss = String(s % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
