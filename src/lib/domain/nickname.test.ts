import { describe, expect, it } from 'vitest';
import { checkNickname, foldForCheck, normaliseNickname } from './nickname';

describe('checkNickname', () => {
	it('accepts ordinary names, with accents and digits', () => {
		for (const name of ['Anouk', 'Buurman Bert', 'Zoë', 'Fam. de Vries', 'Team 3', "D'Angelo", 'Ümit'])
			expect(checkNickname(name), name).toBeNull();
	});
	it('refuses too short and too long names', () => {
		expect(checkNickname(' a ')).toBe('nickname.tooShort');
		expect(checkNickname('x'.repeat(21))).toBe('nickname.tooLong');
	});
	it('refuses emoji, markup and invisible characters', () => {
		expect(checkNickname('Anna 😀')).toBe('nickname.characters');
		expect(checkNickname('<script>')).toBe('nickname.characters');
		expect(checkNickname('An\u200bna')).toBe('nickname.characters');
	});
	it('refuses offensive names, also disguised', () => {
		for (const name of ['kanker', 'K4nk3r Henk', 'tyfusLijer', 'FUUUCK', 'kut', 'de lul', 'Hitler88'])
			expect(checkNickname(name), name).toBe('nickname.offensive');
	});
	it('does not refuse innocent names that merely contain a short bad word', () => {
		for (const name of ['Lulof', 'Kutsch', 'Homoet', 'Dickens', 'Hoeraa'])
			expect(checkNickname(name), name).toBeNull();
	});
});

describe('helpers', () => {
	it('folds look-alikes and repeats', () => {
		expect(foldForCheck('Sh!!!t 4ever')).toBe('shitaever');
	});
	it('normalises white space', () => {
		expect(normaliseNickname('  Buurman   Bert ')).toBe('Buurman Bert');
	});
});
