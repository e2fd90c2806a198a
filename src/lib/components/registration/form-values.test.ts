import { describe, expect, it } from 'vitest';
import {
	expandRanges,
	issuesToFields,
	placeFrom,
	registrationInput,
	toRanges,
	valuesFromForm
} from './form-values';

describe('toRanges', () => {
	it('joins consecutive days into periods, sorted and once each', () => {
		expect(toRanges(['2025-06-03', '2025-06-01', '2025-06-02', '2025-06-10', '2025-06-02'])).toEqual([
			{ from: '2025-06-01', to: '2025-06-03' },
			{ from: '2025-06-10', to: '' }
		]);
	});
	it('crosses month ends and drops malformed dates', () => {
		expect(toRanges(['2025-06-30', '2025-07-01', 'nonsense'])).toEqual([
			{ from: '2025-06-30', to: '2025-07-01' }
		]);
	});
	it('gives nothing for no dates', () => {
		expect(toRanges([])).toEqual([]);
	});
});

describe('expandRanges', () => {
	it('lists every day of a period and single days', () => {
		expect(
			expandRanges([
				{ from: '2025-06-01', to: '2025-06-03' },
				{ from: '2025-06-10', to: '' }
			])
		).toEqual(['2025-06-01', '2025-06-02', '2025-06-03', '2025-06-10']);
	});
	it('reads a reversed period the right way round and a lone "until" as one day', () => {
		expect(expandRanges([{ from: '2025-06-03', to: '2025-06-02' }])).toEqual(['2025-06-02', '2025-06-03']);
		expect(expandRanges([{ from: '', to: '2025-06-05' }])).toEqual(['2025-06-05']);
	});
	it('skips empty rows, merges overlaps and is the inverse of toRanges', () => {
		const rows = [
			{ from: '2025-06-01', to: '2025-06-02' },
			{ from: '', to: '' },
			{ from: '2025-06-02', to: '2025-06-04' }
		];
		const days = expandRanges(rows);
		expect(days).toEqual(['2025-06-01', '2025-06-02', '2025-06-03', '2025-06-04']);
		expect(expandRanges(toRanges(days))).toEqual(days);
	});
	it('passes malformed dates on for the service to refuse', () => {
		expect(expandRanges([{ from: '2025-13-45', to: '' }])).toEqual(['2025-13-45']);
	});
	it('caps a period at the longest campaign', () => {
		expect(expandRanges([{ from: '2025-01-01', to: '2035-01-01' }])).toHaveLength(93);
	});
});

describe('placeFrom', () => {
	it('needs two numbers of a real place', () => {
		expect(placeFrom('52.1', '5.3')).toEqual({ lat: 52.1, lng: 5.3 });
		expect(placeFrom('', '5.3')).toBeNull();
		expect(placeFrom('abc', '5.3')).toBeNull();
		expect(placeFrom('95', '5.3')).toBeNull();
		expect(placeFrom(null, null)).toBeNull();
	});
});

describe('valuesFromForm and registrationInput', () => {
	it('reads the posted form into the service input', () => {
		const form = new FormData();
		form.set('name', 'An de Vries');
		form.set('email', 'an@example.nl');
		form.set('postcode', '1234 ab');
		form.set('houseNumber', '12a');
		form.set('lat', '52.09');
		form.set('lng', '5.12');
		form.append('awayFrom', '2025-06-01');
		form.append('awayTo', '2025-06-02');
		form.append('awayFrom', '');
		form.append('awayTo', '');
		form.set('consent', 'yes');
		const values = valuesFromForm(form);
		expect(values.away).toEqual([{ from: '2025-06-01', to: '2025-06-02' }]);
		expect(registrationInput(values)).toEqual({
			name: 'An de Vries',
			email: 'an@example.nl',
			postcode: '1234 ab',
			houseNumber: '12a',
			place: { lat: 52.09, lng: 5.12 },
			awayDates: ['2025-06-01', '2025-06-02'],
			consent: true
		});
	});
	it('has no consent and no place unless given', () => {
		const values = valuesFromForm(new FormData());
		expect(values.consent).toBe(false);
		expect(values.place).toBeNull();
		expect(registrationInput(values).consent).toBe(false);
	});
});

describe('issuesToFields', () => {
	it('keeps the first message per field and replaces unknown keys', () => {
		expect(
			issuesToFields([
				{ path: 'postcode', messageKey: 'burglary.error.postcode' },
				{ path: 'postcode', messageKey: 'error.invalidInput' },
				{ path: 'place', messageKey: 'not.a.key' },
				{ path: 'name', messageKey: 'error.tooLong' },
				{ path: '', messageKey: 'burglary.error.consent' }
			])
		).toEqual({
			postcode: { key: 'burglary.error.postcode' },
			place: { key: 'error.invalidInput' },
			name: { key: 'error.tooLong', params: { max: 100 } },
			form: { key: 'burglary.error.consent' }
		});
	});
});
