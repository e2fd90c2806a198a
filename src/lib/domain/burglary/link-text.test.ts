import { describe, expect, it } from 'vitest';
import { looksLikeLink } from './link-text';

describe('looksLikeLink', () => {
	it('finds web addresses, schemes, e-mail addresses and domain names', () => {
		for (const t of [
			'Win een prijs op http://evil.example',
			'evil.example',
			'www.evil',
			'HTTPS://X',
			'mailto:a',
			'piet@evil.example',
			'Piet (evil．example)',
			'bezoek evil。nl'
		])
			expect(looksLikeLink(t), t).toBe(true);
	});

	it('lets ordinary names pass, with initials, hyphens and accents', () => {
		for (const t of [
			'Anneke Vlietstra',
			'J.P. de Vries',
			'A.B.C. Jansen',
			"Ed O'Neill",
			'Zoë van der Berg-Smit',
			'Th. Bakker'
		])
			expect(looksLikeLink(t), t).toBe(false);
	});
});
