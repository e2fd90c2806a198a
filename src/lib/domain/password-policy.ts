/**
 * Password rules (NIST SP 800-63B style): long rather than complex, no composition rules,
 * refuse well-known and personal passwords. Returns a message key, or null when acceptable.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** Upper bound keeps hashing cost bounded (argon2 hashes the whole input). */
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set([
	'123456789012',
	'1234567890123',
	'qwertyuiopas',
	'wachtwoord123',
	'wachtwoord1234',
	'welkomwelkom',
	'welkom123456',
	'password1234',
	'passwordpassword',
	'politiepolitie',
	'duizendogen123',
	'aaaaaaaaaaaa'
]);

export type PasswordProblem =
	'password.tooShort' | 'password.tooLong' | 'password.tooCommon' | 'password.personal';

export function checkPassword(
	password: string,
	personal: { email?: string; name?: string } = {}
): PasswordProblem | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) return 'password.tooShort';
	if (length > PASSWORD_MAX_LENGTH) return 'password.tooLong';
	const lower = password.toLowerCase();
	if (COMMON.has(lower) || new Set(lower).size <= 2) return 'password.tooCommon';
	const localPart = personal.email?.split('@')[0]?.toLowerCase();
	if (localPart && localPart.length >= 4 && lower.includes(localPart)) return 'password.personal';
	if (personal.email && lower === personal.email.toLowerCase()) return 'password.personal';
	const name = personal.name?.trim().toLowerCase();
	if (name && name.length >= 4 && lower === name) return 'password.personal';
	return null;
}
