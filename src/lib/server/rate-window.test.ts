import { describe, expect, it } from 'vitest';
import { RateWindow } from './rate-window';

describe('RateWindow', () => {
	it('allows `limit` hits per key within the window, then refuses until the oldest leaves it', () => {
		const w = new RateWindow(2, 1000);
		expect(w.hit('a', 0)).toBe(true);
		expect(w.hit('a', 100)).toBe(true);
		expect(w.hit('a', 200)).toBe(false);
		expect(w.hit('b', 200)).toBe(true);
		expect(w.hit('a', 999)).toBe(false);
		expect(w.hit('a', 1000)).toBe(true);
	});

	it('does not count refused hits', () => {
		const w = new RateWindow(1, 1000);
		expect(w.hit('a', 0)).toBe(true);
		for (let t = 1; t < 1000; t += 100) expect(w.hit('a', t)).toBe(false);
		expect(w.hit('a', 1000)).toBe(true);
	});
});
