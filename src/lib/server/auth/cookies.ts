import type { Cookies } from '@sveltejs/kit';
import { sessionCookieSecure } from '../origin';

export const SESSION_COOKIE = 'do_session';

/**
 * HttpOnly, SameSite=Lax; Secure decided by ORIGIN's scheme (see origin.ts). A Secure cookie
 * over plain HTTP is never sent back, so a community centre without TLS (http://buurthuis.lan)
 * could not log in at all; without ORIGIN the request's own scheme decides.
 */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: sessionCookieSecure(url),
		expires: expiresAt
	});
}

/** Deleting takes the same Secure flag: over plain HTTP a Secure Set-Cookie is dropped. */
export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', secure: sessionCookieSecure(url) });
}
