import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MAX_LENGTH } from './password-policy';

describe('checkPassword', () => {
	it('accepts a long passphrase', () => {
		expect(checkPassword('fiets op de dijk bij regen')).toBeNull();
	});
	it('refuses anything shorter than 12 characters, counting characters not bytes', () => {
		expect(checkPassword('kort-wachtw')).toBe('password.tooShort');
		expect(checkPassword('ééééééééééé')).toBe('password.tooShort');
	});
	it('refuses passwords over the maximum length', () => {
		expect(checkPassword('x'.repeat(PASSWORD_MAX_LENGTH) + 'y')).toBe('password.tooLong');
	});
	it('refuses well-known and repetitive passwords', () => {
		expect(checkPassword('Wachtwoord123')).toBe('password.tooCommon');
		expect(checkPassword('abababababababab')).toBe('password.tooCommon');
	});
	it('refuses passwords built on the e-mail address or equal to the name', () => {
		expect(checkPassword('jansen.wijk2026!', { email: 'jansen.wijk@politie.nl' })).toBe('password.personal');
		expect(checkPassword('Marieke de Vries', { name: 'marieke de vries' })).toBe('password.personal');
	});
});
