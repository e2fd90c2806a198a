import { describe, expect, it } from 'vitest';
import { defaultSettings } from './campaign';
import {
	callInputSchema,
	campaignSettingsSchema,
	houseNumberSchema,
	postcodeSchema,
	preventionSchema,
	registrationSchema
} from './schemas';

/** The message keys of a failed parse, by path ('' for the root). */
function issues(result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
	return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const valid = {
	name: 'Fam. Jansen',
	email: ' Jansen@Voorbeeld.NL ',
	postcode: '3511 ab',
	houseNumber: '12',
	place: { lat: 52.09, lng: 5.12 },
	awayDates: [],
	consent: true
};

describe('postcode', () => {
	it('is stored without space, in capitals', () => {
		expect(postcodeSchema.parse('1234 ab')).toBe('1234AB');
		expect(postcodeSchema.parse(' 1234ab ')).toBe('1234AB');
		expect(postcodeSchema.parse('1234  Ab')).toBe('1234AB');
	});

	it('refuses what is no Dutch postcode', () => {
		for (const bad of ['0123AB', '123AB', '12345A', '1234A', '1234ABC', 'ABCD12', '', '1234 a1']) {
			const r = postcodeSchema.safeParse(bad);
			expect(r.success, bad).toBe(false);
			expect(issues(r)[0]!.message).toBe('burglary.error.postcode');
		}
	});
});

describe('house number', () => {
	it('takes additions', () => {
		expect(houseNumberSchema.parse('12')).toBe('12');
		expect(houseNumberSchema.parse('12a')).toBe('12a');
		expect(houseNumberSchema.parse('12-2')).toBe('12-2');
		expect(houseNumberSchema.parse(' 12   bis ')).toBe('12 bis');
		expect(houseNumberSchema.parse('12 A')).toBe('12 A');
	});

	it('refuses a missing number or a long tail', () => {
		for (const bad of ['', 'a12', '123456789012', '12 abcdefg', '12/3', 'twaalf']) {
			const r = houseNumberSchema.safeParse(bad);
			expect(r.success, bad).toBe(false);
			expect(issues(r)[0]!.message).toBe('burglary.error.houseNumber');
		}
	});
});

describe('registration', () => {
	it('normalises what it accepts', () => {
		expect(registrationSchema.parse(valid)).toEqual({
			...valid,
			email: 'jansen@voorbeeld.nl',
			postcode: '3511AB'
		});
	});

	it('refuses a registration without consent', () => {
		for (const consent of [false, undefined, 'true', 1]) {
			const r = registrationSchema.safeParse({ ...valid, consent });
			expect(r.success).toBe(false);
			expect(issues(r)).toEqual([{ path: 'consent', message: 'burglary.error.consent' }]);
		}
	});

	it('names the field of each mistake with a catalogue key', () => {
		const r = registrationSchema.safeParse({
			...valid,
			name: '  ',
			email: 'geen-adres',
			postcode: '0123AB',
			houseNumber: 'x',
			awayDates: ['2026-13-45', 'morgen']
		});
		const byPath = Object.fromEntries(issues(r).map((i) => [i.path, i.message]));
		expect(byPath).toMatchObject({
			name: 'burglary.error.name',
			email: 'burglary.error.email',
			postcode: 'burglary.error.postcode',
			houseNumber: 'burglary.error.houseNumber',
			'awayDates.0': 'burglary.error.date',
			'awayDates.1': 'burglary.error.date'
		});
	});

	it('a pin is optional (the geocoder may place the home), but must be on earth', () => {
		expect(registrationSchema.safeParse({ ...valid, place: null }).success).toBe(true);
		expect(registrationSchema.safeParse({ ...valid, place: { lat: 91, lng: 5 } }).success).toBe(false);
	});
});

describe('campaign settings', () => {
	const base = {
		...defaultSettings('2026-03-01', 'Boef 1'),
		periodStart: '2026-03-02',
		periodEnd: '2026-03-22'
	};
	const area = [
		{ lat: 52.09, lng: 5.1 },
		{ lat: 52.1, lng: 5.1 },
		{ lat: 52.1, lng: 5.11 }
	];

	it('accepts the defaults', () => {
		expect(campaignSettingsSchema.safeParse(base).success).toBe(true);
		expect(campaignSettingsSchema.safeParse({ ...base, area }).success).toBe(true);
	});

	it('the period must not end before it starts, nor last longer than 92 days', () => {
		expect(issues(campaignSettingsSchema.safeParse({ ...base, periodEnd: '2026-03-01' }))).toEqual([
			{ path: 'periodEnd', message: 'burglary.error.periodOrder' }
		]);
		// One day is a period; 92 days is the longest.
		expect(campaignSettingsSchema.safeParse({ ...base, periodEnd: base.periodStart }).success).toBe(true);
		expect(campaignSettingsSchema.safeParse({ ...base, periodEnd: '2026-06-02' }).success).toBe(true);
		expect(issues(campaignSettingsSchema.safeParse({ ...base, periodEnd: '2026-06-03' }))).toEqual([
			{ path: 'periodEnd', message: 'burglary.error.periodLength' }
		]);
	});

	it('an area has at least three points, or none', () => {
		expect(issues(campaignSettingsSchema.safeParse({ ...base, area: area.slice(0, 2) }))).toEqual([
			{ path: 'area', message: 'burglary.error.area' }
		]);
		expect(issues(campaignSettingsSchema.safeParse({ ...base, area: area.slice(0, 1) }))).toEqual([
			{ path: 'area', message: 'burglary.error.area' }
		]);
	});

	it('limits and the boeven', () => {
		const keys = (s: unknown) => issues(campaignSettingsSchema.safeParse(s)).map((i) => i.message);
		expect(keys({ ...base, targetCount: 0 })).toEqual(['burglary.error.targetCount']);
		expect(keys({ ...base, targetCount: 11 })).toEqual(['burglary.error.targetCount']);
		expect(keys({ ...base, stopWindowMinutes: 0 })).toEqual(['burglary.error.stopWindow']);
		expect(keys({ ...base, retentionDays: 0 })).toEqual(['burglary.error.retention']);
		expect(keys({ ...base, boeven: [] })).toEqual(['burglary.error.noBoef']);
		expect(keys({ ...base, boeven: [base.boeven[0], base.boeven[0]] })).toEqual(['error.invalidInput']);
		// A day that does not exist is refused, not rolled over into the next month.
		expect(keys({ ...base, periodStart: '2026-02-30' })).toEqual(['burglary.error.date']);
		expect(keys({ ...base, periodStart: '2026-02-28' })).toEqual([]);
	});
});

describe('prevention and calls', () => {
	it('prevention items take ok, weak or not-checked; unknown items are refused', () => {
		expect(preventionSchema.safeParse({ 'windows-closed': 'ok', lights: 'weak' }).success).toBe(true);
		expect(preventionSchema.safeParse({ lights: 'bad' }).success).toBe(false);
		expect(preventionSchema.safeParse({ alarm: 'ok' }).success).toBe(false);
	});

	it('a call needs its id, attempt, number and time', () => {
		const call = {
			id: '6f1e0b55-0000-4000-8000-000000000001',
			attemptId: '6f1e0b55-0000-4000-8000-000000000002',
			number: '112',
			atMs: Date.UTC(2026, 2, 5, 20)
		};
		expect(callInputSchema.safeParse(call).success).toBe(true);
		expect(callInputSchema.safeParse({ ...call, number: '113' }).success).toBe(false);
		expect(callInputSchema.safeParse({ ...call, atMs: 0 }).success).toBe(false);
	});
});
