/**
 * The game clock, its rounds and the clues given in them. Boef in de Wijk is typically played
 * in 4 rounds of about 20 minutes. When a real incident needs the officers, the spelleider
 * pauses the game: game time stops, so rounds and clues resume where they were. Everything is
 * derived from stored timestamps (start, pause intervals), never from a running timer.
 *
 * Wall-clock times are epoch ms; game times are ms since the start with pauses left out.
 */
import { destination, distanceM, type LatLng } from './geo';

/** A pause of the game clock, in wall-clock epoch ms: [fromMs, toMs). No `toMs`: still paused. */
export interface GamePause {
	fromMs: number;
	toMs?: number | null;
}

/** Pauses clipped to [startMs, ∞), sorted and merged, open ones ending at Infinity. */
function mergedPauses(startedAtMs: number, pauses: readonly GamePause[]): { from: number; to: number }[] {
	const clipped = pauses
		.map((p) => ({ from: Math.max(p.fromMs, startedAtMs), to: p.toMs ?? Infinity }))
		.filter((p) => p.to > p.from)
		.sort((a, b) => a.from - b.from);
	const out: { from: number; to: number }[] = [];
	for (const p of clipped) {
		const last = out[out.length - 1];
		// Overlapping pauses (two spelleiders pressing pause) must not be subtracted twice.
		if (last && p.from <= last.to) last.to = Math.max(last.to, p.to);
		else out.push({ ...p });
	}
	return out;
}

/**
 * Game time in ms at wall-clock `nowMs`: time since the start minus the paused time. Negative
 * before the start (a countdown). A pause still open counts as paused until `nowMs`.
 */
export function gameClock(startedAtMs: number, pauses: readonly GamePause[], nowMs: number): number {
	if (nowMs < startedAtMs) return nowMs - startedAtMs;
	let paused = 0;
	for (const p of mergedPauses(startedAtMs, pauses)) {
		if (p.from >= nowMs) break;
		paused += Math.min(p.to, nowMs) - p.from;
	}
	return nowMs - startedAtMs - paused;
}

/** Whether the game clock stands still at wall-clock `nowMs`. */
export function isPausedAt(pauses: readonly GamePause[], nowMs: number): boolean {
	return pauses.some((p) => p.fromMs <= nowMs && nowMs < (p.toMs ?? Infinity));
}

/**
 * The wall-clock time (epoch ms) at which the game clock reaches `gameMs`, e.g. to set a timer
 * for the next clue. Null when an open pause comes first (nobody knows yet when play resumes).
 * The inverse of {@link gameClock}: at a pause the earliest moment is returned.
 */
export function wallTimeAt(startedAtMs: number, pauses: readonly GamePause[], gameMs: number): number | null {
	let t = startedAtMs + gameMs;
	if (gameMs < 0) return t;
	for (const p of mergedPauses(startedAtMs, pauses)) {
		if (p.from >= t) break;
		if (p.to === Infinity) return null;
		t += p.to - p.from;
	}
	return t;
}

export const DEFAULT_ROUND_COUNT = 4;
export const DEFAULT_ROUND_MS = 20 * 60_000;
/** Limits for a schedule the spelleider enters (schemas.ts). */
export const MAX_ROUNDS = 12;
export const MIN_ROUND_MS = 60_000;
export const MAX_ROUND_MS = 4 * 3_600_000;

/** The rounds of a game, back to back in game time; each entry is one round's length in ms. */
export interface RoundSchedule {
	roundsMs: readonly number[];
}

/** A schedule of equal rounds: by default 4 × 20 minutes. */
export function evenRounds(
	count: number = DEFAULT_ROUND_COUNT,
	roundMs: number = DEFAULT_ROUND_MS
): RoundSchedule {
	return { roundsMs: Array.from({ length: Math.max(0, Math.floor(count)) }, () => roundMs) };
}

/** Game length in ms: all rounds. */
export function totalGameMs(schedule: RoundSchedule): number {
	return schedule.roundsMs.reduce((sum, ms) => sum + ms, 0);
}

export interface RoundWindow {
	/** 1-based. */
	round: number;
	/** Game time at which the round starts, ms (inclusive). */
	roundStartMs: number;
	/** Game time at which the round ends, ms (exclusive: at this moment the next round runs). */
	roundEndMs: number;
}

/** A round's game-time window, or null for a round the schedule does not have. */
export function roundWindow(schedule: RoundSchedule, round: number): RoundWindow | null {
	if (!Number.isInteger(round) || round < 1 || round > schedule.roundsMs.length) return null;
	let start = 0;
	for (let i = 0; i < round - 1; i++) start += schedule.roundsMs[i]!;
	return { round, roundStartMs: start, roundEndMs: start + schedule.roundsMs[round - 1]! };
}

/** The round running at game time `elapsedMs`, 'before' the start, or 'finished' after the last. */
export function currentRound(
	schedule: RoundSchedule,
	elapsedMs: number
): RoundWindow | 'before' | 'finished' {
	if (elapsedMs < 0) return 'before';
	let start = 0;
	for (let i = 0; i < schedule.roundsMs.length; i++) {
		const end = start + schedule.roundsMs[i]!;
		if (elapsedMs < end) return { round: i + 1, roundStartMs: start, roundEndMs: end };
		start = end;
	}
	return 'finished';
}

/** A clue in the plan: given in `round` at `offsetMs` of game time after that round starts. */
export interface PlannedClue {
	id: string;
	/** 1-based. */
	round: number;
	offsetMs: number;
}

/**
 * When a clue is due, in game ms: its round's start plus its offset. Null when the round does
 * not exist or the offset falls outside the round (a planning mistake: better never shown than
 * shown in the wrong round).
 */
export function clueDueAtMs(clue: PlannedClue, schedule: RoundSchedule): number | null {
	const w = roundWindow(schedule, clue.round);
	if (!w || clue.offsetMs < 0 || w.roundStartMs + clue.offsetMs >= w.roundEndMs) return null;
	return w.roundStartMs + clue.offsetMs;
}

/**
 * The clues due at game time `elapsedGameMs` (due time ≤ elapsed), in the order they fell due
 * (ties by id). The server sends the ones not yet sent; after a restart the same list comes out.
 */
export function dueClues<C extends PlannedClue>(
	plan: readonly C[],
	schedule: RoundSchedule,
	elapsedGameMs: number
): C[] {
	return timed(plan, schedule)
		.filter((t) => t.dueAtMs <= elapsedGameMs)
		.map((t) => t.clue);
}

/** The first clue not yet due, with its due game time, or null when none is left (to set a timer). */
export function nextClue<C extends PlannedClue>(
	plan: readonly C[],
	schedule: RoundSchedule,
	elapsedGameMs: number
): { clue: C; dueAtMs: number } | null {
	return timed(plan, schedule).find((t) => t.dueAtMs > elapsedGameMs) ?? null;
}

function timed<C extends PlannedClue>(
	plan: readonly C[],
	schedule: RoundSchedule
): { clue: C; dueAtMs: number }[] {
	const out: { clue: C; dueAtMs: number }[] = [];
	for (const clue of plan) {
		const dueAtMs = clueDueAtMs(clue, schedule);
		if (dueAtMs !== null) out.push({ clue, dueAtMs });
	}
	return out.sort(
		(a, b) => a.dueAtMs - b.dueAtMs || (a.clue.id < b.clue.id ? -1 : a.clue.id > b.clue.id ? 1 : 0)
	);
}

/**
 * Area clues at a fixed interval in every round, starting `firstOffsetMs` into each round (ids
 * "area-r{round}-{n}"). Hunt apps reveal a zone every 2 to 6 minutes; 5 is a calm default.
 */
export function areaCluePlan(
	schedule: RoundSchedule,
	intervalMs: number = 5 * 60_000,
	firstOffsetMs: number = 0
): PlannedClue[] {
	if (!(intervalMs > 0)) throw new RangeError('The interval must be positive');
	const plan: PlannedClue[] = [];
	schedule.roundsMs.forEach((roundMs, i) => {
		for (let offset = firstOffsetMs, n = 1; offset < roundMs; offset += intervalMs, n++)
			plan.push({ id: `area-r${i + 1}-${n}`, round: i + 1, offsetMs: offset });
	});
	return plan;
}

/**
 * Radius of the area circle per round in metres. Hunt apps use 800 m to 1 km; shrinking it each
 * round keeps the game winnable in the last round without ever pointing at the boef.
 */
export const DEFAULT_RADII_M: readonly number[] = [1000, 600, 350, 200];

/** The radius for a 1-based round: the list's entry, its last entry for later rounds, its first before. */
export function circleRadiusM(round: number, radiiM: readonly number[] = DEFAULT_RADII_M): number {
	if (radiiM.length === 0) throw new RangeError('No radii given');
	const r = Number.isFinite(round) ? Math.floor(round) : 1;
	const i = Math.min(Math.max(r, 1), radiiM.length) - 1;
	return radiiM[i]!;
}

/** Radii shrinking by a factor per round, never below `minM` (whole metres): (1000, 0.6, 4) → 1000, 600, 360, 216. */
export function shrinkingRadii(startM: number, factor: number, rounds: number, minM: number = 0): number[] {
	return Array.from({ length: Math.max(0, Math.floor(rounds)) }, (_, i) =>
		Math.max(minM, Math.round(startM * factor ** i))
	);
}

export interface ClueCircle {
	center: LatLng;
	radiusM: number;
}

export interface ClueCircleOptions {
	/** Least offset of the centre from the boef, as a fraction of the radius; default 0.2. */
	minOffsetFraction?: number;
	/** Greatest offset, as a fraction of the radius; default 0.6 (below 1, so he is always inside). */
	maxOffsetFraction?: number;
}

/**
 * A circle that contains the boef but is not centred on him, like a Burgernet alert or a hunt
 * app's zone: it says "somewhere here", never "exactly here". The centre lies at a random
 * bearing and at between min and max offset × radius from him (spread evenly over that ring).
 * `random` must be unpredictable to participants (the server passes numbers keyed with a
 * secret, see keyed-random.ts): from the centre and a known draw anyone could undo the offset
 * and find the boef to the centimetre. Repeatable for the same source, so a restart or another
 * instance draws the same circle.
 */
export function clueCircle(
	boefPosition: LatLng,
	radiusM: number,
	random: () => number,
	options: ClueCircleOptions = {}
): ClueCircle {
	if (!(radiusM > 0) || !Number.isFinite(radiusM)) throw new RangeError('The radius must be positive');
	// Capped below 1 so the boef stays inside even after rounding the centre.
	const maxF = Math.min(0.95, Math.max(0, options.maxOffsetFraction ?? 0.6));
	const minF = Math.min(maxF, Math.max(0, options.minOffsetFraction ?? 0.2));
	const next = random;
	// sqrt over the ring's area: uniform over the ring, not bunched towards its inner edge.
	const f = Math.sqrt(minF * minF + (maxF * maxF - minF * minF) * next());
	const bearing = next() * 360;
	const center = destination(boefPosition, bearing, f * radiusM);
	// Seven decimals (about 1 cm) is all a map needs and keeps stored JSON small.
	return { center: { lat: round7(center.lat), lng: round7(center.lng) }, radiusM };
}

function round7(x: number): number {
	return Math.round(x * 1e7) / 1e7;
}

/** Whether a point lies in (or on) a circle. */
export function circleContains(circle: ClueCircle, point: LatLng): boolean {
	return distanceM(circle.center, point) <= circle.radiusM;
}
