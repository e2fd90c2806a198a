import type { LatLng } from '$lib/domain/boef/geo';

export type { LatLng };

export type PolygonStyle = 'area' | 'area-draft';
export type CircleStyle = 'clue' | 'clue-old';
export type PolylineStyle = 'track' | 'route' | 'route-draft';
export type MarkerStyle =
	'report' | 'report-matched' | 'report-waiting' | 'boef' | 'boef-caught' | 'me' | 'find' | 'vertex';
/** Every style a layer can have; MapLegend takes the same names. */
export type MapStyle = PolygonStyle | CircleStyle | PolylineStyle | MarkerStyle;

/**
 * One thing drawn on the map, described as plain data. LeafletMap diffs a list of these by `id`
 * and adds, updates or removes only what changed, so a page can rebuild the list freely.
 * `colour` (a CSS hex colour) overrides the colour the style picks.
 */
export type MapLayer =
	| { kind: 'polygon'; id: string; points: LatLng[]; style: PolygonStyle }
	| { kind: 'circle'; id: string; center: LatLng; radiusM: number; style: CircleStyle; label?: string }
	| {
			kind: 'polyline';
			id: string;
			points: LatLng[];
			style: PolylineStyle;
			colour?: string;
			dashed?: boolean;
			label?: string;
	  }
	| { kind: 'marker'; id: string; position: LatLng; style: MarkerStyle; label: string; colour?: string };

/** One row of MapLegend. Without a label, the catalogue's default name for the style is shown. */
export type LegendItem = { style: MapStyle; label?: string; colour?: string };
