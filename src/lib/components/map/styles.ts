import type { MapStyle, MarkerStyle, PolygonStyle, CircleStyle, PolylineStyle } from './layers';

/**
 * How each map style looks, shared by the map and its legend so the two never drift apart.
 * Colours come from the colour-blind-safe palettes of Paul Tol and Okabe & Ito, darkened where
 * needed: every line and outline has at least 3:1 contrast with a light map background
 * (WCAG 1.4.11). Styles also differ in shape, size and dash pattern, and the legend names them,
 * so colour is never the only cue.
 */
export type PathLook = {
	colour: string;
	/** Line width in CSS pixels. */
	weight: number;
	opacity: number;
	/** SVG/canvas dash pattern in pixels, e.g. '8 6'; none for a solid line. */
	dashArray?: string;
	fillOpacity: number;
};

export type MarkerShape = 'circle' | 'diamond' | 'dot';

export type MarkerLook = {
	fill: string;
	border: string;
	/** Border width in CSS pixels. */
	borderWidth: number;
	/** Diameter in CSS pixels of the visible mark. */
	size: number;
	shape: MarkerShape;
	dashed?: boolean;
	/**
	 * true: an HTML marker (few per map; keyboard-focusable, drawn above everything).
	 * false: a canvas circle (thousands stay fast on a cheap phone).
	 */
	dom: boolean;
	/** Stacking among HTML markers: higher is on top. */
	rank: number;
};

export const PATH_LOOKS: Record<PolygonStyle | CircleStyle | PolylineStyle, PathLook> = {
	area: { colour: '#004488', weight: 4, opacity: 1, fillOpacity: 0.04 },
	'area-draft': { colour: '#0077bb', weight: 3, opacity: 1, dashArray: '8 6', fillOpacity: 0.08 },
	clue: { colour: '#aa3377', weight: 2.5, opacity: 1, dashArray: '6 5', fillOpacity: 0.14 },
	'clue-old': { colour: '#aa3377', weight: 1.5, opacity: 0.5, dashArray: '3 6', fillOpacity: 0.04 },
	track: { colour: '#00786b', weight: 4, opacity: 0.9, fillOpacity: 0 },
	route: { colour: '#cc3311', weight: 4, opacity: 0.9, fillOpacity: 0 },
	'route-draft': { colour: '#cc3311', weight: 3, opacity: 1, dashArray: '2 7', fillOpacity: 0 }
};

export const MARKER_LOOKS: Record<MarkerStyle, MarkerLook> = {
	report: {
		fill: '#ee7733',
		border: '#6b2f05',
		borderWidth: 1.5,
		size: 12,
		shape: 'circle',
		dom: false,
		rank: 0
	},
	'report-matched': {
		fill: '#228833',
		border: '#0b3d17',
		borderWidth: 2,
		size: 14,
		shape: 'circle',
		dom: false,
		rank: 0
	},
	'report-waiting': {
		fill: '#ffffff',
		border: '#5a6270',
		borderWidth: 2,
		size: 12,
		shape: 'circle',
		dashed: true,
		dom: false,
		rank: 0
	},
	vertex: {
		fill: '#ffffff',
		border: '#1a1a1a',
		borderWidth: 2,
		size: 12,
		shape: 'circle',
		dom: true,
		rank: 1
	},
	find: {
		fill: '#117733',
		border: '#ffffff',
		borderWidth: 2,
		size: 18,
		shape: 'diamond',
		dom: true,
		rank: 2
	},
	me: { fill: '#0077bb', border: '#ffffff', borderWidth: 3, size: 18, shape: 'dot', dom: true, rank: 3 },
	'boef-caught': {
		fill: '#8a8f98',
		border: '#1a1a1a',
		borderWidth: 3,
		size: 24,
		shape: 'circle',
		dashed: true,
		dom: true,
		rank: 4
	},
	boef: { fill: '#b2182b', border: '#1a1a1a', borderWidth: 3, size: 26, shape: 'circle', dom: true, rank: 5 }
};

export function isMarkerStyle(style: MapStyle): style is MarkerStyle {
	return Object.hasOwn(MARKER_LOOKS, style);
}

/** The look of a path style with an optional colour override (stroke and fill). */
export function pathLook(style: keyof typeof PATH_LOOKS, colour?: string, dashed?: boolean): PathLook {
	const look = PATH_LOOKS[style];
	return {
		...look,
		colour: colour ?? look.colour,
		dashArray: dashed === undefined ? look.dashArray : dashed ? (look.dashArray ?? '8 6') : undefined
	};
}

/** The look of a marker style with an optional fill colour override. */
export function markerLook(style: MarkerStyle, colour?: string): MarkerLook {
	const look = MARKER_LOOKS[style];
	return colour ? { ...look, fill: colour } : look;
}
