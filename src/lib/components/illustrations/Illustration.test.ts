import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { ILLUSTRATIONS } from '$lib/domain/workshop';
import { Illustration } from './index';

describe('Illustration', () => {
	it.each(ILLUSTRATIONS)('draws %s as a decorative SVG', (id) => {
		const { body } = render(Illustration, { props: { id } });
		expect(body).toContain('viewBox="0 0 200 160"');
		expect(body).toContain('aria-hidden="true"');
		expect(body).toContain('focusable="false"');
		expect(body).not.toMatch(/<image|href=/);
	});

	it('passes the size on as a CSS length', () => {
		const { body } = render(Illustration, { props: { id: 'lock', size: '6rem' } });
		expect(body).toContain('--illustration-size: 6rem');
	});

	it('draws each id differently', () => {
		const drawings = ILLUSTRATIONS.map((id) => render(Illustration, { props: { id } }).body);
		expect(new Set(drawings).size).toBe(ILLUSTRATIONS.length);
	});
});
