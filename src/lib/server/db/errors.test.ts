import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isDataError, isUniqueViolation } from './errors';

const wrapped = (code: string) => ({ message: 'Failed query', cause: { code } });

describe('database error kinds', () => {
	it('reads the SQLSTATE on the error or on its cause', () => {
		expect(isUniqueViolation({ code: '23505' })).toBe(true);
		expect(isUniqueViolation(wrapped('23505'))).toBe(true);
		expect(isUniqueViolation(wrapped('22021'))).toBe(false);
	});

	it('calls a refused row a data error, not an outage', () => {
		for (const code of ['22021', '22P05', '23503', '22003']) {
			expect(isDataError(wrapped(code))).toBe(true);
			expect(isDatabaseUnavailable(wrapped(code))).toBe(false);
		}
	});

	it('calls a lost or refused connection an outage', () => {
		for (const code of ['ECONNREFUSED', 'CONNECTION_CLOSED', '57P01', '08006', '53300'])
			expect(isDatabaseUnavailable(wrapped(code))).toBe(true);
		expect(isDatabaseUnavailable(new Error('bug'))).toBe(false);
		expect(isDatabaseUnavailable(null)).toBe(false);
	});
});
