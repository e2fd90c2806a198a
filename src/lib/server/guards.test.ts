import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './guards';

describe('safeRedirectTarget', () => {
	it('follows local paths', () => {
		expect(safeRedirectTarget('/admin/accounts?x=1')).toBe('/admin/accounts?x=1');
	});
	it('refuses other sites and protocol-relative tricks', () => {
		expect(safeRedirectTarget('https://evil.example')).toBe('/dashboard');
		expect(safeRedirectTarget('//evil.example')).toBe('/dashboard');
		expect(safeRedirectTarget('/\\evil.example')).toBe('/dashboard');
		expect(safeRedirectTarget(null)).toBe('/dashboard');
	});
});
