/**
 * Pure derivations for the anonymous outcome display: the figures per attempt as the summary
 * shows them, so the page, the review and tests agree without rendering a component.
 */
import type { PublicAttempt } from '$lib/domain/burglary/public-outcome';

/** Time to the first response as whole minutes; 0 means "within the first minute". */
export function responseMinutes(ms: number | null): number | null {
	if (ms === null) return null;
	return Math.max(0, Math.round(ms / 60_000));
}

export interface AttemptFigures {
	number: number;
	held: boolean;
	stopped: boolean;
	overridden: boolean;
	calls112: number;
	calls0900: number;
	reports: number;
	reportersCalled112: number;
	reportersCalled0900: number;
	firstResponseMinutes: number | null;
	firstResponse: 'call' | 'report' | null;
	prevention: { ok: number; weak: number; notChecked: number };
}

export function attemptFigures(a: PublicAttempt): AttemptFigures {
	const o = a.outcome;
	return {
		number: a.number,
		held: o !== null,
		stopped: o?.stopped ?? false,
		overridden: o?.overridden ?? false,
		calls112: o?.calls['112'] ?? 0,
		calls0900: o?.calls['0900-8844'] ?? 0,
		reports: o?.reports ?? 0,
		reportersCalled112: a.reportersCalled['112'],
		reportersCalled0900: a.reportersCalled['0900-8844'],
		firstResponseMinutes: responseMinutes(o?.firstResponseMs ?? null),
		firstResponse: o?.firstResponse ?? null,
		prevention: { ok: a.prevention.ok, weak: a.prevention.weak, notChecked: a.prevention['not-checked'] }
	};
}

/** "12 mei 2025" (nl) or "12 May 2025" (en), in Dutch time. */
export function longDate(ms: number, locale: string): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'long',
		timeZone: 'Europe/Amsterdam'
	}).format(ms);
}
