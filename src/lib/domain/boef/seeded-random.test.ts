import { describe, expect, it } from 'vitest';
import { hashSeed, seededRandom } from './seeded-random';

describe('hashSeed', () => {
	it('is a stable unsigned 32-bit FNV-1a hash', () => {
		expect(hashSeed('')).toBe(2166136261);
		expect(hashSeed('a')).toBe(0xe40c292c);
		expect(hashSeed('game-1:boef-a')).toBe(hashSeed('game-1:boef-a'));
		expect(hashSeed('game-1:boef-a')).not.toBe(hashSeed('game-1:boef-b'));
	});
});

describe('seededRandom', () => {
	it('repeats the same sequence for the same seed', () => {
		const a = seededRandom('clue-3');
		const b = seededRandom('clue-3');
		const seqA = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(seqA);
		expect(new Set(seqA).size).toBe(3);
	});
	it('gives different sequences for different seeds', () => {
		expect(seededRandom('clue-3')()).not.toBe(seededRandom('clue-4')());
	});
	it('stays within [0, 1) and spreads evenly enough', () => {
		const next = seededRandom('spread');
		const buckets = Array.from({ length: 10 }, () => 0);
		for (let i = 0; i < 10_000; i++) {
			const x = next();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
			buckets[Math.floor(x * 10)]!++;
		}
		for (const count of buckets) expect(count).toBeGreaterThan(850);
	});
});
