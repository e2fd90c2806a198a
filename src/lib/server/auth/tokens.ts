import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. Used for login sessions and participant identities. */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a copy of the database cannot be used to log in. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
