/**
 * Houd u de boef tegen?: was the boef stopped? The rule police use: a call to 112 or
 * 0900-8844, or a report, within a set time after the attempt started. The organiser has the
 * final say (a call about something else, a report that came through another way). Pure, so
 * the rule is tested here and every screen and e-mail shows the same outcome.
 */

export const CALL_NUMBERS = ['112', '0900-8844'] as const;
export type CallNumber = (typeof CALL_NUMBERS)[number];

/** A call the meldkamer counted, entered by the organiser. */
export interface CountedCall {
	number: CallNumber;
	/** When it came in, epoch ms. */
	atMs: number;
}

/** A report from a participant's phone (the SAAR form), possibly saying they called. */
export interface NeighbourReport {
	atMs: number;
	/** The number the reporter says they called, if any. */
	called: CallNumber | null;
}

/** Default window after the start in which a call or report stops the boef, ms. */
export const DEFAULT_STOP_WINDOW_MS = 15 * 60_000;

export interface OutcomeInput {
	/** When the attempt started, epoch ms. */
	startedAtMs: number;
	calls: readonly CountedCall[];
	reports: readonly NeighbourReport[];
	/** A call or report within this long after the start stops the boef; default 15 min. */
	stopWindowMs?: number;
	/** The organiser's final say, overriding the rule; null or absent: the rule decides. */
	override?: { stopped: boolean } | null;
}

export interface Outcome {
	stopped: boolean;
	/** What the rule alone says (shown beside an override). */
	byRule: boolean;
	overridden: boolean;
	/** Counted calls per number (the meldkamer's figures). */
	calls: Record<CallNumber, number>;
	reports: number;
	/** Time from the start to the first call or report, ms; null when none came. */
	firstResponseMs: number | null;
	/** What came first. */
	firstResponse: 'call' | 'report' | null;
}

/** The outcome of one attempt. Calls and reports before the start do not count. */
export function attemptOutcome(input: OutcomeInput): Outcome {
	const window = input.stopWindowMs ?? DEFAULT_STOP_WINDOW_MS;
	const start = input.startedAtMs;
	const calls = input.calls.filter((c) => c.atMs >= start);
	const reports = input.reports.filter((r) => r.atMs >= start);
	const firstCall = Math.min(...calls.map((c) => c.atMs));
	const firstReport = Math.min(...reports.map((r) => r.atMs));
	const first = Math.min(firstCall, firstReport);
	const byRule = Number.isFinite(first) && first - start <= window;
	const override = input.override ?? null;
	const counts = Object.fromEntries(CALL_NUMBERS.map((n) => [n, 0])) as Record<CallNumber, number>;
	for (const c of calls) counts[c.number]++;
	return {
		stopped: override ? override.stopped : byRule,
		byRule,
		overridden: override !== null && override.stopped !== byRule,
		calls: counts,
		reports: reports.length,
		firstResponseMs: Number.isFinite(first) ? first - start : null,
		firstResponse: !Number.isFinite(first) ? null : firstCall <= firstReport ? 'call' : 'report'
	};
}
