/**
 * What the spelleider's map shows, as plain layers for LeafletMap: the area, every boef's true
 * track (split where his phone was silent), a planned route and where he is now, clue circles
 * and report pins. Shared by the live dashboard (`replay: false`: everything known, positions
 * at `atMs` = now) and the debrief (`replay: true`: only what had happened at `atMs`).
 * Pure, so the debrief's slider can call it many times a second.
 */
import type { LegendItem, MapLayer, MarkerStyle } from '$lib/components/map';
import { positionAt, routeTimeline } from '$lib/domain/boef/boef-route';
import type { BoefPlan, GamePlan, GameState, PublishedClue } from '$lib/domain/boef/game';
import { FEEDBACK_DUE_MS, type HostReport } from '$lib/domain/boef/game-views';
import type { LatLng } from '$lib/domain/boef/geo';
import { trackGaps, type TrackPoint } from '$lib/domain/boef/track';
import type { MessageKey, MessageParams } from '$lib/i18n';
import { clockTime } from './format';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export type MapReport = Pick<
	HostReport,
	| 'id'
	| 'place'
	| 'atMs'
	| 'receivedAtMs'
	| 'channel'
	| 'feedback'
	| 'feedbackAtMs'
	| 'matchStatus'
	| 'nickname'
>;

export interface MapGame {
	plan: { area: GamePlan['area']; boeven: readonly Pick<BoefPlan, 'id' | 'name' | 'movement'>[] };
	state: Pick<GameState, 'boeven' | 'endedAtMs'>;
	tracks: Readonly<Record<string, readonly TrackPoint[]>>;
	clues: readonly PublishedClue[];
	reports: readonly MapReport[];
}

export interface MapOptions {
	/** The moment shown: now on the dashboard, the slider's time in the debrief (epoch ms). */
	atMs: number;
	/** Leave out everything that happened after `atMs`. */
	replay: boolean;
	locale: string;
}

/**
 * One colour per boef for his track, route and marker: dark enough for 3:1 against the map's
 * light ground and apart for common colour blindness (Paul Tol's palette); the legend names
 * each boef as well, so colour is never the only cue.
 */
const BOEF_COLOURS = ['#00786b', '#332288', '#882255', '#7a5c00', '#1a1a1a'] as const;

export function boefColour(plan: Pick<MapGame['plan'], 'boeven'>, boefId: string): string {
	const i = Math.max(
		0,
		plan.boeven.findIndex((b) => b.id === boefId)
	);
	return BOEF_COLOURS[i % BOEF_COLOURS.length]!;
}

export const reportLayerId = (reportId: string) => `report:${reportId}`;
export const REPORT_LAYER_PREFIX = 'report:';

/** Number of points with `at` ≤ atMs in a track sorted by time (binary search). */
function countUpTo(track: readonly TrackPoint[], atMs: number): number {
	let lo = 0;
	let hi = track.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (track[mid]!.at <= atMs) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A track cut at its gaps: a silent phone is a break in the line, never a straight guess across. */
export function trackSegments(track: readonly TrackPoint[]): LatLng[][] {
	if (track.length === 0) return [];
	const breaks = new Set(trackGaps(track).map((g) => g.toMs));
	const segments: LatLng[][] = [[]];
	for (const p of track) {
		if (breaks.has(p.at) && segments.at(-1)!.length > 0) segments.push([]);
		segments.at(-1)!.push(p.position);
	}
	return segments;
}

interface BoefNow {
	/** The line he walked up to the moment shown, as segments. */
	walked: LatLng[][];
	position: LatLng | null;
	/** Time of the fix shown (GPS), or null for a planned route. */
	fixAtMs: number | null;
	caught: boolean;
}

function boefNow(game: MapGame, boefId: string, opts: MapOptions): BoefNow | null {
	const plan = game.plan.boeven.find((b) => b.id === boefId)!;
	const status = game.state.boeven[boefId];
	const entered = status?.enteredAtMs ?? null;
	if (entered === null || entered > opts.atMs) return null;
	const caughtAt = status?.caughtAtMs ?? null;
	const caught = caughtAt !== null && caughtAt <= opts.atMs;
	// He stops where he was caught, and everything stops at the end of the game.
	const stopAt = Math.min(opts.atMs, caught ? caughtAt : Infinity, game.state.endedAtMs ?? Infinity);
	if (plan.movement.kind === 'route') {
		const route = plan.movement.route;
		const here = positionAt(route, entered, stopAt).position;
		const line = routeTimeline(route, entered)
			.filter((p) => p.at <= stopAt)
			.map((p) => p.position);
		return { walked: [[...line, here]], position: here, fixAtMs: null, caught };
	}
	const track = game.tracks[boefId] ?? [];
	const shown = opts.replay ? track.slice(0, countUpTo(track, opts.atMs)) : track;
	const last = shown.at(-1);
	return {
		walked: trackSegments(shown),
		position: last?.position ?? null,
		fixAtMs: last?.at ?? null,
		caught
	};
}

function reportStyle(r: MapReport, opts: MapOptions): MarkerStyle {
	const answeredAt = r.feedbackAtMs !== null && r.feedbackAtMs <= opts.atMs ? r.feedbackAtMs : null;
	if (r.matchStatus === 'confirmed' && (r.feedbackAtMs === null || answeredAt !== null))
		return 'report-matched';
	if (answeredAt === null && opts.atMs - r.receivedAtMs > FEEDBACK_DUE_MS) return 'report-waiting';
	return 'report';
}

function reportLabel(r: MapReport, opts: MapOptions, t: Translate): string {
	const base = t('gameDash.map.report', {
		time: clockTime(r.atMs, opts.locale),
		who: r.nickname,
		channel: t(`game.channel.${r.channel}`)
	});
	const answered = r.feedback !== null && r.feedbackAtMs !== null && r.feedbackAtMs <= opts.atMs;
	return answered
		? `${base} ${t('gameDash.map.answered', { reply: t(`game.feedback.${r.feedback!}`) })}`
		: base;
}

export function gameMapLayers(game: MapGame, opts: MapOptions, t: Translate): MapLayer[] {
	const layers: MapLayer[] = [];
	if (game.plan.area.length >= 3)
		layers.push({ kind: 'polygon', id: 'area', points: [...game.plan.area], style: 'area' });

	// Clues: the newest per boef (or general message) is the one in force, the rest faded.
	const clues = game.clues.filter((c) => c.circle && (!opts.replay || c.publishedAtMs <= opts.atMs));
	const newest = new Map<string, string>();
	for (const c of [...clues].sort((a, b) => a.publishedAtMs - b.publishedAtMs))
		newest.set(c.boefId ?? '', c.id);
	for (const c of clues) {
		const boef = game.plan.boeven.find((b) => b.id === c.boefId);
		layers.push({
			kind: 'circle',
			id: `clue:${c.id}`,
			center: c.circle!.center,
			radiusM: c.circle!.radiusM,
			style: newest.get(c.boefId ?? '') === c.id ? 'clue' : 'clue-old',
			label: t('gameDash.map.clue', {
				time: clockTime(c.publishedAtMs, opts.locale),
				boef: boef?.name ?? t('game.clue.generalTitle'),
				radius: c.circle!.radiusM
			})
		});
	}

	for (const b of game.plan.boeven) {
		const colour = boefColour(game.plan, b.id);
		// The planned route is dotted (the 'route-draft' look) in his colour, so it reads apart
		// from the solid line he walked, in the legend too.
		if (b.movement.kind === 'route' && b.movement.route.waypoints.length > 1)
			layers.push({
				kind: 'polyline',
				id: `route:${b.id}`,
				points: [...b.movement.route.waypoints],
				style: 'route-draft',
				colour,
				label: t('gameDash.map.route', { boef: b.name })
			});
		const now = boefNow(game, b.id, opts);
		if (!now) continue;
		now.walked.forEach((points, i) => {
			if (points.length > 1)
				layers.push({
					kind: 'polyline',
					id: `track:${b.id}:${i}`,
					points,
					style: 'track',
					colour,
					label: t('gameDash.map.track', { boef: b.name })
				});
		});
		if (now.position)
			layers.push({
				kind: 'marker',
				id: `boef:${b.id}`,
				position: now.position,
				style: now.caught ? 'boef-caught' : 'boef',
				// Caught: the grey, dashed look of the legend, not his colour.
				...(now.caught ? {} : { colour }),
				label: now.caught
					? t('gameDash.map.boefCaught', { boef: b.name })
					: now.fixAtMs !== null
						? t('gameDash.map.boefFix', { boef: b.name, time: clockTime(now.fixAtMs, opts.locale, true) })
						: t('gameDash.map.boef', { boef: b.name })
			});
	}

	for (const r of game.reports) {
		if (opts.replay && r.atMs > opts.atMs) continue;
		layers.push({
			kind: 'marker',
			id: reportLayerId(r.id),
			position: r.place,
			style: reportStyle(r, opts),
			label: reportLabel(r, opts, t)
		});
	}
	return layers;
}

/** The legend beside the map: every style that can appear, and each boef by name and colour. */
export function gameLegend(game: Pick<MapGame, 'plan'>, t: Translate): LegendItem[] {
	const items: LegendItem[] = [{ style: 'area' }, { style: 'clue' }, { style: 'clue-old' }];
	for (const b of game.plan.boeven) {
		const colour = boefColour(game.plan, b.id);
		items.push({ style: 'boef', colour, label: b.name });
		items.push({ style: 'track', colour, label: t('gameDash.map.track', { boef: b.name }) });
		if (b.movement.kind === 'route')
			items.push({ style: 'route-draft', colour, label: t('gameDash.map.route', { boef: b.name }) });
	}
	items.push(
		{ style: 'boef-caught', label: t('gameDash.legend.caught') },
		{ style: 'report' },
		{ style: 'report-matched', label: t('gameDash.legend.matched') },
		{ style: 'report-waiting', label: t('gameDash.legend.waiting') }
	);
	return items;
}
