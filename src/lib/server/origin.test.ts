import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { hostAllowed, mailOrigin, originPolicy, publicOrigin, sessionCookieSecure } from './origin';

const none = originPolicy({ ORIGIN: undefined, NODE_ENV: 'production', HOST_HEADER: undefined });
const https = originPolicy({
	ORIGIN: 'https://duizendogen.example.nl',
	NODE_ENV: 'production',
	HOST_HEADER: undefined
});
const lan = originPolicy({
	ORIGIN: 'http://buurthuis.lan:3000',
	NODE_ENV: 'production',
	HOST_HEADER: undefined
});
const forged = new URL('http://evil.example/r/123456');

describe('links', () => {
	it('come from ORIGIN whatever the request named', () => {
		expect(publicOrigin(forged, https)).toBe('https://duizendogen.example.nl');
		expect(mailOrigin(forged, https)).toBe('https://duizendogen.example.nl');
	});
	it('without ORIGIN: on screen from the request, by e-mail only for this machine', () => {
		expect(publicOrigin(forged, none)).toBe('http://evil.example');
		expect(mailOrigin(new URL('http://localhost:3000/r/1'), none)).toBe('http://localhost:3000');
		expect(mailOrigin(new URL('http://127.0.0.1:3000/r/1'), none)).toBe('http://127.0.0.1:3000');
		expect(() => mailOrigin(forged, none)).toThrow(AppError);
	});
});

describe('hostAllowed', () => {
	it('in production with ORIGIN: its host, or this machine', () => {
		expect(hostAllowed('duizendogen.example.nl', https)).toBe(true);
		expect(hostAllowed('DuizendOgen.example.nl', https)).toBe(true);
		expect(hostAllowed('localhost:3000', https)).toBe(true);
		expect(hostAllowed('evil.example', https)).toBe(false);
		expect(hostAllowed('duizendogen.example.nl.evil.example', https)).toBe(false);
		expect(hostAllowed('buurthuis.lan', lan)).toBe(false);
		expect(hostAllowed(null, https)).toBe(false);
	});
	it('is off without ORIGIN or outside production', () => {
		expect(hostAllowed('evil.example', none)).toBe(true);
		const dev = originPolicy({
			ORIGIN: 'https://x.example',
			NODE_ENV: 'development',
			HOST_HEADER: undefined
		});
		expect(hostAllowed('evil.example', dev)).toBe(true);
	});
});

describe('session cookie and HSTS', () => {
	it('follow the scheme of ORIGIN', () => {
		expect(sessionCookieSecure(new URL('http://internal:3000/'), https)).toBe(true);
		expect(https.hsts).toBe(true);
		expect(sessionCookieSecure(new URL('http://buurthuis.lan:3000/'), lan)).toBe(false);
		expect(lan.hsts).toBe(false);
	});
	it('without ORIGIN follow the request', () => {
		expect(sessionCookieSecure(new URL('http://buurthuis.lan/'), none)).toBe(false);
		expect(sessionCookieSecure(new URL('https://buurthuis.lan/'), none)).toBe(true);
		expect(none.hsts).toBe(false);
	});
});
