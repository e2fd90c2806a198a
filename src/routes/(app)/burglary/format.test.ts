import { describe, expect, it } from 'vitest';
import { day, dutchLocalToMs, msToDutchLocal } from './format';

describe('Dutch wall time for datetime-local inputs', () => {
	it('reads winter time as UTC+1 and summer time as UTC+2', () => {
		expect(dutchLocalToMs('2025-01-15T10:30')).toBe(Date.parse('2025-01-15T09:30:00Z'));
		expect(dutchLocalToMs('2025-07-15T10:30')).toBe(Date.parse('2025-07-15T08:30:00Z'));
	});

	it('handles the days the clock changes', () => {
		// 30 March 2025: 02:00 became 03:00; 26 October 2025: 03:00 became 02:00.
		expect(dutchLocalToMs('2025-03-30T01:30')).toBe(Date.parse('2025-03-30T00:30:00Z'));
		expect(dutchLocalToMs('2025-03-30T04:00')).toBe(Date.parse('2025-03-30T02:00:00Z'));
		expect(dutchLocalToMs('2025-10-26T04:00')).toBe(Date.parse('2025-10-26T03:00:00Z'));
	});

	it('refuses what is not a datetime-local value', () => {
		expect(dutchLocalToMs('')).toBeNull();
		expect(dutchLocalToMs('2025-02-30T10:00')).toBeNull();
		expect(dutchLocalToMs('2025-01-15 10:30')).toBeNull();
		expect(dutchLocalToMs('2025-01-15T24:00')).toBeNull();
	});

	it('round-trips a moment to the minute', () => {
		for (const iso of ['2025-01-15T09:30:00Z', '2025-07-15T21:59:00Z', '2025-12-31T23:05:00Z']) {
			const ms = Date.parse(iso);
			expect(msToDutchLocal(ms).length).toBe(16);
			expect(dutchLocalToMs(msToDutchLocal(ms))).toBe(ms);
		}
		expect(msToDutchLocal(Date.parse('2025-07-15T08:30:00Z'))).toBe('2025-07-15T10:30');
	});
});

describe('day', () => {
	it('names a calendar day in either language whatever the zone', () => {
		expect(day('2025-05-13', 'nl')).toMatch(/13 mei 2025/);
		expect(day('2025-05-13', 'en')).toMatch(/13 May 2025/);
		expect(day('nonsense', 'nl')).toBe('nonsense');
	});
});
