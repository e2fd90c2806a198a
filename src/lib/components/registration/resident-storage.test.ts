import { describe, expect, it } from 'vitest';
import { residentKey, tokenFromLocation } from './resident-storage';

describe('resident storage', () => {
	it('keys the token by the campaign code, the rest beside it', () => {
		expect(residentKey('123456', 'token')).toBe('duizend-ogen:resident:123456');
		expect(residentKey('123456', 'queue')).toBe('duizend-ogen:resident:123456:queue');
	});
	it('finds the token in the personal page address', () => {
		const token = 'rJO0kSZ55AuTOznUflhgVRTl0-DWAsC3aNg3cTPbmXk';
		expect(tokenFromLocation(`/mijn/${token}?aangemeld`)).toBe(token);
		expect(tokenFromLocation(`http://localhost/mijn/${token}`)).toBe(token);
		expect(tokenFromLocation('/mijn/verwijderd?code=123456')).toBeNull();
		expect(tokenFromLocation('/r/123456')).toBeNull();
	});
});
