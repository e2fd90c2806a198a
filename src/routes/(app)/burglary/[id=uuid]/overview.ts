/**
 * What the overview page shows of the organiser's view: no reports or tracks (the live
 * dashboard has those), names instead of account ids, and which controls the phase allows.
 * The server refuses what is not allowed anyway; this only keeps dead buttons off the page.
 */
import type { CampaignPhase } from '$lib/domain/burglary/campaign';
import type { BurglaryHostView, HostDraw } from '$lib/domain/burglary/views';

export interface TickView {
	byName: string;
	atMs: number;
}

export interface OverviewAttempt {
	id: string;
	number: number;
	plannedDate: string;
	boefId: string;
	startedAtMs: number | null;
	endedAtMs: number | null;
	target: {
		name: string;
		street: string | null;
		houseNumber: string;
		postcode: string;
		city: string | null;
	} | null;
}

export interface Controls {
	/** Settings, preconditions, boef links: until the outcome is out. */
	edit: boolean;
	/** Taking a tick back: not while an attempt runs (the start relied on it). */
	untick: boolean;
	/** Addresses exist until the personal data is deleted. */
	reveal: boolean;
}

export function controlsFor(phase: CampaignPhase): Controls {
	const over = phase === 'published' || phase === 'deleted';
	return { edit: !over, untick: !over && phase !== 'live', reveal: phase !== 'deleted' };
}

/** A boef may be changed while his attempt has not started and the outcome is not out. */
export function mayAssign(phase: CampaignPhase, attempt: Pick<OverviewAttempt, 'startedAtMs'>): boolean {
	return controlsFor(phase).edit && attempt.startedAtMs === null;
}

export function overviewOf(view: BurglaryHostView, names: Record<string, string>) {
	const tick = (t: { by: string; atMs: number } | null): TickView | null =>
		t && { byName: names[t.by] ?? '?', atMs: t.atMs };
	const m = view.preconditions.meldkamer;
	return {
		id: view.id,
		title: view.title,
		joinCode: view.joinCode,
		phase: view.phase,
		controls: controlsFor(view.phase),
		period: { start: view.settings.periodStart, end: view.settings.periodEnd },
		targetCount: view.settings.targetCount,
		boeven: view.settings.boeven.map((b) => ({ id: b.id, name: b.name, movement: b.movement.kind })),
		preconditions: {
			meldkamer: m && { ...tick(m)!, informedWho: m.informedWho, informedAtMs: m.informedAtMs },
			briefing: tick(view.preconditions.briefing),
			area: tick(view.preconditions.area)
		},
		missing: view.missing,
		draw: view.draw satisfies HostDraw | null,
		attempts: view.attempts.map((a): OverviewAttempt => ({
			id: a.id,
			number: a.number,
			plannedDate: a.plannedDate,
			boefId: a.boefId,
			startedAtMs: a.startedAtMs,
			endedAtMs: a.endedAtMs,
			target: a.target && {
				name: a.target.name,
				street: a.target.street,
				houseNumber: a.target.houseNumber,
				postcode: a.target.postcode,
				city: a.target.city
			}
		})),
		publishedAtMs: view.publishedAtMs,
		deletionDueAtMs: view.deletionDueAtMs,
		personalDataDeletedAtMs: view.personalDataDeletedAtMs
	};
}

export type Overview = ReturnType<typeof overviewOf>;
