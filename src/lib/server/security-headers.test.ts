import { describe, expect, it } from 'vitest';
import { extendCsp, permissionsPolicy, tileSource, webSocketSource } from './security-headers';

describe('permissionsPolicy', () => {
	it('allows geolocation on the phone pages only', () => {
		expect(permissionsPolicy('/game/[code=joincode]')).toContain('geolocation=(self)');
		expect(permissionsPolicy('/boef/[token=token]')).toContain('geolocation=(self)');
		expect(permissionsPolicy('/mijn/[token]')).toContain('geolocation=(self)');
		expect(permissionsPolicy('/(app)/games/[id=uuid]')).toContain('geolocation=()');
		expect(permissionsPolicy(null)).toContain('geolocation=()');
	});
	it('turns camera and microphone off everywhere', () => {
		for (const route of ['/game/[code=joincode]', '/login'])
			expect(permissionsPolicy(route)).toMatch(/camera=\(\).*microphone=\(\)/);
	});
});

describe('tileSource', () => {
	it('gives the origin of an absolute tile URL, {s} as a wildcard', () => {
		expect(tileSource('https://service.pdok.nl/brt/{z}/{x}/{y}.png')).toBe('https://service.pdok.nl');
		expect(tileSource('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
			'https://*.tile.openstreetmap.org'
		);
		expect(tileSource('http://tiles.lan:8080/{z}/{x}/{y}.png')).toBe('http://tiles.lan:8080');
	});
	it('adds nothing for a path, no tiles, or a host it cannot vouch for', () => {
		expect(tileSource('/tiles/{z}/{x}/{y}.png')).toBeNull();
		expect(tileSource('')).toBeNull();
		expect(tileSource('https://a;script-src *.x/{z}/{x}/{y}')).toBeNull();
	});
});

describe('webSocketSource', () => {
	it('follows the scheme of ORIGIN', () => {
		expect(webSocketSource('https://duizendogen.example.nl')).toBe('wss://duizendogen.example.nl');
		expect(webSocketSource('http://buurthuis.lan:3000')).toBe('ws://buurthuis.lan:3000');
		expect(webSocketSource(null)).toBeNull();
	});
});

describe('extendCsp', () => {
	it('adds sources to the directives named, once', () => {
		const header = "default-src 'self'; img-src 'self' data:; connect-src 'self'";
		expect(
			extendCsp(header, { 'img-src': ['https://tiles.example', null, 'data:'], 'connect-src': [null] })
		).toBe("default-src 'self'; img-src 'self' data: https://tiles.example; connect-src 'self'");
	});
});
