import { describe, expect, it } from 'vitest';
import { drawsFor, keyedRandom } from './keyed-random';

describe('keyedRandom', () => {
	it('draws the same for the same key and label (a restart or another instance agrees)', () => {
		const a = keyedRandom('k1', 'game:b1:c1');
		const b = keyedRandom('k1', 'game:b1:c1');
		const xs = Array.from({ length: 12 }, () => a());
		expect(Array.from({ length: 12 }, () => b())).toEqual(xs);
		for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
	});

	it('draws differently with another key or label', () => {
		expect(keyedRandom('k2', 'game:b1:c1')()).not.toBe(keyedRandom('k1', 'game:b1:c1')());
		expect(keyedRandom('k1', 'game:b1:c2')()).not.toBe(keyedRandom('k1', 'game:b1:c1')());
		expect(drawsFor('k1', 'game')('b1:c1')()).toBe(keyedRandom('k1', 'game:b1:c1')());
	});

	it('spreads evenly over [0, 1)', () => {
		const next = keyedRandom('k', 'spread');
		const buckets = new Array<number>(10).fill(0);
		for (let i = 0; i < 10_000; i++) buckets[Math.floor(next() * 10)]!++;
		for (const b of buckets) expect(b).toBeGreaterThan(850);
	});
});
