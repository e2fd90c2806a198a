import { describe, expect, it } from 'vitest';
import { boefRouteSchema } from './schemas';
import {
	DEFAULT_WALKING_SPEED_MPS,
	durationMs,
	positionAt,
	routeLengthM,
	routeTimeline,
	type BoefRoute
} from './boef-route';
import { destination, distanceM, type LatLng } from './geo';
import { positionFromTrack } from './track';

// A walk in Utrecht: 140 m east (100 s at 1.4 m/s), then 70 m north (50 s).
const A: LatLng = { lat: 52.0907, lng: 5.1214 };
const B = destination(A, 90, 140);
const C = destination(B, 0, 70);
const T0 = Date.UTC(2025, 9, 14, 18, 30); // 20:30 in Utrecht

const walk: BoefRoute = { waypoints: [A, B, C] };

describe('routeLengthM and durationMs', () => {
	it('sums the legs and walks them at 1.4 m/s by default', () => {
		expect(DEFAULT_WALKING_SPEED_MPS).toBe(1.4);
		expect(routeLengthM(walk)).toBeCloseTo(210, 6);
		expect(durationMs(walk)).toBeCloseTo(150_000, 3);
	});
	it('adds pauses and uses the given speed', () => {
		expect(durationMs({ ...walk, pausesS: [0, 30, 10] })).toBeCloseTo(190_000, 3);
		expect(durationMs({ ...walk, speedMps: 2.8 })).toBeCloseTo(75_000, 3);
	});
	it('measures the Domtoren to Utrecht Centraal route', () => {
		const route = { waypoints: [A, { lat: 52.0894, lng: 5.11 }] };
		expect(routeLengthM(route)).toBeGreaterThan(780);
		expect(durationMs(route) / 60_000).toBeCloseTo(9.4, 1);
	});
	it('handles a single point: length 0, duration only its pause', () => {
		expect(routeLengthM({ waypoints: [A] })).toBe(0);
		expect(durationMs({ waypoints: [A] })).toBe(0);
		expect(durationMs({ waypoints: [A], pausesS: [60] })).toBe(60_000);
	});
	it('rejects impossible routes', () => {
		expect(() => durationMs({ waypoints: [] })).toThrow(RangeError);
		expect(() => durationMs({ waypoints: [A, B], speedMps: 0 })).toThrow(RangeError);
		expect(() => positionAt({ waypoints: [A, B], speedMps: -1 }, T0, T0)).toThrow(RangeError);
	});
});

describe('positionAt', () => {
	it('waits at the first waypoint before the start', () => {
		const p = positionAt(walk, T0, T0 - 5_000);
		expect(p).toEqual({
			position: A,
			started: false,
			finished: false,
			distanceM: 0,
			waypointIndex: 0,
			paused: false
		});
	});
	it('starts at the first waypoint', () => {
		const p = positionAt(walk, T0, T0);
		expect(p.position).toEqual(A);
		expect(p.started).toBe(true);
		expect(p.distanceM).toBe(0);
	});
	it('walks along the legs at constant speed', () => {
		const p = positionAt(walk, T0, T0 + 50_000);
		expect(p.distanceM).toBeCloseTo(70, 6);
		expect(distanceM(A, p.position)).toBeCloseTo(70, 1);
		expect(p.waypointIndex).toBe(0);
		const q = positionAt(walk, T0, T0 + 125_000);
		expect(q.distanceM).toBeCloseTo(175, 6);
		expect(distanceM(B, q.position)).toBeCloseTo(35, 1);
		expect(q.waypointIndex).toBe(1);
		expect(q.finished).toBe(false);
	});
	it('stays at the last waypoint, finished, after the end', () => {
		const p = positionAt(walk, T0, T0 + 150_000);
		expect(p.finished).toBe(true);
		expect(p.position).toEqual(C);
		expect(p.waypointIndex).toBe(2);
		expect(p.distanceM).toBeCloseTo(210, 6);
		expect(positionAt(walk, T0, T0 + 3_600_000).position).toEqual(C);
		expect(positionAt(walk, T0, T0 + 149_999).finished).toBe(false);
	});
	it('stands still during pauses, including at the start and the end', () => {
		const route: BoefRoute = { ...walk, pausesS: [20, 30, 40] };
		expect(positionAt(route, T0, T0 + 10_000)).toMatchObject({ position: A, paused: true, waypointIndex: 0 });
		expect(positionAt(route, T0, T0 + 20_000 + 100_000 + 15_000)).toMatchObject({
			position: B,
			paused: true,
			waypointIndex: 1,
			distanceM: expect.closeTo(140, 6)
		});
		// Walking again right after the pause at B.
		const walking = positionAt(route, T0, T0 + 20_000 + 100_000 + 30_000 + 10_000);
		expect(walking.paused).toBe(false);
		expect(walking.distanceM).toBeCloseTo(154, 6);
		// Waiting at the last waypoint is not finished yet.
		expect(positionAt(route, T0, T0 + 20_000 + 150_000 + 30_000 + 39_000)).toMatchObject({
			position: C,
			paused: true,
			finished: false
		});
		expect(positionAt(route, T0, T0 + 240_000).finished).toBe(true);
	});
	it('handles zero-length segments (repeated waypoints) without dividing by zero', () => {
		const route: BoefRoute = { waypoints: [A, A, B, B, B, C], pausesS: [0, 0, 0, 10] };
		expect(durationMs(route)).toBeCloseTo(160_000, 3);
		expect(routeLengthM(route)).toBeCloseTo(210, 6);
		const p = positionAt(route, T0, T0 + 50_000);
		expect(Number.isFinite(p.position.lat)).toBe(true);
		expect(p.distanceM).toBeCloseTo(70, 6);
		expect(positionAt(route, T0, T0 + 105_000)).toMatchObject({
			position: B,
			paused: true,
			waypointIndex: 3
		});
		expect(positionAt(route, T0, T0 + 160_000).finished).toBe(true);
	});
	it('treats a single-point route as standing there', () => {
		const route: BoefRoute = { waypoints: [A], pausesS: [60] };
		expect(positionAt(route, T0, T0 + 30_000)).toMatchObject({ position: A, paused: true, finished: false });
		expect(positionAt(route, T0, T0 + 60_000)).toMatchObject({ position: A, finished: true });
		expect(positionAt({ waypoints: [A] }, T0, T0)).toMatchObject({ position: A, finished: true });
	});
	it('is a pure function of time: the same inputs give the same answer', () => {
		expect(positionAt(walk, T0, T0 + 77_777)).toEqual(positionAt(walk, T0, T0 + 77_777));
	});
	it('runs on game time too (start 0, elapsed game ms)', () => {
		expect(positionAt(walk, 0, 50_000).distanceM).toBeCloseTo(70, 6);
	});
});

describe('routeTimeline', () => {
	it('lists the moments he starts and stops moving', () => {
		const tl = routeTimeline({ ...walk, pausesS: [0, 30] }, T0);
		expect(tl.map((p) => p.at - T0)).toEqual([
			0,
			expect.closeTo(100_000, 3),
			expect.closeTo(130_000, 3),
			expect.closeTo(180_000, 3)
		]);
		expect(tl.map((p) => p.position)).toEqual([A, B, B, C]);
	});
	it('gives the same positions as positionAt when read as a track', () => {
		const route: BoefRoute = { waypoints: [A, B, B, C, A], pausesS: [5, 0, 30, 0, 0], speedMps: 1.2 };
		const tl = routeTimeline(route, T0);
		for (let t = 0; t <= durationMs(route); t += 7_000) {
			const fromRoute = positionAt(route, T0, T0 + t).position;
			const fromTrack = positionFromTrack(tl, T0 + t, { maxGapMs: Infinity })!.position;
			expect(distanceM(fromRoute, fromTrack)).toBeLessThan(0.001);
		}
	});
	it('is one point for a route without movement', () => {
		expect(routeTimeline({ waypoints: [A] }, T0)).toEqual([{ at: T0, position: A }]);
	});
});

describe('boefRouteSchema', () => {
	it('accepts a plan and rejects broken ones', () => {
		expect(boefRouteSchema.safeParse({ waypoints: [A, B], speedMps: 1.4, pausesS: [0, 30] }).success).toBe(
			true
		);
		expect(boefRouteSchema.safeParse({ waypoints: [] }).success).toBe(false);
		expect(boefRouteSchema.safeParse({ waypoints: [A], speedMps: 0 }).success).toBe(false);
		expect(boefRouteSchema.safeParse({ waypoints: [A], pausesS: [-1] }).success).toBe(false);
		expect(boefRouteSchema.safeParse({ waypoints: [A], pausesS: [1, 2] }).success).toBe(false);
	});
});
