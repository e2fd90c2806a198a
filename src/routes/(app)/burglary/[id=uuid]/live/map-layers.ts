/**
 * What the organiser's live map shows, as plain layers: the area, each attempt's target home,
 * the boef's true GPS track during his attempt (or, for a planned route, where the plan puts
 * him since the start) and where neighbours reported from. Pure, so it is tested without a map.
 */
import type { LegendItem, MapLayer } from '$lib/components/map';
import { positionAt, routeTimeline } from '$lib/domain/boef/boef-route';
import type { LatLng } from '$lib/domain/boef/geo';
import type { TrackPoint } from '$lib/domain/boef/track';
import type { BurglaryHostView, HostAttempt } from '$lib/domain/burglary/views';
import type { MessageKey, MessageParams } from '$lib/i18n';
import { dutchClock } from './live-figures';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export type MapView = Pick<BurglaryHostView, 'settings' | 'attempts' | 'reports' | 'tracks'>;

/** The target home is drawn with the diamond "find" look in this colour (named in the legend). */
export const TARGET_COLOUR = '#332288';

/** The one-line address of a target home, e.g. "Dorpsstraat 12, 1234 AB". */
export function addressLine(target: NonNullable<HostAttempt['target']>): string {
	const street = target.street ? `${target.street} ${target.houseNumber}` : target.houseNumber;
	return `${street}, ${target.postcode}${target.city ? ` ${target.city}` : ''}`;
}

/** His fixes during this attempt (a boef may have several attempts on other days). */
function trackOf(tracks: MapView['tracks'], a: HostAttempt, nowMs: number): TrackPoint[] {
	const end = a.endedAtMs ?? nowMs;
	return (tracks[a.boefId] ?? []).filter((p) => p.at >= a.startedAtMs! && p.at <= end);
}

function boefLayers(view: MapView, a: HostAttempt, nowMs: number, t: Translate): MapLayer[] {
	if (a.startedAtMs === null) return [];
	const boef = view.settings.boeven.find((b) => b.id === a.boefId);
	const name = boef?.name ?? a.boefId;
	const at = Math.min(nowMs, a.endedAtMs ?? Infinity);
	const out: MapLayer[] = [];
	let walked: LatLng[];
	let here: LatLng | null;
	let label: string;
	if (boef?.movement.kind === 'route') {
		const route = boef.movement.route;
		here = positionAt(route, a.startedAtMs, at).position;
		walked = [
			...routeTimeline(route, a.startedAtMs)
				.filter((p) => p.at <= at)
				.map((p) => p.position),
			here
		];
		label = t('burglaryLive.map.boefPlanned', { boef: name });
		if (route.waypoints.length > 1)
			out.push({
				kind: 'polyline',
				id: `route:${a.id}`,
				points: [...route.waypoints],
				style: 'route-draft',
				label: t('burglaryLive.map.route', { boef: name })
			});
	} else {
		const track = trackOf(view.tracks, a, nowMs);
		walked = track.map((p) => p.position);
		const last = track.at(-1);
		here = last?.position ?? null;
		label = last
			? t('burglaryLive.map.boefFix', { boef: name, time: dutchClock(last.at) })
			: t('burglaryLive.map.boef', { boef: name });
	}
	if (walked.length > 1)
		out.push({
			kind: 'polyline',
			id: `track:${a.id}`,
			points: walked,
			style: 'track',
			label: t('burglaryLive.map.track', { boef: name })
		});
	if (here) out.push({ kind: 'marker', id: `boef:${a.id}`, position: here, style: 'boef', label });
	return out;
}

export function liveMapLayers(view: MapView, nowMs: number, t: Translate): MapLayer[] {
	const layers: MapLayer[] = [];
	if (view.settings.area.length >= 3)
		layers.push({ kind: 'polygon', id: 'area', points: [...view.settings.area], style: 'area' });
	for (const a of view.attempts) {
		if (a.target)
			layers.push({
				kind: 'marker',
				id: `target:${a.id}`,
				position: a.target.place,
				style: 'find',
				colour: TARGET_COLOUR,
				label: t('burglaryLive.map.target', { number: a.number, address: addressLine(a.target) })
			});
		layers.push(...boefLayers(view, a, nowMs, t));
	}
	for (const r of view.reports)
		layers.push({
			kind: 'marker',
			id: `report:${r.id}`,
			position: r.place,
			// A report outside any attempt is drawn in the grey, dashed look: it does not count.
			style: r.attemptId ? 'report' : 'report-waiting',
			label: t(r.attemptId ? 'burglaryLive.map.report' : 'burglaryLive.map.reportOutside', {
				time: dutchClock(r.reportedAtMs),
				channel: t(`game.channel.${r.channel}`)
			})
		});
	return layers;
}

/** What to fit the map to: the area, else the target homes. */
export function fitPoints(view: Pick<MapView, 'settings' | 'attempts'>): LatLng[] {
	if (view.settings.area.length >= 3) return [...view.settings.area];
	return view.attempts.flatMap((a) => (a.target ? [a.target.place] : []));
}

/** The legend: what can appear on this campaign's map (a planned route only if a boef has one). */
export function liveLegend(view: Pick<MapView, 'settings'>, t: Translate): LegendItem[] {
	const planned = view.settings.boeven.some((b) => b.movement.kind === 'route');
	return [
		{ style: 'area', label: t('burglaryLive.legend.area') },
		{ style: 'find', colour: TARGET_COLOUR, label: t('burglaryLive.legend.target') },
		{ style: 'boef', label: t('burglaryLive.legend.boef') },
		{ style: 'track', label: t(planned ? 'burglaryLive.legend.walked' : 'burglaryLive.legend.track') },
		...(planned ? [{ style: 'route-draft' as const, label: t('burglaryLive.legend.route') }] : []),
		{ style: 'report', label: t('burglaryLive.legend.report') },
		{ style: 'report-waiting', label: t('burglaryLive.legend.reportOutside') }
	];
}
