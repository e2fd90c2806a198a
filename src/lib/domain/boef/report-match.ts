/**
 * Which boef (if any) a report is about: the spelleider's dashboard compares the report's place
 * and time with where each boef was. People report a bit late (they hesitate, walk home, then
 * call) and sometimes while he is still approaching, so besides the distance at the report's
 * moment we look for his closest approach within a time window around it.
 */
import { positionAt, routeTimeline, type BoefRoute } from './boef-route';
import { closestPointOnSegment, distanceM, interpolate, type LatLng } from './geo';
import {
	DEFAULT_MAX_GAP_MS,
	DEFAULT_MAX_HOLD_MS,
	positionFromTrack,
	type TrackPoint,
	type TrackReadOptions
} from './track';

/** How a boef's whereabouts are known: a planned route with its start, or his (cleaned) GPS track. */
export type BoefMovement =
	{ kind: 'route'; route: BoefRoute; startedAtMs: number } | { kind: 'track'; track: readonly TrackPoint[] };

export interface BoefWhereabouts {
	boefId: string;
	movement: BoefMovement;
}

export interface MatchOptions {
	/** How long before the report to look for the boef, ms; default 5 min (people report late). */
	lookBackMs?: number;
	/** How long after the report, ms; default 5 min (he may still be approaching). */
	lookAheadMs?: number;
	/** Closest approach within this many metres can be "likely"; default 150 (a street and a half). */
	likelyDistanceM?: number;
	/** …and at most this far from the report's time, ms; default 5 min. */
	likelyLagMs?: number;
	/** How a GPS track is read: gaps and holding the last fix (track.ts defaults). */
	track?: TrackReadOptions;
}

export const DEFAULT_LOOK_BACK_MS = 5 * 60_000;
export const DEFAULT_LOOK_AHEAD_MS = 5 * 60_000;
export const DEFAULT_LIKELY_DISTANCE_M = 150;
export const DEFAULT_LIKELY_LAG_MS = 5 * 60_000;

export interface ClosestApproach {
	distanceM: number;
	/** When he was closest, epoch ms. */
	atMs: number;
	/** Report time minus that moment, ms: positive when the report came after he was there. */
	lagMs: number;
	position: LatLng;
}

export interface MatchCandidate {
	boefId: string;
	/** Distance from the report's place to the boef at the report's moment, or null if unknown then. */
	distanceAtReportM: number | null;
	/** His closest approach within the window, or null when his position is unknown throughout. */
	closest: ClosestApproach | null;
	/**
	 * Likelihood for sorting, in (0, 1]: halves every `likelyDistanceM` metres and every
	 * `likelyLagMs` of lag (1 = there at that very moment). 0 when unknown.
	 */
	score: number;
	/** Closest approach within `likelyDistanceM` and `likelyLagMs`: worth the spelleider's confirmation. */
	likely: boolean;
}

/** Where a boef is at `atMs`, or null when his track does not say. A route always answers. */
export function boefPositionAt(
	movement: BoefMovement,
	atMs: number,
	trackOptions: TrackReadOptions = {}
): LatLng | null {
	if (movement.kind === 'route') return positionAt(movement.route, movement.startedAtMs, atMs).position;
	return positionFromTrack(movement.track, atMs, trackOptions)?.position ?? null;
}

/** A stretch of time during which he moves in a straight line at constant speed (or stands still). */
interface Piece {
	t0: number;
	t1: number;
	p0: LatLng;
	p1: LatLng;
}

/**
 * The pieces that make up a movement: consecutive fixes at most `maxGapMs` apart, plus the
 * stretches during which a fix is held (before the first, after the last, at the edges of a
 * gap), exactly as positionFromTrack reads the track. A route holds its ends forever, like
 * positionAt.
 */
function piecesOf(movement: BoefMovement, trackOptions: TrackReadOptions): Piece[] {
	if (movement.kind === 'route') {
		const tl = routeTimeline(movement.route, movement.startedAtMs);
		return timelinePieces(tl, Infinity, Infinity);
	}
	return timelinePieces(
		movement.track,
		trackOptions.maxGapMs ?? DEFAULT_MAX_GAP_MS,
		trackOptions.maxHoldMs ?? DEFAULT_MAX_HOLD_MS
	);
}

function timelinePieces(tl: readonly TrackPoint[], maxGapMs: number, maxHoldMs: number): Piece[] {
	const first = tl[0];
	const last = tl[tl.length - 1];
	if (!first || !last) return [];
	const hold = (p: TrackPoint, t0: number, t1: number): Piece => ({ t0, t1, p0: p.position, p1: p.position });
	const pieces: Piece[] = [hold(first, first.at - maxHoldMs, first.at)];
	for (let i = 1; i < tl.length; i++) {
		const a = tl[i - 1]!;
		const b = tl[i]!;
		if (b.at - a.at <= maxGapMs) pieces.push({ t0: a.at, t1: b.at, p0: a.position, p1: b.position });
		else pieces.push(hold(a, a.at, a.at + maxHoldMs), hold(b, b.at - maxHoldMs, b.at));
	}
	pieces.push(hold(last, last.at, last.at + maxHoldMs));
	return pieces;
}

/** A piece cut to [fromMs, toMs], or null when it lies outside. */
function clip(piece: Piece, fromMs: number, toMs: number): Piece | null {
	const t0 = Math.max(piece.t0, fromMs);
	const t1 = Math.min(piece.t1, toMs);
	if (t1 < t0) return null;
	const duration = piece.t1 - piece.t0;
	// Holding pieces may be infinite; standing still needs no interpolation anyway.
	const at = (t: number) =>
		duration > 0 && Number.isFinite(duration)
			? interpolate(piece.p0, piece.p1, (t - piece.t0) / duration)
			: piece.p0;
	return { t0, t1, p0: at(t0), p1: at(t1) };
}

/** Distances closer than this count as equal, in metres; then the moment nearest the report wins. */
const DISTANCE_TIE_M = 0.01;

/**
 * His closest approach to `place` between `fromMs` and `toMs` (epoch ms), exact along straight
 * pieces rather than sampled, so a boef on a scooter is not missed between two samples. Among
 * equally close moments (he stood still) the one nearest `referenceMs` is chosen.
 */
export function closestApproach(
	movement: BoefMovement,
	place: LatLng,
	fromMs: number,
	toMs: number,
	referenceMs: number,
	trackOptions: TrackReadOptions = {}
): ClosestApproach | null {
	let best: ClosestApproach | null = null;
	for (const whole of piecesOf(movement, trackOptions)) {
		const piece = clip(whole, fromMs, toMs);
		if (!piece) continue;
		const c = closestPointOnSegment(place, piece.p0, piece.p1);
		// Standing still (or a zero-length piece): any moment is as close; take the nearest to the reference.
		const atMs =
			c.fraction === 0 && distanceM(piece.p0, piece.p1) === 0
				? Math.min(Math.max(referenceMs, piece.t0), piece.t1)
				: piece.t0 + c.fraction * (piece.t1 - piece.t0);
		const candidate = { distanceM: c.distanceM, atMs, lagMs: referenceMs - atMs, position: c.point };
		if (
			!best ||
			candidate.distanceM < best.distanceM - DISTANCE_TIE_M ||
			(candidate.distanceM <= best.distanceM + DISTANCE_TIE_M &&
				Math.abs(candidate.lagMs) < Math.abs(best.lagMs))
		)
			best = candidate;
	}
	return best;
}

/** How one boef relates to a report. */
export function matchReport(
	report: { place: LatLng; atMs: number },
	boef: BoefWhereabouts,
	options: MatchOptions = {}
): MatchCandidate {
	const lookBackMs = options.lookBackMs ?? DEFAULT_LOOK_BACK_MS;
	const lookAheadMs = options.lookAheadMs ?? DEFAULT_LOOK_AHEAD_MS;
	const likelyDistanceM = options.likelyDistanceM ?? DEFAULT_LIKELY_DISTANCE_M;
	const likelyLagMs = options.likelyLagMs ?? DEFAULT_LIKELY_LAG_MS;
	const trackOptions = options.track ?? {};

	const now = boefPositionAt(boef.movement, report.atMs, trackOptions);
	const closest = closestApproach(
		boef.movement,
		report.place,
		report.atMs - lookBackMs,
		report.atMs + lookAheadMs,
		report.atMs,
		trackOptions
	);
	const score = closest
		? 0.5 ** (closest.distanceM / likelyDistanceM) * 0.5 ** (Math.abs(closest.lagMs) / likelyLagMs)
		: 0;
	return {
		boefId: boef.boefId,
		distanceAtReportM: now ? distanceM(report.place, now) : null,
		closest,
		score,
		likely: closest !== null && closest.distanceM <= likelyDistanceM && Math.abs(closest.lagMs) <= likelyLagMs
	};
}

/**
 * Every boef as a candidate for a report, best first: likely ones, then by score, then by id (so
 * the order is stable). The spelleider confirms; this only proposes.
 */
export function proposeMatches(
	report: { place: LatLng; atMs: number },
	boeven: readonly BoefWhereabouts[],
	options: MatchOptions = {}
): MatchCandidate[] {
	return boeven
		.map((b) => matchReport(report, b, options))
		.sort(
			(a, b) =>
				Number(b.likely) - Number(a.likely) ||
				b.score - a.score ||
				(a.boefId < b.boefId ? -1 : a.boefId > b.boefId ? 1 : 0)
		);
}
