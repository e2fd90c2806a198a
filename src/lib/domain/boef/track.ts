/**
 * A boef's live GPS track: the fixes his phone sends. Phones lose the signal between high
 * buildings, sleep in a pocket and now and then report a fix hundreds of metres off, so a
 * track is cleaned before use and never trusted beyond what it shows: we interpolate between
 * fixes, hold the last fix briefly, and admit "unknown" in a long gap rather than guess.
 */
import { distanceM, interpolate, isValidLatLng, type LatLng } from './geo';

export interface TrackPoint {
	/** When the fix was taken, epoch ms. */
	at: number;
	position: LatLng;
	/** The phone's stated accuracy (radius of 68% confidence) in metres, if it gave one. */
	accuracyM?: number;
}

/** A gap in the track longer than two fixes may be apart: where the map shows "unknown". */
export const DEFAULT_MAX_GAP_MS = 2 * 60_000;
/** How long the first or last fix (or one at the edge of a gap) still counts as "here", in ms. */
export const DEFAULT_MAX_HOLD_MS = 60_000;
/** Fixes less accurate than this are dropped, in metres: a 50 m circle already covers a street. */
export const DEFAULT_MAX_ACCURACY_M = 50;
/** A sprinting human; anything faster on foot is a bad fix, in m/s. Raise it for a boef on a scooter. */
export const DEFAULT_MAX_SPEED_MPS = 12;
/** Consecutive mutually consistent "impossible" fixes after which we believe them. */
export const DEFAULT_RESYNC_AFTER = 3;

export interface TrackReadOptions {
	/** Fixes further apart than this (ms) leave a gap with no position; default 2 min. */
	maxGapMs?: number;
	/** Before the first fix, after the last and at the edges of a gap, hold a fix this long (ms); default 1 min. */
	maxHoldMs?: number;
}

/** A position read from a track, with how old the nearest real fix is. */
export interface TrackFix {
	position: LatLng;
	/** Time in ms between the asked moment and the nearest real fix: 0 on a fix, grows in between. */
	ageMs: number;
	/** True between two fixes (interpolated), false on a fix or when holding one. */
	interpolated: boolean;
}

/** Index of the last point with `at` ≤ atMs, or -1 (binary search; the track is sorted by `at`). */
function indexAtOrBefore(track: readonly TrackPoint[], atMs: number): number {
	let lo = 0;
	let hi = track.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (track[mid]!.at <= atMs) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/**
 * Where the track says the boef was at `atMs`, or null when it does not know. The track must be
 * sorted by `at` ascending ({@link cleanTrack} returns it so). Between two fixes at most
 * `maxGapMs` apart the position is interpolated; otherwise the nearest fix is held for at most
 * `maxHoldMs` (we never extrapolate a direction: a boef turns corners), and beyond that the
 * answer is null.
 */
export function positionFromTrack(
	track: readonly TrackPoint[],
	atMs: number,
	options: TrackReadOptions = {}
): TrackFix | null {
	const maxGapMs = options.maxGapMs ?? DEFAULT_MAX_GAP_MS;
	const maxHoldMs = options.maxHoldMs ?? DEFAULT_MAX_HOLD_MS;
	if (track.length === 0) return null;
	const i = indexAtOrBefore(track, atMs);
	const before = i >= 0 ? track[i]! : undefined;
	const after = track[i + 1];
	if (before && before.at === atMs) return { position: before.position, ageMs: 0, interpolated: false };
	if (before && after && after.at - before.at <= maxGapMs) {
		const fraction = (atMs - before.at) / (after.at - before.at);
		return {
			position: interpolate(before.position, after.position, fraction),
			ageMs: Math.min(atMs - before.at, after.at - atMs),
			interpolated: true
		};
	}
	// Before the first fix, after the last, or inside a long gap: hold the nearer known fix.
	const sinceBefore = before ? atMs - before.at : Infinity;
	const untilAfter = after ? after.at - atMs : Infinity;
	const nearest = sinceBefore <= untilAfter ? before : after;
	const ageMs = Math.min(sinceBefore, untilAfter);
	if (!nearest || ageMs > maxHoldMs) return null;
	return { position: nearest.position, ageMs, interpolated: false };
}

export interface TrackGap {
	/** Time of the last fix before the gap, epoch ms. */
	fromMs: number;
	/** Time of the first fix after the gap, epoch ms. */
	toMs: number;
	durationMs: number;
	/** Where he was last seen before the gap and first seen after it. */
	from: LatLng;
	to: LatLng;
	/** Straight-line distance between those two fixes, in metres. */
	distanceM: number;
}

/** The stretches where consecutive fixes are more than `maxGapMs` apart (sorted track), for the map. */
export function trackGaps(track: readonly TrackPoint[], maxGapMs: number = DEFAULT_MAX_GAP_MS): TrackGap[] {
	const gaps: TrackGap[] = [];
	for (let i = 1; i < track.length; i++) {
		const a = track[i - 1]!;
		const b = track[i]!;
		if (b.at - a.at > maxGapMs) {
			gaps.push({
				fromMs: a.at,
				toMs: b.at,
				durationMs: b.at - a.at,
				from: a.position,
				to: b.position,
				distanceM: distanceM(a.position, b.position)
			});
		}
	}
	return gaps;
}

export interface CleanTrackOptions {
	/** Drop fixes whose stated accuracy is worse than this, in metres; default 50. */
	maxAccuracyM?: number;
	/** Drop fixes that would need a speed above this from the last kept fix, in m/s; default 12 (on foot). */
	maxSpeedMps?: number;
	/**
	 * After this many consecutive fixes that are impossible from the last kept one but
	 * consistent with each other, believe them (default 3); see {@link cleanTrack}.
	 */
	resyncAfter?: number;
}

/**
 * A track fit for the map and for matching: sorted by time, without invalid positions,
 * duplicate timestamps (the first fix is kept), fixes less accurate than `maxAccuracyM`, and
 * jumps that would need more than `maxSpeedMps`. The speed test allows for the stated accuracy
 * of both fixes (a standing phone's fix wanders by its accuracy; that is not movement).
 *
 * A single filter against the last kept fix can lock onto one bad fix and throw away the rest
 * of the evening. So after `resyncAfter` consecutive rejected fixes that are plausible among
 * themselves we believe them: the boef really moved faster (took a vehicle) or the fix they
 * contradict was the bad one; that fix is dropped too if no other fix ever agreed with it
 * (typically a bad first fix).
 */
export function cleanTrack(track: readonly TrackPoint[], options: CleanTrackOptions = {}): TrackPoint[] {
	const maxAccuracyM = options.maxAccuracyM ?? DEFAULT_MAX_ACCURACY_M;
	const maxSpeedMps = options.maxSpeedMps ?? DEFAULT_MAX_SPEED_MPS;
	const resyncAfter = Math.max(1, options.resyncAfter ?? DEFAULT_RESYNC_AFTER);

	const usable = track
		.filter(
			(p) =>
				Number.isFinite(p.at) &&
				isValidLatLng(p.position) &&
				(p.accuracyM === undefined || (Number.isFinite(p.accuracyM) && p.accuracyM <= maxAccuracyM))
		)
		.map((p, i) => ({ p, i }))
		// Stable by original order for equal times, so "the first fix is kept" holds.
		.sort((a, b) => a.p.at - b.p.at || a.i - b.i)
		.map(({ p }) => p);

	const plausible = (a: TrackPoint, b: TrackPoint): boolean => {
		const seconds = (b.at - a.at) / 1000;
		const slackM = (a.accuracyM ?? 0) + (b.accuracyM ?? 0);
		const movedM = Math.max(0, distanceM(a.position, b.position) - slackM);
		return movedM <= maxSpeedMps * seconds;
	};

	const kept: TrackPoint[] = [];
	/** Whether the last kept fix agrees with a neighbouring fix (only a first fix may not). */
	let lastConfirmed = false;
	let run: TrackPoint[] = [];
	for (const p of usable) {
		const last = kept[kept.length - 1];
		if (!last) {
			kept.push(p);
			continue;
		}
		if (p.at <= last.at) continue; // duplicate timestamp
		if (plausible(last, p)) {
			kept.push(p);
			lastConfirmed = true;
			run = [];
			continue;
		}
		const runLast = run[run.length - 1];
		run = runLast && p.at > runLast.at && plausible(runLast, p) ? [...run, p] : [p];
		if (run.length >= resyncAfter) {
			if (!lastConfirmed) kept.pop();
			kept.push(...run);
			lastConfirmed = run.length > 1;
			run = [];
		}
	}
	return kept;
}

/**
 * The part of a track that matters between `fromMs` and `toMs`: the fixes inside plus one on
 * either side (the pieces crossing the edges). Reading positions or closest approaches in that
 * window from the slice gives the same answers as from the whole track, at the cost of the
 * window instead of the evening (an 80-minute game at one fix a second is 4,800 fixes).
 */
export function sliceTrack(
	track: readonly TrackPoint[],
	fromMs: number,
	toMs: number
): readonly TrackPoint[] {
	if (track.length === 0) return track;
	const start = Math.max(0, indexAtOrBefore(track, fromMs));
	const end = Math.min(track.length - 1, indexAtOrBefore(track, toMs) + 1);
	if (start === 0 && end === track.length - 1) return track;
	return track.slice(start, end + 1);
}

/**
 * A track with newly received fixes added, for a dashboard that gets them as they come. A
 * backlog sent after the boef's phone reconnects can be older than fixes already shown: then
 * the whole track is sorted again by time; otherwise the order is kept as it is (cheap).
 */
export function appendTrack(track: readonly TrackPoint[], points: readonly TrackPoint[]): TrackPoint[] {
	const merged = [...track, ...points];
	const last = track.at(-1);
	if (last && points.some((p) => p.at < last.at)) merged.sort((a, b) => a.at - b.at);
	return merged;
}
