/**
 * Pure derivations of the organiser's live attempt dashboard: the attempt's clock and stop
 * window, its tally of reports and calls (the same outcome rule the server and the e-mail use),
 * and the meldkamer call time the organiser types in Dutch time. No Svelte, so tests run fast.
 */
import { dutchDate } from '$lib/domain/burglary/campaign';
import { CALL_NUMBERS, type CallNumber } from '$lib/domain/burglary/outcome';
import { outcomeOf } from '$lib/domain/burglary/public-outcome';
import type { HostAttempt, HostBurglaryReport } from '$lib/domain/burglary/views';
import { dutchLocalToMs, msToDutchLocal } from '../../format';

export type AttemptState = 'waiting' | 'live' | 'ended';

export function attemptState(a: Pick<HostAttempt, 'startedAtMs' | 'endedAtMs'>): AttemptState {
	if (a.startedAtMs === null) return 'waiting';
	return a.endedAtMs === null ? 'live' : 'ended';
}

/** "05:07", "75:00": minutes and seconds, minutes not wrapped into hours; negative counts as 0. */
export function mmss(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const m = Math.floor(total / 60);
	const s = total % 60;
	return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export interface AttemptClock {
	/** Time since the start (to the end once ended), ms. */
	elapsedMs: number;
	/** The stop window's length, ms. */
	windowMs: number;
	/** Time left in the stop window, ms (0 once it closed or the attempt ended). */
	windowLeftMs: number;
	windowOpen: boolean;
}

/** The attempt's clock at `nowMs` (server time), or null before the start. */
export function attemptClock(
	a: Pick<HostAttempt, 'startedAtMs' | 'endedAtMs'>,
	nowMs: number,
	stopWindowMinutes: number
): AttemptClock | null {
	if (a.startedAtMs === null) return null;
	const at = Math.max(a.startedAtMs, Math.min(nowMs, a.endedAtMs ?? Infinity));
	const windowMs = stopWindowMinutes * 60_000;
	const windowLeftMs = Math.max(0, a.startedAtMs + windowMs - at);
	return {
		elapsedMs: at - a.startedAtMs,
		windowMs,
		windowLeftMs,
		windowOpen: windowLeftMs > 0 && a.endedAtMs === null
	};
}

/** The reports that belong to one attempt, in the order they were made. */
export function attemptReports(
	reports: readonly HostBurglaryReport[],
	attemptId: string
): HostBurglaryReport[] {
	return reports.filter((r) => r.attemptId === attemptId).sort((a, b) => a.reportedAtMs - b.reportedAtMs);
}

export interface AttemptTally {
	reports: number;
	/** How many reporters said they called each number. */
	reportersCalled: Record<CallNumber, number>;
	/** The meldkamer's counted calls per number (since the start). */
	calls: Record<CallNumber, number>;
	firstResponseMs: number | null;
	firstResponse: 'call' | 'report' | null;
	stoppedByRule: boolean;
	stopped: boolean;
	overridden: boolean;
}

/** The live tally of one attempt under the campaign's stop rule; null before the start. */
export function attemptTally(
	a: Pick<HostAttempt, 'number' | 'startedAtMs' | 'endedAtMs' | 'prevention' | 'override' | 'calls' | 'id'>,
	reports: readonly HostBurglaryReport[],
	stopWindowMinutes: number
): AttemptTally | null {
	const mine = attemptReports(reports, a.id);
	const outcome = outcomeOf(
		{
			number: a.number,
			startedAtMs: a.startedAtMs,
			endedAtMs: a.endedAtMs,
			prevention: a.prevention,
			override: a.override,
			calls: a.calls,
			reports: mine.map((r) => ({ atMs: r.reportedAtMs, channel: r.channel }))
		},
		stopWindowMinutes
	);
	if (!outcome) return null;
	const reportersCalled = Object.fromEntries(CALL_NUMBERS.map((n) => [n, 0])) as Record<CallNumber, number>;
	for (const r of mine) if (r.channel !== 'buurtapp') reportersCalled[r.channel]++;
	return {
		reports: outcome.reports,
		reportersCalled,
		calls: outcome.calls,
		firstResponseMs: outcome.firstResponseMs,
		firstResponse: outcome.firstResponse,
		stoppedByRule: outcome.byRule,
		stopped: outcome.stopped,
		overridden: outcome.overridden
	};
}

// ---------------------------------------------------------------- Dutch clock time

/** "14:05": the clock time in the Netherlands, for an `<input type="time">`. */
export function dutchClock(ms: number): string {
	return msToDutchLocal(ms).slice(11, 16);
}

/**
 * When a call came in, from the "HH:MM" the organiser typed (Dutch time): today in the
 * Netherlands, or yesterday when that would be in the future (an attempt past midnight).
 * The meldkamer logs whole minutes, so a call in the minute the attempt started counts from
 * the start (else the rule would drop it as "before the start"). Null for anything not a time.
 */
export function callTimeMs(hhmm: string, nowMs: number, startedAtMs: number | null = null): number | null {
	if (!/^\d{2}:\d{2}$/.test(hhmm)) return null;
	let at = dutchLocalToMs(`${dutchDate(nowMs)}T${hhmm}`);
	if (at !== null && at > nowMs + 60_000) at = dutchLocalToMs(`${dutchDate(nowMs - 24 * 3_600_000)}T${hhmm}`);
	if (at !== null && startedAtMs !== null && at < startedAtMs && startedAtMs - at < 60_000)
		return startedAtMs;
	return at;
}
