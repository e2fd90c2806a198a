import { describe, expect, it } from 'vitest';
import { CODE_ADJECTIVES, CODE_NOUNS, CODE_WORD_CHOICES, suggestCodeWord } from './code-words';
import { checkCodeWord, normaliseCodeWord } from './scoring';

/** A deterministic stand-in for crypto.randomInt. */
function seq(values: number[]) {
	let i = 0;
	return (n: number) => values[i++ % values.length]! % n;
}

describe('code words', () => {
	it('are an adjective, a noun and a number, said and typed easily', () => {
		expect(suggestCodeWord(seq([0, 0, 37]))).toBe('Blauwe reiger 47');
		const word = suggestCodeWord((n) => Math.floor(Math.random() * n));
		expect(word).toMatch(/^[A-Z][a-z]+ [a-z]+ [1-9]\d$/);
		expect(checkCodeWord(word.toUpperCase().replace(/ /g, '  '), word)).toBe(true);
	});

	it('have far more choices than a list of colours and birds', () => {
		expect(new Set(CODE_ADJECTIVES).size).toBe(CODE_ADJECTIVES.length);
		expect(new Set(CODE_NOUNS).size).toBe(CODE_NOUNS.length);
		expect(CODE_WORD_CHOICES).toBeGreaterThan(700_000);
	});

	it('never repeat a code word another boef of the game has', () => {
		const taken = ['Blauwe reiger 47'];
		expect(normaliseCodeWord(suggestCodeWord(seq([0, 0, 37, 1, 1, 1]), taken))).toBe('rodekat11');
	});
});
