import { describe, expect, it } from 'vitest';
import { latLngSchema } from './schemas';
import {
	bearingDeg,
	boundingBox,
	closestPointOnSegment,
	destination,
	distanceM,
	fromLocalXY,
	interpolate,
	isValidLatLng,
	pathLengthM,
	pointInPolygon,
	polygonAreaM2,
	polygonCentroid,
	toLocalXY,
	type LatLng
} from './geo';

const DOMTOREN: LatLng = { lat: 52.0907, lng: 5.1214 };
const UTRECHT_CENTRAAL: LatLng = { lat: 52.0894, lng: 5.11 };
const DAM: LatLng = { lat: 52.3731, lng: 4.8926 };

describe('distanceM', () => {
	it('measures Domtoren to Utrecht Centraal at about 790 m', () => {
		expect(distanceM(DOMTOREN, UTRECHT_CENTRAAL)).toBeGreaterThan(780);
		expect(distanceM(DOMTOREN, UTRECHT_CENTRAAL)).toBeLessThan(800);
	});
	it('measures the Dom to the Dam in Amsterdam at about 35 km', () => {
		expect(distanceM(DOMTOREN, DAM) / 1000).toBeCloseTo(35.1, 0);
	});
	it('is zero for the same point and symmetric', () => {
		expect(distanceM(DOMTOREN, DOMTOREN)).toBe(0);
		expect(distanceM(DOMTOREN, UTRECHT_CENTRAAL)).toBeCloseTo(distanceM(UTRECHT_CENTRAAL, DOMTOREN), 9);
	});
	it('gives about 111.2 km per degree of latitude', () => {
		expect(distanceM({ lat: 52, lng: 5 }, { lat: 53, lng: 5 })).toBeCloseTo(111_195, -1);
	});
});

describe('interpolate', () => {
	it('gives the ends and the middle', () => {
		expect(interpolate(DOMTOREN, UTRECHT_CENTRAAL, 0)).toEqual(DOMTOREN);
		expect(interpolate(DOMTOREN, UTRECHT_CENTRAAL, 1)).toEqual(UTRECHT_CENTRAAL);
		const mid = interpolate(DOMTOREN, UTRECHT_CENTRAAL, 0.5);
		expect(distanceM(DOMTOREN, mid)).toBeCloseTo(distanceM(mid, UTRECHT_CENTRAAL), 1);
	});
	it('clamps fractions outside 0..1', () => {
		expect(interpolate(DOMTOREN, UTRECHT_CENTRAAL, -1)).toEqual(DOMTOREN);
		expect(interpolate(DOMTOREN, UTRECHT_CENTRAAL, 2)).toEqual(UTRECHT_CENTRAAL);
	});
});

describe('bearingDeg and destination', () => {
	it('gives compass bearings', () => {
		expect(bearingDeg({ lat: 52, lng: 5 }, { lat: 52.01, lng: 5 })).toBeCloseTo(0, 6);
		expect(bearingDeg({ lat: 52, lng: 5 }, { lat: 52, lng: 5.01 })).toBeCloseTo(90, 1);
		expect(bearingDeg({ lat: 52.01, lng: 5 }, { lat: 52, lng: 5 })).toBeCloseTo(180, 6);
		expect(bearingDeg({ lat: 52, lng: 5.01 }, { lat: 52, lng: 5 })).toBeCloseTo(270, 1);
		// Utrecht Centraal lies west of the Dom, a little south.
		expect(bearingDeg(DOMTOREN, UTRECHT_CENTRAAL)).toBeGreaterThan(255);
		expect(bearingDeg(DOMTOREN, UTRECHT_CENTRAAL)).toBeLessThan(265);
	});
	it('walks a distance along a bearing and back', () => {
		const there = destination(DOMTOREN, 37, 500);
		expect(distanceM(DOMTOREN, there)).toBeCloseTo(500, 3);
		expect(bearingDeg(DOMTOREN, there)).toBeCloseTo(37, 3);
		const back = destination(there, bearingDeg(there, DOMTOREN), 500);
		expect(distanceM(back, DOMTOREN)).toBeLessThan(0.01);
	});
	it('stays put for zero metres', () => {
		const p = destination(DOMTOREN, 123, 0);
		expect(p.lat).toBeCloseTo(DOMTOREN.lat, 12);
		expect(p.lng).toBeCloseTo(DOMTOREN.lng, 12);
	});
});

describe('local projection', () => {
	it('round-trips and measures like haversine at neighbourhood scale', () => {
		const xy = toLocalXY(DOMTOREN, UTRECHT_CENTRAAL);
		expect(xy.x).toBeLessThan(0); // west
		expect(xy.y).toBeLessThan(0); // south
		expect(Math.hypot(xy.x, xy.y)).toBeCloseTo(distanceM(DOMTOREN, UTRECHT_CENTRAAL), 0);
		const back = fromLocalXY(DOMTOREN, xy);
		expect(back.lat).toBeCloseTo(UTRECHT_CENTRAAL.lat, 10);
		expect(back.lng).toBeCloseTo(UTRECHT_CENTRAAL.lng, 10);
	});
});

describe('closestPointOnSegment', () => {
	const a = { lat: 52.09, lng: 5.11 };
	const b = { lat: 52.09, lng: 5.12 }; // an east-west street of about 685 m
	it('projects onto the middle of a segment', () => {
		const r = closestPointOnSegment({ lat: 52.0905, lng: 5.115 }, a, b);
		expect(r.fraction).toBeCloseTo(0.5, 3);
		expect(r.distanceM).toBeCloseTo(55.6, 0);
	});
	it('clamps to the ends', () => {
		expect(closestPointOnSegment({ lat: 52.09, lng: 5.1 }, a, b).fraction).toBe(0);
		expect(closestPointOnSegment({ lat: 52.09, lng: 5.13 }, a, b).fraction).toBe(1);
	});
	it('handles a zero-length segment', () => {
		const r = closestPointOnSegment(DOMTOREN, a, a);
		expect(r.fraction).toBe(0);
		expect(r.point).toEqual(a);
		expect(r.distanceM).toBeCloseTo(distanceM(DOMTOREN, a), 6);
	});
});

describe('pathLengthM', () => {
	it('sums the legs and is 0 for fewer than two points', () => {
		expect(pathLengthM([])).toBe(0);
		expect(pathLengthM([DOMTOREN])).toBe(0);
		expect(pathLengthM([DOMTOREN, UTRECHT_CENTRAAL, DOMTOREN])).toBeCloseTo(
			2 * distanceM(DOMTOREN, UTRECHT_CENTRAAL),
			6
		);
	});
});

describe('pointInPolygon', () => {
	// A rough box around Utrecht's inner city (Singel), counter-clockwise.
	const centre: LatLng[] = [
		{ lat: 52.084, lng: 5.11 },
		{ lat: 52.084, lng: 5.13 },
		{ lat: 52.097, lng: 5.13 },
		{ lat: 52.097, lng: 5.11 }
	];
	it('finds the Domtoren inside and the Dam outside', () => {
		expect(pointInPolygon(DOMTOREN, centre)).toBe(true);
		expect(pointInPolygon(DAM, centre)).toBe(false);
	});
	it('does not care about winding order or a repeated closing vertex', () => {
		expect(pointInPolygon(DOMTOREN, [...centre].reverse())).toBe(true);
		expect(pointInPolygon(DOMTOREN, [...centre, centre[0]!])).toBe(true);
		expect(pointInPolygon(DAM, [...centre, centre[0]!])).toBe(false);
	});
	it('counts points on an edge or a vertex as inside', () => {
		expect(pointInPolygon({ lat: 52.084, lng: 5.12 }, centre)).toBe(true); // bottom edge
		expect(pointInPolygon({ lat: 52.09, lng: 5.13 }, centre)).toBe(true); // right edge
		expect(pointInPolygon({ lat: 52.09, lng: 5.11 }, centre)).toBe(true); // left edge
		expect(pointInPolygon({ lat: 52.097, lng: 5.13 }, centre)).toBe(true); // vertex
		expect(pointInPolygon({ lat: 52.0839, lng: 5.12 }, centre)).toBe(false); // just south
	});
	it('handles a concave polygon and rays through vertices', () => {
		// An L-shape: the notch at the top right is outside.
		const l: LatLng[] = [
			{ lat: 0, lng: 0 },
			{ lat: 0, lng: 2 },
			{ lat: 1, lng: 2 },
			{ lat: 1, lng: 1 },
			{ lat: 2, lng: 1 },
			{ lat: 2, lng: 0 }
		];
		expect(pointInPolygon({ lat: 0.5, lng: 1.5 }, l)).toBe(true);
		expect(pointInPolygon({ lat: 1.5, lng: 0.5 }, l)).toBe(true);
		expect(pointInPolygon({ lat: 1.5, lng: 1.5 }, l)).toBe(false);
		// The ray from this point passes exactly through the vertex (1, 1) and (1, 2).
		expect(pointInPolygon({ lat: 1, lng: 0.5 }, l)).toBe(true);
		expect(pointInPolygon({ lat: 1, lng: -0.5 }, l)).toBe(false);
		expect(pointInPolygon({ lat: 2, lng: -1 }, l)).toBe(false);
	});
	it('encloses nothing with fewer than three vertices', () => {
		expect(pointInPolygon(DOMTOREN, [])).toBe(false);
		expect(pointInPolygon(DOMTOREN, [DOMTOREN, UTRECHT_CENTRAAL])).toBe(false);
	});
});

describe('polygonAreaM2 and polygonCentroid', () => {
	// About 100 m × 100 m.
	const origin = { lat: 52.09, lng: 5.12 };
	const square = [
		origin,
		destination(origin, 90, 100),
		destination(destination(origin, 90, 100), 0, 100),
		destination(origin, 0, 100)
	];
	it('measures a 100 m square at 10,000 m²', () => {
		expect(polygonAreaM2(square)).toBeCloseTo(10_000, -1);
		expect(polygonAreaM2([...square].reverse())).toBeCloseTo(10_000, -1);
	});
	it('finds the centre of a square', () => {
		const c = polygonCentroid(square)!;
		expect(distanceM(c, destination(destination(origin, 90, 50), 0, 50))).toBeLessThan(0.5);
	});
	it('handles degenerate input', () => {
		expect(polygonAreaM2([origin, DOMTOREN])).toBe(0);
		expect(polygonCentroid([])).toBeNull();
		expect(polygonCentroid([origin])).toEqual(origin);
		const mid = polygonCentroid([origin, origin, origin])!;
		expect(distanceM(mid, origin)).toBeLessThan(1e-6);
	});
});

describe('boundingBox', () => {
	it('spans the points', () => {
		expect(boundingBox([DOMTOREN, UTRECHT_CENTRAAL])).toEqual({
			south: 52.0894,
			west: 5.11,
			north: 52.0907,
			east: 5.1214
		});
		expect(boundingBox([])).toBeNull();
	});
});

describe('validation', () => {
	it('accepts real positions and rejects nonsense', () => {
		expect(isValidLatLng(DOMTOREN)).toBe(true);
		expect(isValidLatLng({ lat: Number.NaN, lng: 5 })).toBe(false);
		expect(isValidLatLng({ lat: 91, lng: 5 })).toBe(false);
		expect(isValidLatLng({ lat: 52, lng: Infinity })).toBe(false);
		expect(latLngSchema.safeParse(DOMTOREN).success).toBe(true);
		expect(latLngSchema.safeParse({ lat: 52, lng: 200 }).success).toBe(false);
		expect(latLngSchema.safeParse({ lat: '52', lng: 5 }).success).toBe(false);
	});
});
