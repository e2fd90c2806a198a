import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin';

const http = (host: string | undefined) => ({ host, protocol: 'http' as const });

describe('isAllowedOrigin', () => {
	it('allows a handshake without Origin (same-origin polling, non-browser clients)', () => {
		expect(isAllowedOrigin(undefined, http('app.example.nl'), [])).toBe(true);
	});
	it('allows the origin matching the Host header when no ORIGIN is configured', () => {
		expect(isAllowedOrigin('http://localhost:5173', http('localhost:5173'), [])).toBe(true);
	});
	it('refuses a foreign origin', () => {
		expect(isAllowedOrigin('https://evil.example', http('localhost:5173'), [])).toBe(false);
		expect(isAllowedOrigin('http://localhost:9999', http('localhost:5173'), [])).toBe(false);
	});
	it('uses the configured origins when given, ignoring the Host header', () => {
		const allowed = ['https://duizendogen.example.nl'];
		expect(isAllowedOrigin('https://duizendogen.example.nl', http('internal:3000'), allowed)).toBe(true);
		expect(isAllowedOrigin('http://internal:3000', http('internal:3000'), allowed)).toBe(false);
	});
	it('compares the scheme too when no ORIGIN is configured', () => {
		expect(isAllowedOrigin('https://buurthuis.lan', http('buurthuis.lan'), [])).toBe(false);
		expect(isAllowedOrigin('http://buurthuis.lan', { host: 'buurthuis.lan', protocol: 'https' }, [])).toBe(
			false
		);
		expect(isAllowedOrigin('https://buurthuis.lan', { host: 'buurthuis.lan', protocol: 'https' }, [])).toBe(
			true
		);
		expect(isAllowedOrigin('http://buurthuis.lan', http('BUURTHUIS.lan:80'), [])).toBe(true);
		expect(isAllowedOrigin('http://buurthuis.lan', http(undefined), [])).toBe(false);
	});
	it('refuses garbage', () => {
		expect(isAllowedOrigin('null', http('localhost'), [])).toBe(false);
		expect(isAllowedOrigin('not a url', http('localhost'), [])).toBe(false);
	});
});
