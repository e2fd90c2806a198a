import { describe, expect, it } from 'vitest';
import { destination, distanceM, type LatLng } from './geo';
import {
	boefPositionAt,
	closestApproach,
	matchReport,
	proposeMatches,
	type BoefMovement,
	type BoefWhereabouts
} from './report-match';
import type { TrackPoint } from './track';

const MIN = 60_000;
const START = Date.UTC(2025, 9, 14, 18, 0);
// Lombok, Utrecht: a street walked east at 1.4 m/s for 1400 m (1000 s).
const WEST_END: LatLng = { lat: 52.0925, lng: 5.095 };
const east = (m: number) => destination(WEST_END, 90, m);
const north = (p: LatLng, m: number) => destination(p, 0, m);

const walker: BoefWhereabouts = {
	boefId: 'boef-a',
	movement: { kind: 'route', route: { waypoints: [WEST_END, east(1400)] }, startedAtMs: START }
};
/** A second boef, 2 km away, standing still. */
const faraway: BoefWhereabouts = {
	boefId: 'boef-b',
	movement: { kind: 'route', route: { waypoints: [north(WEST_END, 2000)] }, startedAtMs: START }
};

describe('boefPositionAt', () => {
	it('reads a route at any time and a track only where it knows', () => {
		expect(distanceM(boefPositionAt(walker.movement, START + 100_000)!, east(140))).toBeLessThan(0.05);
		expect(boefPositionAt(walker.movement, START - 10 * MIN)).toEqual(WEST_END);
		const track: BoefMovement = { kind: 'track', track: [{ at: START, position: WEST_END }] };
		expect(boefPositionAt(track, START + 30_000)).toEqual(WEST_END);
		expect(boefPositionAt(track, START + 10 * MIN)).toBeNull();
		expect(boefPositionAt({ kind: 'track', track: [] }, START)).toBeNull();
	});
});

describe('closestApproach', () => {
	it('finds the exact moment he passed a place, between samples', () => {
		// 40 m north of the street at 700 m: he passed there at 500 s.
		const place = north(east(700), 40);
		const c = closestApproach(walker.movement, place, START, START + 20 * MIN, START + 12 * MIN)!;
		expect(c.distanceM).toBeCloseTo(40, 0);
		expect(c.atMs - START).toBeCloseTo(500_000, -3);
		expect(c.lagMs).toBeCloseTo(12 * MIN - 500_000, -3);
	});
	it('stays within the window', () => {
		const place = east(700);
		const c = closestApproach(walker.movement, place, START, START + 100_000, START + 100_000)!;
		// At 100 s he is at 140 m: the closest he gets within the window.
		expect(c.distanceM).toBeCloseTo(560, 0);
		expect(c.atMs).toBe(START + 100_000);
	});
	it('picks the moment nearest the reference while he stands still', () => {
		const c = closestApproach(faraway.movement, WEST_END, START, START + 10 * MIN, START + 4 * MIN)!;
		expect(c.atMs).toBe(START + 4 * MIN);
		expect(c.lagMs).toBe(0);
		expect(c.distanceM).toBeCloseTo(2000, 0);
	});
	it('knows nothing from an empty track or outside a track', () => {
		expect(closestApproach({ kind: 'track', track: [] }, WEST_END, START, START + MIN, START)).toBeNull();
		const track: BoefMovement = { kind: 'track', track: [{ at: START, position: WEST_END }] };
		expect(closestApproach(track, WEST_END, START + 5 * MIN, START + 10 * MIN, START + 7 * MIN)).toBeNull();
		// Within the hold of a single fix.
		expect(closestApproach(track, WEST_END, START - 5 * MIN, START + 30_000, START + 30_000)).toMatchObject({
			distanceM: 0,
			atMs: START + 30_000,
			lagMs: 0
		});
	});
	it('does not interpolate across a long gap in a track', () => {
		const track: TrackPoint[] = [
			{ at: START, position: WEST_END },
			{ at: START + 20 * MIN, position: east(1400) }
		];
		// Interpolating would put him right here at 10 minutes; the gap says we do not know.
		const c = closestApproach(
			{ kind: 'track', track },
			east(700),
			START,
			START + 20 * MIN,
			START + 10 * MIN
		)!;
		expect(c.distanceM).toBeCloseTo(700, 0);
	});
});

describe('matchReport and proposeMatches', () => {
	// Reported 3 minutes after he passed 700 m (at 500 s), from a front garden 30 m off the street.
	const report = { place: north(east(700), 30), atMs: START + 500_000 + 3 * MIN };

	it('matches a late report to the boef who passed there', () => {
		const m = matchReport(report, walker);
		expect(m.closest!.distanceM).toBeCloseTo(30, 0);
		expect(m.closest!.lagMs).toBeCloseTo(3 * MIN, -3);
		// By the time of the report he walked on 252 m.
		expect(m.distanceAtReportM).toBeCloseTo(Math.hypot(252, 30), -1);
		expect(m.likely).toBe(true);
		expect(m.score).toBeGreaterThan(0.4);
		expect(m.score).toBeLessThanOrEqual(1);
	});
	it('scores 1 for a report on the spot at the very moment', () => {
		const m = matchReport({ place: east(140), atMs: START + 100_000 }, walker);
		expect(m.score).toBeCloseTo(1, 3);
		expect(m.distanceAtReportM).toBeCloseTo(0, 1);
	});
	it('is not likely when reported too late, or too far away', () => {
		expect(matchReport({ ...report, atMs: START + 500_000 + 8 * MIN }, walker).likely).toBe(false);
		expect(matchReport({ ...report, place: north(east(700), 200) }, walker).likely).toBe(false);
		expect(matchReport(report, walker, { likelyDistanceM: 20 }).likely).toBe(false);
		expect(
			matchReport({ ...report, atMs: START + 500_000 + 8 * MIN }, walker, { lookBackMs: 10 * MIN }).likely
		).toBe(false);
		expect(
			matchReport({ ...report, atMs: START + 500_000 + 8 * MIN }, walker, {
				lookBackMs: 10 * MIN,
				likelyLagMs: 10 * MIN
			}).likely
		).toBe(true);
	});
	it('sorts the candidates: likely first, then by score, then by id', () => {
		const twin: BoefWhereabouts = { ...faraway, boefId: 'boef-0' };
		const ranked = proposeMatches(report, [faraway, walker, twin]);
		expect(ranked.map((c) => c.boefId)).toEqual(['boef-a', 'boef-0', 'boef-b']);
		expect(ranked[1]!.likely).toBe(false);
		expect(ranked[1]!.score).toBeLessThan(0.001);
	});
	it('puts boeven with unknown whereabouts last with score 0', () => {
		const lost: BoefWhereabouts = { boefId: 'boef-c', movement: { kind: 'track', track: [] } };
		const ranked = proposeMatches(report, [lost, walker]);
		expect(ranked.map((c) => c.boefId)).toEqual(['boef-a', 'boef-c']);
		expect(ranked[1]).toEqual({
			boefId: 'boef-c',
			distanceAtReportM: null,
			closest: null,
			score: 0,
			likely: false
		});
	});
	it('returns nothing for no boeven', () => {
		expect(proposeMatches(report, [])).toEqual([]);
	});
	it('matches against a live GPS track too', () => {
		const track: TrackPoint[] = Array.from({ length: 101 }, (_, i) => ({
			at: START + i * 10_000,
			position: east(i * 14)
		}));
		const m = matchReport(report, { boefId: 'gps', movement: { kind: 'track', track } });
		expect(m.likely).toBe(true);
		expect(m.closest!.distanceM).toBeCloseTo(30, 0);
	});
});
