/**
 * The outcome of a campaign as everyone may see it: whether each attempt was stopped, the
 * meldkamer's call counts, how many neighbours reported and how fast, and how many prevention
 * points were fine. No names, addresses, e-mail or a household's own weak spots: this is what
 * the public page, the review and the general e-mail show, and what is kept after the personal
 * data is deleted.
 */
import { attemptOutcome, CALL_NUMBERS, type CallNumber, type CountedCall, type Outcome } from './outcome';
import { preventionSummary, type Finding, type PreventionChecklist } from './prevention';

export interface AttemptRecord {
	number: number;
	startedAtMs: number | null;
	endedAtMs: number | null;
	prevention: PreventionChecklist;
	override: { stopped: boolean } | null;
	calls: readonly CountedCall[];
	/** The attempt's reports: when made, and which number the reporter said they called. */
	reports: readonly { atMs: number; channel: CallNumber | 'buurtapp' }[];
}

export interface PublicAttempt {
	number: number;
	/** Null when the attempt never started (e.g. cancelled). */
	outcome: Outcome | null;
	/** How many reporters said they called each number. */
	reportersCalled: Record<CallNumber, number>;
	prevention: Record<Finding, number>;
}

export interface PublicOutcome {
	publishedAtMs: number;
	/** How many households took part (registered when it was published). */
	households: number;
	stopWindowMinutes: number;
	attempts: PublicAttempt[];
}

/** One attempt's outcome under the campaign's rule, or null when it never started. */
export function outcomeOf(a: AttemptRecord, stopWindowMinutes: number): Outcome | null {
	if (a.startedAtMs === null) return null;
	return attemptOutcome({
		startedAtMs: a.startedAtMs,
		calls: a.calls,
		reports: a.reports.map((r) => ({ atMs: r.atMs, called: r.channel === 'buurtapp' ? null : r.channel })),
		stopWindowMs: stopWindowMinutes * 60_000,
		override: a.override
	});
}

export function reportersCalled(reports: AttemptRecord['reports']): Record<CallNumber, number> {
	const out = Object.fromEntries(CALL_NUMBERS.map((n) => [n, 0])) as Record<CallNumber, number>;
	for (const r of reports) if (r.channel !== 'buurtapp') out[r.channel]++;
	return out;
}

export function publicOutcome(input: {
	publishedAtMs: number;
	households: number;
	stopWindowMinutes: number;
	attempts: readonly AttemptRecord[];
}): PublicOutcome {
	return {
		publishedAtMs: input.publishedAtMs,
		households: input.households,
		stopWindowMinutes: input.stopWindowMinutes,
		attempts: [...input.attempts]
			.sort((a, b) => a.number - b.number)
			.map((a) => ({
				number: a.number,
				outcome: outcomeOf(a, input.stopWindowMinutes),
				reportersCalled: reportersCalled(a.reports),
				prevention: preventionSummary(a.prevention)
			}))
	};
}

/** Stopped at every attempt that took place (the headline of the e-mail and the page). */
export function allStopped(o: PublicOutcome): boolean {
	const held = o.attempts.filter((a) => a.outcome !== null);
	return held.length > 0 && held.every((a) => a.outcome!.stopped);
}
