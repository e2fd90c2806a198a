import type { Cookies } from '@sveltejs/kit';
import { DEVICE_MAX_AGE_MS } from '$lib/server/services/login-guard';

/**
 * The known-device cookie: a random token (only its hash is stored) that a browser gets at a
 * successful login, so the login throttle can tell the owner from an attacker elsewhere. Sent
 * only to /login, HttpOnly, Secure except over plain HTTP to the local machine (as the session
 * cookie). It grants nothing by itself: the password is still needed.
 */
export const DEVICE_COOKIE = 'do_device';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function setDeviceCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(DEVICE_COOKIE, token, {
		path: '/login',
		httpOnly: true,
		sameSite: 'lax',
		secure: !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)),
		maxAge: Math.floor(DEVICE_MAX_AGE_MS / 1000)
	});
}
