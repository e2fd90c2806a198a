import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'do_session';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * HttpOnly, SameSite=Lax, and Secure except over plain HTTP to the local machine (development
 * and tests). Production runs behind HTTPS (ORIGIN=https://...), where the cookie is Secure.
 */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)),
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
