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
	it('reads the target as a browser does: tabs, newlines and backslashes cannot leave the site', () => {
		for (const evil of [
			'/\t/evil.example',
			'/\n/evil.example',
			'/\r\n/evil.example',
			'\\/evil.example',
			'/\\/evil.example',
			'/\t\\evil.example',
			'javascript:alert(1)',
			' //evil.example',
			'https:evil.example'
		])
			expect(safeRedirectTarget(evil), JSON.stringify(evil)).toBe('/dashboard');
	});
	it('keeps a local path with its query and fragment', () => {
		expect(safeRedirectTarget('/games/x/setup?tab=2#boef')).toBe('/games/x/setup?tab=2#boef');
	});
});
