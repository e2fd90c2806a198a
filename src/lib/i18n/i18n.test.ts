import { describe, expect, it } from 'vitest';
import { catalogues, isMessageKey, LOCALES, translate } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
	it('have the same keys in every language', () => {
		const reference = Object.keys(catalogues.nl).sort();
		for (const locale of LOCALES) expect(Object.keys(catalogues[locale]).sort()).toEqual(reference);
	});
	it('use the same placeholders in every language', () => {
		for (const [key, text] of Object.entries(catalogues.nl)) {
			for (const locale of LOCALES) {
				expect(
					placeholders(catalogues[locale][key as keyof typeof catalogues.nl]),
					`${locale} ${key}`
				).toEqual(placeholders(text));
			}
		}
	});
	it('have no empty messages', () => {
		for (const locale of LOCALES)
			for (const [key, text] of Object.entries(catalogues[locale]))
				expect(text.trim(), `${locale} ${key}`).not.toBe('');
	});
});

describe('translate', () => {
	it('fills placeholders', () => {
		expect(translate('nl', 'dashboard.welcome', { name: 'Anouk' })).toBe('Welkom, Anouk.');
		expect(translate('en', 'dashboard.welcome', { name: 'Anouk' })).toBe('Welcome, Anouk.');
	});
	it('leaves unknown placeholders visible rather than dropping text', () => {
		expect(translate('nl', 'dashboard.welcome')).toBe('Welkom, {name}.');
	});
	it('recognises message keys', () => {
		expect(isMessageKey('login.title')).toBe(true);
		expect(isMessageKey('toString')).toBe(false);
	});
});
