import { describe, expect, it } from 'vitest';
import { cleanText, freeText, isUnstorable } from './text';

describe('cleanText', () => {
	it('removes NUL, control characters and lone surrogates, keeps whole emoji', () => {
		expect(cleanText('a\u0000b\u0007c')).toBe('abc');
		expect(cleanText('boef \uD83D')).toBe('boef');
		expect(cleanText('\uDE00x')).toBe('x');
		expect(cleanText('fiets 🚲 weg')).toBe('fiets 🚲 weg');
	});

	it('collapses whitespace on one line and keeps paragraphs in multi-line text', () => {
		expect(cleanText('  Blauwe\t\n reiger  ')).toBe('Blauwe reiger');
		expect(cleanText('regel 1  \r\nregel 2\n\n\n\nregel 3', { multiline: true })).toBe(
			'regel 1\nregel 2\n\nregel 3'
		);
	});

	it('drops invisible and bidi controls and normalises to NFC', () => {
		expect(cleanText('ge\u200Bheim\u202E')).toBe('geheim');
		expect(cleanText('Cafe\u0301')).toBe('Café');
	});
});

describe('text schema', () => {
	const title = freeText({ max: 10, min: 1 });

	it('cleans before checking the length', () => {
		expect(title.parse('\u0000 Wijk \u0000')).toBe('Wijk');
		expect(title.safeParse('\u0000\u0000').error?.issues[0]?.message).toBe('error.required');
	});

	it('refuses a megabyte string as too long with the real maximum', () => {
		const issue = title.safeParse('x'.repeat(1_000_000)).error?.issues[0];
		expect(issue?.message).toBe('error.tooLong');
		expect(issue && 'maximum' in issue ? Number(issue.maximum) : 0).toBe(10);
	});

	it('refuses other types', () => {
		expect(title.safeParse(42).success).toBe(false);
		expect(title.safeParse({ toString: 'x' }).success).toBe(false);
	});
});

describe('isUnstorable', () => {
	it('finds NUL and lone surrogates in nested values and keys', () => {
		expect(isUnstorable({ a: ['ok', { b: 'x\u0000' }] })).toBe(true);
		expect(isUnstorable({ ['k\uD800']: 1 })).toBe(true);
		expect(isUnstorable({ a: ['ok 🚲', { b: 1, c: null }] })).toBe(false);
	});

	it('refuses nesting deeper than the limit without recursion', () => {
		let deep: unknown = 'x';
		for (let i = 0; i < 100_000; i++) deep = [deep];
		expect(isUnstorable(deep)).toBe(true);
		expect(isUnstorable([[['x']]], 2)).toBe(true);
		expect(isUnstorable([[['x']]], 3)).toBe(false);
	});
});
