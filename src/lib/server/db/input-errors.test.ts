import { describe, expect, it } from 'vitest';
import { isBadInputError } from './input-errors';

describe('isBadInputError', () => {
	it('knows data exceptions, also inside a wrapper', () => {
		expect(isBadInputError({ code: '22P02' })).toBe(true);
		expect(isBadInputError({ code: '22021' })).toBe(true);
		expect(isBadInputError(Object.assign(new Error('query failed'), { cause: { code: '22001' } }))).toBe(
			true
		);
	});
	it('leaves every other error a bug or an outage', () => {
		expect(isBadInputError({ code: '23505' })).toBe(false);
		expect(isBadInputError({ code: '57P01' })).toBe(false);
		expect(isBadInputError({ code: 'ECONNREFUSED' })).toBe(false);
		expect(isBadInputError(new TypeError('x is undefined'))).toBe(false);
		expect(isBadInputError(null)).toBe(false);
		expect(isBadInputError('22P02')).toBe(false);
	});
});
