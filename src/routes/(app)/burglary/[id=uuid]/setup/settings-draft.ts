/**
 * The campaign's settings as the set-up form holds them, and the few edits it makes. Pure and
 * shared by browser and tests. The server checks the result (schemas.ts): nothing here is a
 * gatekeeper, it only keeps the form's choices consistent (boef ids, a route put aside).
 */
import { MAX_CAMPAIGN_BOEVEN, type CampaignSettings } from '$lib/domain/burglary/campaign';
import type { LatLng } from '$lib/domain/boef/geo';

export interface RouteDraft {
	waypoints: LatLng[];
	speedMps?: number;
	pausesS?: number[];
}

export interface BoefDraft {
	id: string;
	name: string;
	movement: { kind: 'gps' } | { kind: 'route'; route: RouteDraft };
}

/** Numbers are null while their input is empty; the server then says what is missing. */
export interface SettingsDraft {
	periodStart: string;
	periodEnd: string;
	targetCount: number | null;
	stopWindowMinutes: number | null;
	retentionDays: number | null;
	boeven: BoefDraft[];
	area: LatLng[];
	workshopSessionId: string | null;
}

export { MAX_CAMPAIGN_BOEVEN };

/** A deep, mutable copy of stored settings. */
export function toDraft(settings: CampaignSettings): SettingsDraft {
	return structuredClone(settings) as SettingsDraft;
}

/** The first free id "b1", "b2", … (the schema wants b + digits, unique). */
export function nextBoefId(boeven: readonly { id: string }[]): string {
	const used = new Set(boeven.map((b) => b.id));
	for (let n = 1; ; n++) if (!used.has(`b${n}`)) return `b${n}`;
}

/** Adds a boef on live GPS; returns his id, or null when the list is full. */
export function addBoef(draft: SettingsDraft, name: string): string | null {
	if (draft.boeven.length >= MAX_CAMPAIGN_BOEVEN) return null;
	const id = nextBoefId(draft.boeven);
	draft.boeven.push({ id, name, movement: { kind: 'gps' } });
	return id;
}

export function removeBoef(draft: SettingsDraft, boefId: string): void {
	draft.boeven = draft.boeven.filter((b) => b.id !== boefId);
}

/**
 * Switches a boef between live GPS and a planned route. A route put aside in `stash` comes
 * back when he switches back, so a click on the wrong option loses no drawing.
 */
export function setMovement(boef: BoefDraft, kind: 'gps' | 'route', stash: Record<string, RouteDraft>): void {
	if (boef.movement.kind === kind) return;
	if (boef.movement.kind === 'route') stash[boef.id] = structuredClone(boef.movement.route);
	boef.movement = kind === 'gps' ? { kind } : { kind, route: stash[boef.id] ?? { waypoints: [] } };
}

/** The DOM id of the control for a slot ('periodEnd', 'boef:b2:name'); the error list links here. */
export function fieldId(slot: string): string {
	return `settings-${slot.replace(/:/g, '-')}`;
}
