import { describe, expect, it } from 'vitest';
import type { PublicAttempt } from '$lib/domain/burglary/public-outcome';
import { attemptFigures, longDate, responseMinutes } from './outcome-figures';

describe('responseMinutes', () => {
	it('rounds to whole minutes and keeps "none" apart from "within a minute"', () => {
		expect(responseMinutes(null)).toBeNull();
		expect(responseMinutes(20_000)).toBe(0);
		expect(responseMinutes(90_000)).toBe(2);
		expect(responseMinutes(4 * 60_000 + 10_000)).toBe(4);
	});
});

describe('attemptFigures', () => {
	const base: PublicAttempt = {
		number: 1,
		outcome: {
			stopped: true,
			byRule: true,
			overridden: false,
			calls: { '112': 3, '0900-8844': 1 },
			reports: 2,
			firstResponseMs: 5 * 60_000,
			firstResponse: 'report'
		},
		reportersCalled: { '112': 1, '0900-8844': 0 },
		prevention: { ok: 4, weak: 2, 'not-checked': 1 }
	};

	it('flattens a held attempt', () => {
		expect(attemptFigures(base)).toEqual({
			number: 1,
			held: true,
			stopped: true,
			overridden: false,
			calls112: 3,
			calls0900: 1,
			reports: 2,
			reportersCalled112: 1,
			reportersCalled0900: 0,
			firstResponseMinutes: 5,
			firstResponse: 'report',
			prevention: { ok: 4, weak: 2, notChecked: 1 }
		});
	});

	it('shows an attempt that never started as not held, with no response', () => {
		const f = attemptFigures({ ...base, number: 2, outcome: null });
		expect(f.held).toBe(false);
		expect(f.stopped).toBe(false);
		expect(f.firstResponseMinutes).toBeNull();
		expect(f.calls112).toBe(0);
	});
});

describe('longDate', () => {
	it('writes the date in Dutch time', () => {
		// 23:30 UTC on 31 May is already 1 June in Amsterdam.
		expect(longDate(Date.parse('2025-05-31T23:30:00Z'), 'nl')).toBe('1 juni 2025');
		expect(longDate(Date.parse('2025-05-31T23:30:00Z'), 'en')).toBe('1 June 2025');
	});
});
