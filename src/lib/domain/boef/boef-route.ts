/**
 * A boef's planned route: waypoints walked at a steady speed, with optional pauses (waiting at a
 * corner, "trying" a door). Where he is follows from the route and a clock alone ("time is
 * data"): store when he started, derive the rest, so a restart resumes exactly where the game
 * was and the spelleider's browser can animate the same marker. Live GPS tracks are in track.ts.
 */
import { distanceM, interpolate, type LatLng } from './geo';

/** A brisk but unremarkable walk, in m/s (5 km/h). */
export const DEFAULT_WALKING_SPEED_MPS = 1.4;
export const MAX_ROUTE_WAYPOINTS = 1000;
/** Faster than this is not a boef on foot, bike or scooter in a residential street (m/s, ≈ 108 km/h). */
export const MAX_ROUTE_SPEED_MPS = 30;
/** One pause may last at most an hour: a longer one is a mistake in the plan, in seconds. */
export const MAX_PAUSE_S = 3600;

export interface BoefRoute {
	/** The points walked, in order; at least one. */
	waypoints: readonly LatLng[];
	/** Speed between waypoints in m/s; default {@link DEFAULT_WALKING_SPEED_MPS}. */
	speedMps?: number;
	/**
	 * Seconds spent standing at each waypoint before walking on, aligned with `waypoints`
	 * (missing entries are 0). A pause at the first waypoint delays the start of the walk; one at
	 * the last delays the end of the route.
	 */
	pausesS?: readonly number[];
}

/** Where the boef is on his route at some moment. */
export interface RoutePosition {
	position: LatLng;
	/** False before the start time. */
	started: boolean;
	/** True from the moment he reaches the last waypoint and has finished any pause there. */
	finished: boolean;
	/** Metres walked along the route so far. */
	distanceM: number;
	/** The last waypoint reached (or the one he is pausing at); 0 before the start. */
	waypointIndex: number;
	/** Standing still at a waypoint for a planned pause. */
	paused: boolean;
}

type Phase =
	| { kind: 'pause'; waypoint: number; startMs: number; endMs: number; atDistanceM: number }
	| { kind: 'walk'; from: number; startMs: number; endMs: number; atDistanceM: number; lengthM: number };

function speedOf(route: BoefRoute): number {
	const speed = route.speedMps ?? DEFAULT_WALKING_SPEED_MPS;
	if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError('A route needs a positive speed');
	return speed;
}

function pauseMsAt(route: BoefRoute, i: number): number {
	const s = route.pausesS?.[i] ?? 0;
	return Number.isFinite(s) && s > 0 ? Math.round(s * 1000) : 0;
}

/**
 * The route as consecutive phases relative to the start (ms): pause at waypoint 0, walk leg 0,
 * pause at waypoint 1, … Phases last whole milliseconds, like every timestamp we store, so "finished at
 * start + durationMs" holds exactly. Empty phases (no pause, zero-length legs) are left out, so
 * two equal consecutive waypoints cost no time and never divide by zero.
 */
function phasesOf(route: BoefRoute): Phase[] {
	const { waypoints } = route;
	if (waypoints.length === 0) throw new RangeError('A route needs at least one waypoint');
	const speed = speedOf(route);
	const phases: Phase[] = [];
	let t = 0;
	let walked = 0;
	for (let i = 0; i < waypoints.length; i++) {
		const pause = pauseMsAt(route, i);
		if (pause > 0) {
			phases.push({ kind: 'pause', waypoint: i, startMs: t, endMs: t + pause, atDistanceM: walked });
			t += pause;
		}
		const next = waypoints[i + 1];
		if (!next) break;
		const lengthM = distanceM(waypoints[i]!, next);
		const walkMs = Math.round((lengthM / speed) * 1000);
		if (walkMs > 0) {
			phases.push({ kind: 'walk', from: i, startMs: t, endMs: t + walkMs, atDistanceM: walked, lengthM });
			t += walkMs;
		}
		walked += lengthM;
	}
	return phases;
}

/** Total walking distance of a route in metres. */
export function routeLengthM(route: BoefRoute): number {
	let total = 0;
	for (let i = 1; i < route.waypoints.length; i++)
		total += distanceM(route.waypoints[i - 1]!, route.waypoints[i]!);
	return total;
}

/**
 * How long the route takes in whole ms, walking plus pauses. Throws a RangeError
 * for a route without waypoints or without a positive speed.
 */
export function durationMs(route: BoefRoute): number {
	const phases = phasesOf(route);
	return phases.length === 0 ? 0 : phases[phases.length - 1]!.endMs;
}

/**
 * The boef's position as a pure function of time. Before `startedAtMs` he waits at the first
 * waypoint; after the end he stays at the last one, `finished`. Any clock works as long as both
 * times use it: pass game time (clues.ts `gameClock`, with `startedAtMs` 0) to make a planned
 * boef stand still during a game pause.
 */
export function positionAt(route: BoefRoute, startedAtMs: number, nowMs: number): RoutePosition {
	const phases = phasesOf(route);
	const { waypoints } = route;
	const first = waypoints[0]!;
	const t = nowMs - startedAtMs;
	if (t < 0) {
		return {
			position: first,
			started: false,
			finished: false,
			distanceM: 0,
			waypointIndex: 0,
			paused: false
		};
	}
	for (const phase of phases) {
		if (t >= phase.endMs) continue;
		if (phase.kind === 'pause') {
			return {
				position: waypoints[phase.waypoint]!,
				started: true,
				finished: false,
				distanceM: phase.atDistanceM,
				waypointIndex: phase.waypoint,
				paused: true
			};
		}
		const fraction = (t - phase.startMs) / (phase.endMs - phase.startMs);
		return {
			position: interpolate(waypoints[phase.from]!, waypoints[phase.from + 1]!, fraction),
			started: true,
			finished: false,
			distanceM: phase.atDistanceM + phase.lengthM * fraction,
			waypointIndex: phase.from,
			paused: false
		};
	}
	return {
		position: waypoints[waypoints.length - 1]!,
		started: true,
		finished: true,
		distanceM: routeLengthM(route),
		waypointIndex: waypoints.length - 1,
		paused: false
	};
}

/**
 * The route as timed points in absolute time (epoch ms): where he is at each moment he starts
 * or stops moving. Between two points he moves in a straight line at constant speed, so this is
 * a track (track.ts) with the same positions as {@link positionAt}: report matching treats
 * planned and GPS-tracked boeven alike.
 */
export function routeTimeline(route: BoefRoute, startedAtMs: number): { at: number; position: LatLng }[] {
	const phases = phasesOf(route);
	const { waypoints } = route;
	const out: { at: number; position: LatLng }[] = [{ at: startedAtMs, position: waypoints[0]! }];
	for (const phase of phases) {
		const position = phase.kind === 'pause' ? waypoints[phase.waypoint]! : waypoints[phase.from + 1]!;
		out.push({ at: startedAtMs + phase.endMs, position });
	}
	return out;
}
