import { describe, expect, it } from 'vitest';
import { addressQuery } from './geocoder';

describe('addressQuery', () => {
	it('asks for the number alone when there is no addition', () => {
		expect(addressQuery('3511AB', '12')).toBe('postcode:3511AB and huisnummer:12');
	});

	it('takes one letter as the house letter, upper-case', () => {
		expect(addressQuery('3511AB', '12a')).toBe('postcode:3511AB and huisnummer:12 and huisletter:A');
		expect(addressQuery('3511AB', '12 B')).toBe('postcode:3511AB and huisnummer:12 and huisletter:B');
	});

	it('takes anything longer as the toevoeging', () => {
		expect(addressQuery('3511AB', '12-2')).toBe(
			'postcode:3511AB and huisnummer:12 and huisnummertoevoeging:2'
		);
		expect(addressQuery('3511AB', '12 bis')).toBe(
			'postcode:3511AB and huisnummer:12 and huisnummertoevoeging:bis'
		);
	});

	it('asks nothing for what is not a house number', () => {
		expect(addressQuery('3511AB', 'twaalf')).toBeNull();
		expect(addressQuery('3511AB', '')).toBeNull();
	});
});
