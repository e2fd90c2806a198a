import { describe, expect, it } from 'vitest';
import { trackPointSchema } from './schemas';
import { destination, distanceM, type LatLng } from './geo';
import {
	appendTrack,
	cleanTrack,
	DEFAULT_MAX_GAP_MS,
	positionFromTrack,
	sliceTrack,
	trackGaps,
	type TrackPoint
} from './track';
import { closestApproach } from './report-match';

const HOME: LatLng = { lat: 52.0907, lng: 5.1214 };
const T0 = Date.UTC(2025, 9, 14, 18, 30);
const east = (m: number) => destination(HOME, 90, m);

/** A fix every 10 s walking east at 1.4 m/s. */
function walking(count: number, from = 0): TrackPoint[] {
	return Array.from({ length: count }, (_, i) => ({
		at: T0 + (from + i) * 10_000,
		position: east((from + i) * 14),
		accuracyM: 8
	}));
}

describe('positionFromTrack', () => {
	const track = walking(4); // 0, 14, 28, 42 m at 0, 10, 20, 30 s

	it('knows nothing from an empty track', () => {
		expect(positionFromTrack([], T0)).toBeNull();
	});
	it('returns a fix exactly', () => {
		expect(positionFromTrack(track, T0 + 10_000)).toEqual({
			position: east(14),
			ageMs: 0,
			interpolated: false
		});
	});
	it('interpolates between fixes', () => {
		const fix = positionFromTrack(track, T0 + 15_000)!;
		expect(distanceM(fix.position, east(21))).toBeLessThan(0.01);
		expect(fix.ageMs).toBe(5_000);
		expect(fix.interpolated).toBe(true);
	});
	it('holds the last fix for a while, then knows nothing (no extrapolation)', () => {
		expect(positionFromTrack(track, T0 + 30_000 + 45_000)).toEqual({
			position: east(42),
			ageMs: 45_000,
			interpolated: false
		});
		expect(positionFromTrack(track, T0 + 30_000 + 60_001)).toBeNull();
		expect(positionFromTrack(track, T0 + 30_000 + 60_001, { maxHoldMs: 120_000 })?.position).toEqual(
			east(42)
		);
	});
	it('holds the first fix shortly before it', () => {
		expect(positionFromTrack(track, T0 - 20_000)?.position).toEqual(east(0));
		expect(positionFromTrack(track, T0 - 61_000)).toBeNull();
	});
	it('handles a single point', () => {
		const one = [{ at: T0, position: HOME }];
		expect(positionFromTrack(one, T0)?.position).toEqual(HOME);
		expect(positionFromTrack(one, T0 + 1_000)).toEqual({ position: HOME, ageMs: 1_000, interpolated: false });
		expect(positionFromTrack(one, T0 + 600_000)).toBeNull();
	});
	it('returns null in the middle of a long gap but holds near its edges', () => {
		const gappy = [...walking(2), { at: T0 + 10_000 + 10 * 60_000, position: east(500) }];
		expect(positionFromTrack(gappy, T0 + 5 * 60_000)).toBeNull();
		expect(positionFromTrack(gappy, T0 + 10_000 + 30_000)?.position).toEqual(east(14));
		expect(positionFromTrack(gappy, T0 + 10_000 + 10 * 60_000 - 30_000)?.position).toEqual(east(500));
		// With a larger allowed gap the same moment is interpolated.
		expect(positionFromTrack(gappy, T0 + 5 * 60_000, { maxGapMs: 15 * 60_000 })?.interpolated).toBe(true);
	});
	it('interpolates across a gap of exactly maxGapMs', () => {
		const edge = [
			{ at: T0, position: HOME },
			{ at: T0 + DEFAULT_MAX_GAP_MS, position: east(100) }
		];
		expect(positionFromTrack(edge, T0 + DEFAULT_MAX_GAP_MS / 2)?.interpolated).toBe(true);
	});
	it('does not divide by zero on equal timestamps', () => {
		const dup = [
			{ at: T0, position: HOME },
			{ at: T0, position: east(10) },
			{ at: T0 + 10_000, position: east(20) }
		];
		const fix = positionFromTrack(dup, T0 + 5_000)!;
		expect(distanceM(fix.position, east(15))).toBeLessThan(0.01);
		expect(positionFromTrack(dup, T0)?.position).toEqual(east(10));
	});
});

describe('trackGaps', () => {
	it('lists the stretches without fixes', () => {
		const track = [...walking(3), ...walking(2, 30)];
		const gaps = trackGaps(track, 60_000);
		expect(gaps).toHaveLength(1);
		expect(gaps[0]).toMatchObject({ fromMs: T0 + 20_000, toMs: T0 + 300_000, durationMs: 280_000 });
		expect(gaps[0]!.from).toEqual(east(28));
		expect(gaps[0]!.to).toEqual(east(420));
		expect(gaps[0]!.distanceM).toBeCloseTo(392, 0);
	});
	it('finds none in a dense, empty or single-point track, and none at exactly the limit', () => {
		expect(trackGaps(walking(10))).toEqual([]);
		expect(trackGaps([])).toEqual([]);
		expect(trackGaps(walking(1))).toEqual([]);
		expect(trackGaps(walking(3), 10_000)).toEqual([]);
		expect(trackGaps(walking(3), 9_999)).toHaveLength(2);
	});
});

describe('cleanTrack', () => {
	it('keeps a good walk as it is', () => {
		const track = walking(10);
		expect(cleanTrack(track)).toEqual(track);
	});
	it('handles empty and single-point tracks', () => {
		expect(cleanTrack([])).toEqual([]);
		expect(cleanTrack(walking(1))).toEqual(walking(1));
	});
	it('sorts by time and drops duplicate timestamps, keeping the first', () => {
		const [a, b, c] = walking(3);
		const dupB = { ...b!, position: east(15) };
		expect(cleanTrack([c!, a!, b!, dupB])).toEqual([a, b, c]);
	});
	it('drops fixes that are too inaccurate or invalid', () => {
		const track = walking(4);
		track[1] = { ...track[1]!, accuracyM: 80 };
		track[2] = { ...track[2]!, position: { lat: Number.NaN, lng: 5 } };
		expect(cleanTrack(track).map((p) => p.at)).toEqual([T0, T0 + 30_000]);
		expect(cleanTrack(track, { maxAccuracyM: 100 }).map((p) => p.at)).toEqual([T0, T0 + 10_000, T0 + 30_000]);
	});
	it('drops a single impossible jump', () => {
		const track = walking(6);
		track[3] = { ...track[3]!, position: east(800) }; // 800 m in 10 s
		const cleaned = cleanTrack(track);
		expect(cleaned.map((p) => p.at)).toEqual([0, 1, 2, 4, 5].map((i) => T0 + i * 10_000));
	});
	it('allows for the stated accuracy: a wandering fix of a standing phone is not a sprint', () => {
		const still = [
			{ at: T0, position: HOME, accuracyM: 20 },
			{ at: T0 + 1_000, position: east(30), accuracyM: 20 }
		];
		expect(cleanTrack(still)).toHaveLength(2);
		expect(cleanTrack(still.map((p) => ({ at: p.at, position: p.position })))).toHaveLength(1);
	});
	it('makes the speed limit a parameter (a boef on a scooter)', () => {
		const scooter = [0, 1, 2].map((i) => ({ at: T0 + i * 10_000, position: east(i * 100) })); // 10 m/s
		expect(cleanTrack(scooter, { maxSpeedMps: 8, resyncAfter: 5 })).toHaveLength(1);
		expect(cleanTrack(scooter)).toHaveLength(3);
	});
	it('does not lock onto a bad first fix: it is dropped once the track proves it wrong', () => {
		const bad = { at: T0 - 10_000, position: east(-2_000), accuracyM: 5 };
		const cleaned = cleanTrack([bad, ...walking(5)]);
		expect(cleaned).toEqual(walking(5));
	});
	it('believes a consistent relocation (he got into a car) after resyncAfter fixes', () => {
		const before = walking(3);
		const car = [0, 1, 2, 3].map((i) => ({ at: T0 + 30_000 + i * 10_000, position: east(2_000 + i * 14) }));
		const cleaned = cleanTrack([...before, ...car]);
		expect(cleaned).toEqual([...before, ...car]);
		// With a stricter resync the first two fixes of the relocation are lost, then believed.
		expect(cleanTrack([...before, ...car], { resyncAfter: 10 })).toEqual(before);
	});
	it('does not resync on scattered spikes that disagree with each other', () => {
		const track = walking(8);
		track[2] = { ...track[2]!, position: destination(HOME, 0, 900) };
		track[3] = { ...track[3]!, position: destination(HOME, 180, 900) };
		track[4] = { ...track[4]!, position: destination(HOME, 270, 900) };
		expect(cleanTrack(track).map((p) => (p.at - T0) / 10_000)).toEqual([0, 1, 5, 6, 7]);
	});
});

describe('trackPointSchema', () => {
	it('validates fixes from the phone', () => {
		expect(trackPointSchema.safeParse({ at: T0, position: HOME, accuracyM: 5 }).success).toBe(true);
		expect(trackPointSchema.safeParse({ at: T0, position: HOME }).success).toBe(true);
		expect(trackPointSchema.safeParse({ at: -1, position: HOME }).success).toBe(false);
		expect(trackPointSchema.safeParse({ at: T0, position: { lat: 95, lng: 5 } }).success).toBe(false);
	});
});

describe('sliceTrack', () => {
	const walk: TrackPoint[] = Array.from({ length: 600 }, (_, i) => ({
		at: 1_000_000 + i * 1000,
		position: { lat: 52 + i * 0.00001, lng: 5 + (i % 7) * 0.00002 }
	}));

	it('keeps the fixes in the window and one on either side', () => {
		const s = sliceTrack(walk, 1_000_000 + 100_500, 1_000_000 + 200_500);
		expect(s[0]!.at).toBe(1_000_000 + 100_000);
		expect(s.at(-1)!.at).toBe(1_000_000 + 201_000);
		expect(sliceTrack(walk, 0, 1)).toEqual([walk[0]]);
		expect(sliceTrack([], 0, 1)).toEqual([]);
	});

	it('gives the same closest approach as the whole track', () => {
		const place = { lat: 52.0015, lng: 5.00005 };
		for (const ref of [1_050_000, 1_300_000, 1_590_000]) {
			const from = ref - 300_000;
			const to = ref + 300_000;
			const whole = closestApproach({ kind: 'track', track: walk }, place, from, to, ref);
			const part = closestApproach(
				{ kind: 'track', track: sliceTrack(walk, from, to) },
				place,
				from,
				to,
				ref
			);
			expect(part).toEqual(whole);
		}
	});
});

describe('appendTrack', () => {
	const fix = (min: number): TrackPoint => ({ at: T0 + min * 60_000, position: HOME });

	it('adds newer fixes at the end', () => {
		expect(appendTrack([fix(0), fix(1)], [fix(2)]).map((p) => p.at)).toEqual([
			fix(0).at,
			fix(1).at,
			fix(2).at
		]);
	});

	it('sorts a backlog that is older than the last fix shown', () => {
		expect(appendTrack([fix(0), fix(3)], [fix(1), fix(2)]).map((p) => p.at)).toEqual(
			[0, 1, 2, 3].map((m) => fix(m).at)
		);
	});

	it('starts a track from nothing and leaves the original alone', () => {
		const old = [fix(5)];
		expect(appendTrack([], [fix(1)])).toEqual([fix(1)]);
		appendTrack(old, [fix(4)]);
		expect(old).toEqual([fix(5)]);
	});
});
