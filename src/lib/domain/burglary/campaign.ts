/**
 * Houd u de boef tegen?: the organiser's plan for one campaign (period, target homes, boeven,
 * the stop rule, how long personal data is kept), the preconditions that must all be met
 * before an attempt may start, and the rules that tie reports to an attempt. Pure: the
 * services store what these functions decide, every screen shows what they derive.
 */
import type { BoefMovementPlan } from '../boef/game';
import type { LatLng } from '../boef/geo';
import { DEFAULT_RETENTION_DAYS } from './retention';
import { DEFAULT_STOP_WINDOW_MS } from './outcome';

export interface CampaignBoef {
	id: string;
	name: string;
	/** Live GPS from his phone (boef link), or a planned route walked from the attempt's start. */
	movement: BoefMovementPlan;
}

export interface CampaignSettings {
	/** First and last day of the period in which the attempt takes place, 'YYYY-MM-DD'. */
	periodStart: string;
	periodEnd: string;
	/** How many homes are drawn (each gets its own attempt). */
	targetCount: number;
	/** A call or report within this many minutes after the start stops the boef. */
	stopWindowMinutes: number;
	/** Personal data is deleted this many days after the outcome is published. */
	retentionDays: number;
	boeven: CampaignBoef[];
	/** The neighbourhood: where the map opens for a pin, and what the boef and meldkamer are told. */
	area: LatLng[];
	/** The workshop session at whose end participants are invited to register, if any. */
	workshopSessionId: string | null;
}

export const MAX_TARGETS = 10;
export const MAX_CAMPAIGN_BOEVEN = 5;
export const MAX_PERIOD_DAYS = 92;
export const MAX_AWAY_DATES = 60;

const DAY_MS = 24 * 3_600_000;

/** A new campaign: three weeks from tomorrow, one target, one boef on live GPS. */
export function defaultSettings(todayIso: string, boefName: string): CampaignSettings {
	return {
		periodStart: addDays(todayIso, 1),
		periodEnd: addDays(todayIso, 21),
		targetCount: 1,
		stopWindowMinutes: DEFAULT_STOP_WINDOW_MS / 60_000,
		retentionDays: DEFAULT_RETENTION_DAYS,
		boeven: [{ id: 'b1', name: boefName, movement: { kind: 'gps' } }],
		area: [],
		workshopSessionId: null
	};
}

/** 'YYYY-MM-DD' plus n calendar days. */
export function addDays(iso: string, days: number): string {
	const d = new Date(`${iso}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** Whole days from a to b ('YYYY-MM-DD'). */
export function daysBetween(a: string, b: string): number {
	return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / DAY_MS);
}

/**
 * The end of the period as a moment: midnight after its last day, taken as 24:00 UTC. That is
 * one hour after the end of the Dutch day in winter and two in summer: late, never early, so
 * data is never deleted before its time and no time-zone table is needed.
 */
export function periodEndMs(settings: Pick<CampaignSettings, 'periodEnd'>): number {
	return Date.parse(`${settings.periodEnd}T00:00:00Z`) + 24 * 3_600_000;
}

/** Today's date in the Netherlands, 'YYYY-MM-DD'. */
export function dutchDate(ms: number): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Amsterdam',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(ms);
}

// ---------------------------------------------------------------- preconditions

export const PRECONDITIONS = ['meldkamer', 'briefing', 'area'] as const;
export type Precondition = (typeof PRECONDITIONS)[number];

export interface Tick {
	/** Who ticked it (account id) and when, epoch ms. */
	by: string;
	atMs: number;
}

export interface Preconditions {
	/** The meldkamer was told about the attempt: by whom it was told (a name) and when. */
	meldkamer: (Tick & { informedWho: string; informedAtMs: number }) | null;
	/** The boef was briefed (how to behave, what to say when stopped, the code word for agents). */
	briefing: Tick | null;
	/** The area was checked (no real incident, no event, the target's street suits an attempt). */
	area: Tick | null;
}

export const NO_PRECONDITIONS: Preconditions = { meldkamer: null, briefing: null, area: null };

export function missingPreconditions(p: Preconditions): Precondition[] {
	return PRECONDITIONS.filter((k) => p[k] === null);
}

// ---------------------------------------------------------------- attempts

export interface AttemptTimes {
	id: string;
	startedAtMs: number | null;
	endedAtMs: number | null;
}

/** At most one attempt is live at a time, so a neighbour's report belongs to one attempt. */
export function liveAttempt<T extends AttemptTimes>(attempts: readonly T[]): T | null {
	return attempts.find((a) => a.startedAtMs !== null && a.endedAtMs === null) ?? null;
}

/**
 * Which attempt a report made at `atMs` belongs to: the one that was running then. A report
 * queued on a phone during an attempt and delivered after its end still belongs to it.
 */
export function attemptAt(attempts: readonly AttemptTimes[], atMs: number): string | null {
	for (const a of attempts) {
		if (a.startedAtMs === null || atMs < a.startedAtMs) continue;
		if (a.endedAtMs === null || atMs <= a.endedAtMs) return a.id;
	}
	return null;
}

export type StartRefusal =
	| 'burglary.error.preconditions'
	| 'burglary.error.noTarget'
	| 'burglary.error.otherAttemptLive'
	| 'burglary.error.alreadyStarted'
	| 'burglary.error.published';

/** Why an attempt may not start now, or null when it may. */
export function startRefusal(input: {
	preconditions: Preconditions;
	attempt: AttemptTimes & { hasTarget: boolean };
	attempts: readonly AttemptTimes[];
	published: boolean;
}): StartRefusal | null {
	if (input.published) return 'burglary.error.published';
	if (input.attempt.startedAtMs !== null) return 'burglary.error.alreadyStarted';
	if (missingPreconditions(input.preconditions).length > 0) return 'burglary.error.preconditions';
	if (!input.attempt.hasTarget) return 'burglary.error.noTarget';
	if (liveAttempt(input.attempts)) return 'burglary.error.otherAttemptLive';
	return null;
}

// ---------------------------------------------------------------- phase

export type CampaignPhase = 'registering' | 'drawn' | 'live' | 'done' | 'published' | 'deleted';

/** Where a campaign is, derived from its timestamps. */
export function campaignPhase(input: {
	drawn: boolean;
	attempts: readonly AttemptTimes[];
	publishedAtMs: number | null;
	deletedAtMs: number | null;
}): CampaignPhase {
	if (input.deletedAtMs !== null) return 'deleted';
	if (input.publishedAtMs !== null) return 'published';
	if (liveAttempt(input.attempts)) return 'live';
	if (input.attempts.length > 0 && input.attempts.every((a) => a.endedAtMs !== null)) return 'done';
	return input.drawn ? 'drawn' : 'registering';
}

/** Registration stays open until the outcome is out (late registrants still hear it). */
export function registrationOpen(phase: CampaignPhase): boolean {
	return phase !== 'published' && phase !== 'deleted';
}

/** The draw may be (re)done until an attempt has started. */
export function mayDraw(phase: CampaignPhase, anyStarted: boolean): boolean {
	return (phase === 'registering' || phase === 'drawn') && !anyStarted;
}
