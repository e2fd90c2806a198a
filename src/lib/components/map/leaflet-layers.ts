import type * as Leaflet from 'leaflet';
import { isValidLatLng } from '$lib/domain/boef/geo';
import type { LatLng, MapLayer } from './layers';
import { markerLook, pathLook, type MarkerLook, type PathLook } from './styles';

/**
 * Keeps Leaflet layers in step with a declarative list of MapLayer by id: adds, updates in
 * place or removes only what changed (a dashboard moves pins several times per second).
 * Takes the Leaflet module as a parameter: importing Leaflet touches `window`, so only
 * LeafletMap loads it, in the browser.
 */
type LeafletModule = typeof import('leaflet');

type Entry = { spec: MapLayer; layer: Leaflet.Layer; rank: number };

export type SyncOptions = {
	onMarkerClick: (id: string) => void;
	/** HTML markers become tab stops (role=button) only when clicking them does something. */
	keyboardMarkers: boolean;
};

/** Drawing order on the shared canvas: areas at the bottom, report pins on top. */
const CANVAS_RANK = { polygon: 0, circle: 1, polyline: 2, marker: 3 } as const;
/** HTML markers have their own pane above the canvas; this is their rank's zIndexOffset step. */
const DOM_Z_STEP = 1000;

export class LayerSync {
	#L: LeafletModule;
	#map: Leaflet.Map;
	#options: SyncOptions;
	#entries = new Map<string, Entry>();
	/** Canvas layers per rank, to know when a new layer must be moved below others. */
	#perRank = [0, 0, 0, 0];

	constructor(L: LeafletModule, map: Leaflet.Map, options: SyncOptions) {
		this.#L = L;
		this.#map = map;
		this.#options = options;
	}

	sync(layers: readonly MapLayer[]): void {
		const seen = new Set<string>();
		let reorder = false;
		for (const spec of layers) {
			// A repeated id: the first one wins. Bad coordinates (a NaN GPS fix) would make Leaflet
			// throw and stop the whole update, so such a layer is left off until it is valid.
			if (seen.has(spec.id) || !isDrawable(spec)) continue;
			seen.add(spec.id);
			const entry = this.#entries.get(spec.id);
			if (entry && !needsNewLayer(entry.spec, spec)) {
				this.#update(entry, spec);
				continue;
			}
			if (entry) this.#remove(spec.id, entry);
			reorder = this.#add(spec) || reorder;
		}
		for (const [id, entry] of this.#entries) if (!seen.has(id)) this.#remove(id, entry);
		if (reorder) this.#restack();
	}

	/** Adds a layer; true when it landed above canvas layers that should be drawn over it. */
	#add(spec: MapLayer): boolean {
		const layer = this.#create(spec);
		layer.addTo(this.#map);
		const rank = isCanvas(spec) ? CANVAS_RANK[spec.kind] : -1;
		this.#entries.set(spec.id, { spec: copy(spec), layer, rank });
		if (spec.kind === 'marker' && layer instanceof this.#L.Marker)
			describeMarker(layer, spec.label, this.#options);
		if (rank < 0) return false;
		this.#perRank[rank]!++;
		return this.#perRank.some((n, r) => r > rank && n > 0);
	}

	#remove(id: string, entry: Entry): void {
		entry.layer.remove();
		if (entry.rank >= 0) this.#perRank[entry.rank]!--;
		this.#entries.delete(id);
	}

	/** Puts canvas layers back in rank order by sending the lower ranks to the back (few of them). */
	#restack(): void {
		const byRank: Leaflet.Path[][] = [[], [], []];
		for (const { layer, rank } of this.#entries.values())
			if (rank >= 0 && rank < byRank.length) byRank[rank]!.push(layer as Leaflet.Path);
		for (let r = byRank.length - 1; r >= 0; r--)
			for (const layer of byRank[r]!.reverse()) layer.bringToBack();
	}

	#create(spec: MapLayer): Leaflet.Layer {
		const L = this.#L;
		switch (spec.kind) {
			case 'polygon':
				return L.polygon(toLatLngs(spec.points), {
					...pathOptions(pathLook(spec.style)),
					interactive: false
				});
			case 'circle': {
				const circle = L.circle(spec.center, {
					...pathOptions(pathLook(spec.style)),
					radius: spec.radiusM,
					interactive: spec.label !== undefined
				});
				if (spec.label !== undefined) circle.bindTooltip(textNode(spec.label), { sticky: true });
				return circle;
			}
			case 'polyline': {
				const line = L.polyline(toLatLngs(spec.points), {
					...pathOptions(pathLook(spec.style, spec.colour, spec.dashed)),
					fill: false,
					interactive: spec.label !== undefined
				});
				if (spec.label !== undefined) line.bindTooltip(textNode(spec.label), { sticky: true });
				return line;
			}
			case 'marker': {
				const look = markerLook(spec.style, spec.colour);
				const marker = look.dom
					? L.marker(spec.position, {
							icon: this.#icon(look),
							title: spec.label,
							alt: spec.label,
							keyboard: this.#options.keyboardMarkers,
							zIndexOffset: look.rank * DOM_Z_STEP,
							riseOnHover: true
						})
					: L.circleMarker(spec.position, { ...circleMarkerOptions(look), bubblingMouseEvents: false });
				marker.bindTooltip(textNode(spec.label), { direction: 'top', offset: [0, -look.size / 2] });
				marker.on('click', () => this.#options.onMarkerClick(spec.id));
				// Leaflet 1.9 makes keyboard markers role=button but ignores Enter and Space on them.
				if (look.dom && this.#options.keyboardMarkers)
					marker.on('keydown', (e: Leaflet.LeafletKeyboardEvent) => {
						if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
						e.originalEvent.preventDefault();
						this.#options.onMarkerClick(spec.id);
					});
				return marker;
			}
		}
	}

	#update(entry: Entry, spec: MapLayer): void {
		const old = entry.spec;
		const layer = entry.layer;
		if (spec.kind === 'polygon' && old.kind === 'polygon') {
			if (!samePoints(old.points, spec.points)) (layer as Leaflet.Polygon).setLatLngs(toLatLngs(spec.points));
			if (old.style !== spec.style) (layer as Leaflet.Polygon).setStyle(pathOptions(pathLook(spec.style)));
		} else if (spec.kind === 'circle' && old.kind === 'circle') {
			const circle = layer as Leaflet.Circle;
			if (!samePoint(old.center, spec.center)) circle.setLatLng(spec.center);
			if (old.radiusM !== spec.radiusM) circle.setRadius(spec.radiusM);
			if (old.style !== spec.style) circle.setStyle(pathOptions(pathLook(spec.style)));
			if (old.label !== spec.label && spec.label !== undefined)
				circle.setTooltipContent(textNode(spec.label));
		} else if (spec.kind === 'polyline' && old.kind === 'polyline') {
			const line = layer as Leaflet.Polyline;
			if (!samePoints(old.points, spec.points)) line.setLatLngs(toLatLngs(spec.points));
			if (old.style !== spec.style || old.colour !== spec.colour || old.dashed !== spec.dashed)
				line.setStyle(pathOptions(pathLook(spec.style, spec.colour, spec.dashed)));
			if (old.label !== spec.label && spec.label !== undefined) line.setTooltipContent(textNode(spec.label));
		} else if (spec.kind === 'marker' && old.kind === 'marker') {
			const marker = layer as Leaflet.Marker | Leaflet.CircleMarker;
			if (!samePoint(old.position, spec.position)) marker.setLatLng(spec.position);
			if (old.style !== spec.style || old.colour !== spec.colour) {
				const look = markerLook(spec.style, spec.colour);
				if (marker instanceof this.#L.Marker) {
					marker.setIcon(this.#icon(look));
					marker.setZIndexOffset(look.rank * DOM_Z_STEP);
					describeMarker(marker, spec.label, this.#options); // setIcon made a new element
				} else {
					marker.setStyle(circleMarkerOptions(look));
					marker.setRadius(look.size / 2);
				}
				const tooltip = marker.getTooltip();
				if (tooltip) tooltip.options.offset = [0, -look.size / 2];
			}
			if (old.label !== spec.label) {
				marker.setTooltipContent(textNode(spec.label));
				if (marker instanceof this.#L.Marker) describeMarker(marker, spec.label, this.#options);
			}
		}
		entry.spec = copy(spec);
	}

	/** An HTML marker without image files: a styled element in a larger, touch-friendly box. */
	#icon(look: MarkerLook): Leaflet.DivIcon {
		const box = Math.max(28, look.size + 8);
		const mark = document.createElement('span');
		mark.className = `dmap-mark dmap-mark--${look.shape}`;
		const size = look.shape === 'diamond' ? Math.round(look.size / Math.SQRT2) : look.size;
		Object.assign(mark.style, {
			width: `${size}px`,
			height: `${size}px`,
			background: look.fill,
			border: `${look.borderWidth}px ${look.dashed ? 'dashed' : 'solid'} ${look.border}`
		});
		return this.#L.divIcon({ html: mark, className: 'dmap-marker', iconSize: [box, box] });
	}
}

/** Accessible name of an HTML marker (its title is set by Leaflet at creation only). */
function describeMarker(marker: Leaflet.Marker, label: string, options: SyncOptions): void {
	const el = marker.getElement();
	if (!el) return;
	el.title = label;
	el.setAttribute('aria-label', label);
	if (!options.keyboardMarkers) el.setAttribute('role', 'img');
}

/** Whether a changed spec cannot be updated in place (interactivity is fixed at creation). */
function needsNewLayer(old: MapLayer, spec: MapLayer): boolean {
	if (old.kind !== spec.kind) return true;
	if (old.kind === 'marker' && spec.kind === 'marker')
		return markerLook(old.style).dom !== markerLook(spec.style).dom;
	if (
		(old.kind === 'circle' || old.kind === 'polyline') &&
		(spec.kind === 'circle' || spec.kind === 'polyline')
	)
		return (old.label === undefined) !== (spec.label === undefined);
	return false;
}

function isDrawable(spec: MapLayer): boolean {
	switch (spec.kind) {
		case 'polygon':
		case 'polyline':
			return spec.points.every(isValidLatLng);
		case 'circle':
			return isValidLatLng(spec.center) && Number.isFinite(spec.radiusM) && spec.radiusM >= 0;
		case 'marker':
			return isValidLatLng(spec.position);
	}
}

function isCanvas(spec: MapLayer): boolean {
	return spec.kind !== 'marker' || !markerLook(spec.style).dom;
}

function pathOptions(look: PathLook): Leaflet.PathOptions {
	return {
		color: look.colour,
		weight: look.weight,
		opacity: look.opacity,
		dashArray: look.dashArray,
		fill: look.fillOpacity > 0,
		fillColor: look.colour,
		fillOpacity: look.fillOpacity,
		lineJoin: 'round'
	};
}

function circleMarkerOptions(look: MarkerLook): Leaflet.CircleMarkerOptions {
	return {
		radius: look.size / 2,
		color: look.border,
		weight: look.borderWidth,
		opacity: 1,
		fillColor: look.fill,
		fillOpacity: 1,
		dashArray: look.dashed ? '3 3' : undefined
	};
}

/**
 * Tooltip content as a text node, never a string: Leaflet puts strings in innerHTML, and labels
 * can carry what participants typed.
 */
function textNode(label: string): HTMLElement {
	const span = document.createElement('span');
	span.textContent = label;
	return span;
}

function toLatLngs(points: readonly LatLng[]): [number, number][] {
	return points.map((p) => [p.lat, p.lng]);
}

function samePoint(a: LatLng, b: LatLng): boolean {
	return a.lat === b.lat && a.lng === b.lng;
}

function samePoints(a: readonly LatLng[], b: readonly LatLng[]): boolean {
	return a.length === b.length && a.every((p, i) => samePoint(p, b[i]!));
}

/** A plain copy to diff against next time (the caller may mutate its own objects in place). */
function copy(spec: MapLayer): MapLayer {
	switch (spec.kind) {
		case 'polygon':
		case 'polyline':
			return { ...spec, points: spec.points.map((p) => ({ lat: p.lat, lng: p.lng })) };
		case 'circle':
			return { ...spec, center: { lat: spec.center.lat, lng: spec.center.lng } };
		case 'marker':
			return { ...spec, position: { lat: spec.position.lat, lng: spec.position.lng } };
	}
}
