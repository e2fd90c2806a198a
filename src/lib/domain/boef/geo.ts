/**
 * Small-scale geometry for the Boef in de Wijk map game: distances, interpolation, the play
 * area polygon. A game covers one neighbourhood (a few km across), so where a flat
 * approximation is simpler we use it: a local equirectangular projection is off by well under
 * a metre over 5 km at Dutch latitudes, far less than a phone's GPS error (5 to 50 m).
 * Distances between two points always use the haversine formula.
 */
/** A WGS84 position in decimal degrees, as Leaflet and the browser's Geolocation API give it. */
export type LatLng = { lat: number; lng: number };

/** A point in a local flat projection, in metres east (x) and north (y) of an origin. */
export type LocalXY = { x: number; y: number };

/** Mean earth radius in metres (IUGG), the usual choice for the haversine formula. */
export const EARTH_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/** Whether a value is a usable position: finite numbers within the WGS84 ranges. */
export function isValidLatLng(p: LatLng): boolean {
	return Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;
}

/** Great-circle distance in metres (haversine). */
export function distanceM(a: LatLng, b: LatLng): number {
	const dLat = (b.lat - a.lat) * RAD;
	const dLng = (b.lng - a.lng) * RAD;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
	// min(1, …) guards against rounding just above 1 for antipodal points.
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The point a fraction of the way from a to b (0 → a, 1 → b; clamped to that range).
 * Linear in degrees: over the few hundred metres between two waypoints or GPS fixes this is
 * indistinguishable from the great circle, and it keeps a walker's speed constant on a leg.
 */
export function interpolate(a: LatLng, b: LatLng, fraction: number): LatLng {
	const f = Math.min(1, Math.max(0, fraction));
	return { lat: a.lat + (b.lat - a.lat) * f, lng: a.lng + (b.lng - a.lng) * f };
}

/** Initial compass bearing from a to b in degrees: 0 = north, 90 = east, range [0, 360). */
export function bearingDeg(a: LatLng, b: LatLng): number {
	const phi1 = a.lat * RAD;
	const phi2 = b.lat * RAD;
	const dLambda = (b.lng - a.lng) * RAD;
	const y = Math.sin(dLambda) * Math.cos(phi2);
	const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
	const deg = Math.atan2(y, x) / RAD;
	return (deg + 360) % 360;
}

/** The point reached from `from` going some metres along a compass bearing (great circle). */
export function destination(from: LatLng, bearingDegrees: number, metres: number): LatLng {
	const delta = metres / EARTH_RADIUS_M;
	const theta = bearingDegrees * RAD;
	const phi1 = from.lat * RAD;
	const lambda1 = from.lng * RAD;
	const phi2 = Math.asin(
		Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta)
	);
	const lambda2 =
		lambda1 +
		Math.atan2(
			Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
			Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2)
		);
	return { lat: phi2 / RAD, lng: ((lambda2 / RAD + 540) % 360) - 180 };
}

/** A point in metres east/north of an origin (local equirectangular projection). */
export function toLocalXY(origin: LatLng, p: LatLng): LocalXY {
	return {
		x: (p.lng - origin.lng) * RAD * EARTH_RADIUS_M * Math.cos(origin.lat * RAD),
		y: (p.lat - origin.lat) * RAD * EARTH_RADIUS_M
	};
}

/** The inverse of {@link toLocalXY}. */
export function fromLocalXY(origin: LatLng, xy: LocalXY): LatLng {
	return {
		lat: origin.lat + xy.y / (RAD * EARTH_RADIUS_M),
		lng: origin.lng + xy.x / (RAD * EARTH_RADIUS_M * Math.cos(origin.lat * RAD))
	};
}

/**
 * The point of segment a–b closest to p, the fraction along the segment where it lies (0 at a,
 * 1 at b) and its distance to p in metres. A zero-length segment gives a with fraction 0.
 */
export function closestPointOnSegment(
	p: LatLng,
	a: LatLng,
	b: LatLng
): { point: LatLng; fraction: number; distanceM: number } {
	// Project around p so p is the origin and the maths stays in metres.
	const A = toLocalXY(p, a);
	const B = toLocalXY(p, b);
	const dx = B.x - A.x;
	const dy = B.y - A.y;
	const lengthSq = dx * dx + dy * dy;
	const fraction = lengthSq === 0 ? 0 : Math.min(1, Math.max(0, -(A.x * dx + A.y * dy) / lengthSq));
	const point = interpolate(a, b, fraction);
	return { point, fraction, distanceM: distanceM(p, point) };
}

/** Length in metres of a polyline (sum of its legs); 0 for fewer than two points. */
export function pathLengthM(points: readonly LatLng[]): number {
	let total = 0;
	for (let i = 1; i < points.length; i++) total += distanceM(points[i - 1]!, points[i]!);
	return total;
}

/**
 * Whether a point lies in a polygon (the play area), by ray casting. The polygon is a ring of
 * vertices, closed implicitly (the last vertex joins the first; repeating the first vertex at
 * the end also works). A point on an edge or vertex counts as inside: a participant walking
 * the boundary street is still playing. Fewer than three vertices enclose nothing.
 */
export function pointInPolygon(point: LatLng, polygon: readonly LatLng[]): boolean {
	const n = polygon.length;
	if (n < 3) return false;
	let inside = false;
	for (let i = 0, j = n - 1; i < n; j = i++) {
		const a = polygon[i]!;
		const b = polygon[j]!;
		if (onSegment(point, a, b)) return true;
		// Half-open rule (a.lat > y) !== (b.lat > y): a vertex exactly at the ray's height is
		// counted once, never twice, so rays through vertices give the right parity.
		if (a.lat > point.lat !== b.lat > point.lat) {
			const crossLng = a.lng + ((point.lat - a.lat) * (b.lng - a.lng)) / (b.lat - a.lat);
			if (point.lng < crossLng) inside = !inside;
		}
	}
	return inside;
}

/** Tolerance for "on the edge", in degrees: about a millimetre, far below any GPS fix. */
const EDGE_TOLERANCE_DEG = 1e-8;

function onSegment(p: LatLng, a: LatLng, b: LatLng): boolean {
	const dx = b.lng - a.lng;
	const dy = b.lat - a.lat;
	const length = Math.hypot(dx, dy);
	if (length === 0) return Math.hypot(p.lng - a.lng, p.lat - a.lat) <= EDGE_TOLERANCE_DEG;
	const cross = (p.lng - a.lng) * dy - (p.lat - a.lat) * dx;
	if (Math.abs(cross) / length > EDGE_TOLERANCE_DEG) return false;
	const dot = (p.lng - a.lng) * dx + (p.lat - a.lat) * dy;
	return dot >= -EDGE_TOLERANCE_DEG * length && dot <= length * length + EDGE_TOLERANCE_DEG * length;
}

/** Area of a simple polygon in square metres (shoelace formula in a local projection). */
export function polygonAreaM2(polygon: readonly LatLng[]): number {
	if (polygon.length < 3) return 0;
	return Math.abs(signedArea(polygon.map((p) => toLocalXY(polygon[0]!, p))));
}

/**
 * The centroid (centre of mass) of a simple polygon, e.g. to centre the map on the play area.
 * Degenerate polygons (fewer than three vertices or zero area) give the mean of the vertices;
 * an empty list gives null.
 */
export function polygonCentroid(polygon: readonly LatLng[]): LatLng | null {
	if (polygon.length === 0) return null;
	const origin = polygon[0]!;
	const xy = polygon.map((p) => toLocalXY(origin, p));
	const area = polygon.length >= 3 ? signedArea(xy) : 0;
	if (Math.abs(area) < 1e-9) {
		const mean = xy.reduce((s, p) => ({ x: s.x + p.x / xy.length, y: s.y + p.y / xy.length }), {
			x: 0,
			y: 0
		});
		return fromLocalXY(origin, mean);
	}
	let cx = 0;
	let cy = 0;
	for (let i = 0; i < xy.length; i++) {
		const p = xy[i]!;
		const q = xy[(i + 1) % xy.length]!;
		const cross = p.x * q.y - q.x * p.y;
		cx += (p.x + q.x) * cross;
		cy += (p.y + q.y) * cross;
	}
	return fromLocalXY(origin, { x: cx / (6 * area), y: cy / (6 * area) });
}

function signedArea(xy: readonly LocalXY[]): number {
	let sum = 0;
	for (let i = 0; i < xy.length; i++) {
		const p = xy[i]!;
		const q = xy[(i + 1) % xy.length]!;
		sum += p.x * q.y - q.x * p.y;
	}
	return sum / 2;
}

/** The smallest lat/lng box around some points (to fit the map), or null for none. */
export function boundingBox(
	points: readonly LatLng[]
): { south: number; west: number; north: number; east: number } | null {
	if (points.length === 0) return null;
	let south = Infinity;
	let west = Infinity;
	let north = -Infinity;
	let east = -Infinity;
	for (const p of points) {
		south = Math.min(south, p.lat);
		north = Math.max(north, p.lat);
		west = Math.min(west, p.lng);
		east = Math.max(east, p.lng);
	}
	return { south, west, north, east };
}
