import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin';

describe('isAllowedOrigin', () => {
	it('allows a handshake without Origin (same-origin polling, non-browser clients)', () => {
		expect(isAllowedOrigin(undefined, 'app.example.nl', [])).toBe(true);
	});
	it('allows the origin matching the Host header when no ORIGIN is configured', () => {
		expect(isAllowedOrigin('http://localhost:5173', 'localhost:5173', [])).toBe(true);
	});
	it('refuses a foreign origin', () => {
		expect(isAllowedOrigin('https://evil.example', 'localhost:5173', [])).toBe(false);
		expect(isAllowedOrigin('http://localhost:9999', 'localhost:5173', [])).toBe(false);
	});
	it('uses the configured origins when given, ignoring the Host header', () => {
		const allowed = ['https://duizendogen.example.nl'];
		expect(isAllowedOrigin('https://duizendogen.example.nl', 'internal:3000', allowed)).toBe(true);
		expect(isAllowedOrigin('http://internal:3000', 'internal:3000', allowed)).toBe(false);
	});
	it('refuses garbage', () => {
		expect(isAllowedOrigin('null', 'localhost', [])).toBe(false);
		expect(isAllowedOrigin('not a url', 'localhost', [])).toBe(false);
	});
});
