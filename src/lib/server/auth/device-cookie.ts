import type { Cookies } from '@sveltejs/kit';
import { DEVICE_MAX_AGE_MS } from '$lib/server/services/login-guard';
import { sessionCookieSecure } from '../origin';

/**
 * The known-device cookie: a random token (only its hash is stored) that a browser gets at a
 * successful login, so the login throttle can tell the owner from an attacker elsewhere. Sent
 * only to /login, HttpOnly, Secure as the session cookie is (by ORIGIN's scheme). It grants
 * nothing by itself: the password is still needed.
 */
export const DEVICE_COOKIE = 'do_device';

export function setDeviceCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(DEVICE_COOKIE, token, {
		path: '/login',
		httpOnly: true,
		sameSite: 'lax',
		secure: sessionCookieSecure(url),
		maxAge: Math.floor(DEVICE_MAX_AGE_MS / 1000)
	});
}
