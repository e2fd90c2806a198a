import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatTime } from './dates';

describe('dates', () => {
	it('writes a calendar day in words in either language', () => {
		expect(formatDay('2025-06-01', 'nl')).toBe('1 juni 2025');
		expect(formatDay('2025-06-01', 'en')).toBe('1 June 2025');
		expect(formatDay('garbage', 'nl')).toBe('garbage');
	});
	it('uses Dutch time, whatever the zone of the phone', () => {
		// 23:30 UTC on 31 May is 01:30 on 1 June in Amsterdam (summer time).
		const ms = Date.parse('2025-05-31T23:30:00Z');
		expect(formatDate(ms, 'nl')).toBe('1 juni 2025');
		expect(formatTime(ms, 'nl')).toBe('01:30');
	});
});
