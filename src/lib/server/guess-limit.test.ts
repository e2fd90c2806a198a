import { describe, expect, it } from 'vitest';
import { GuessLimiter, TokenBucket, retryMinutes, type GuessPolicy } from './guess-limit';

const policy: GuessPolicy = {
	windowMs: 15 * 60_000,
	maxFailures: 30,
	freeFailures: 3,
	delayMs: 250,
	maxDelayMs: 4_000
};

function clock(start = 1_000_000) {
	const c = { now: start, read: () => c.now };
	return c;
}

/** Makes `n` wrong guesses one after another; returns the delays they were given. */
function miss(limiter: GuessLimiter, key: string, n: number): number[] {
	const delays: number[] = [];
	for (let i = 0; i < n; i++) {
		const v = limiter.begin(key);
		if (!v.ok) throw new Error(`refused at guess ${i + 1}`);
		delays.push(v.delayMs);
		v.settle(true);
	}
	return delays;
}

describe('GuessLimiter', () => {
	it('lets a few wrong guesses through at once, then slows down, doubling up to the maximum', () => {
		const limiter = new GuessLimiter(policy, clock().read);
		expect(miss(limiter, 'a', 9)).toEqual([0, 0, 0, 250, 500, 1000, 2000, 4000, 4000]);
	});

	it('refuses an address after its wrong guesses, until the oldest leaves the window', () => {
		const c = clock();
		const limiter = new GuessLimiter(policy, c.read);
		miss(limiter, 'a', 30);
		const refused = limiter.begin('a');
		expect(refused).toEqual({ ok: false, retryAfterMs: 15 * 60_000 });
		expect(retryMinutes(15 * 60_000)).toBe(15);
		// Another address is not affected.
		expect(limiter.begin('b').ok).toBe(true);
		c.now += 15 * 60_000;
		expect(limiter.begin('a').ok).toBe(true);
	});

	it('costs nothing for a right guess: 200 phones with the right code never wait', () => {
		const limiter = new GuessLimiter(policy, clock().read);
		for (let i = 0; i < 200; i++) {
			const v = limiter.begin('venue');
			expect(v).toMatchObject({ ok: true, delayMs: 0 });
			if (v.ok) v.settle(false);
		}
		expect(limiter.failures('venue')).toBe(0);
	});

	it('counts guesses still being answered, so sending in parallel buys nothing', () => {
		const limiter = new GuessLimiter(policy, clock().read);
		const open = Array.from({ length: 40 }, () => limiter.begin('a'));
		expect(open.filter((v) => v.ok)).toHaveLength(30);
		expect(open.filter((v) => v.ok).map((v) => (v.ok ? v.delayMs : 0))[10]).toBe(4000);
		// They turn out right: the counts are released.
		for (const v of open) if (v.ok) v.settle(false);
		expect(limiter.begin('a').ok).toBe(true);
	});

	it('settles a guess once, however often it is told', () => {
		const limiter = new GuessLimiter(policy, clock().read);
		const v = limiter.begin('a');
		if (!v.ok) throw new Error('refused');
		v.settle(true);
		v.settle(true);
		expect(limiter.failures('a')).toBe(1);
	});

	it('makes many addresses share one bucket once past their free guesses', () => {
		const c = clock();
		const limiter = new GuessLimiter({ ...policy, shared: { capacity: 5, perSecond: 1 } }, c.read);
		for (let i = 0; i < 10; i++) miss(limiter, `addr-${i}`, 3);
		// Ten addresses with three wrong guesses each: together only five more now.
		const next = Array.from({ length: 10 }, (_, i) => limiter.begin(`addr-${i}`));
		expect(next.filter((v) => v.ok)).toHaveLength(5);
		expect(next.find((v) => !v.ok)).toMatchObject({ ok: false, retryAfterMs: 60_000 });
		// A fresh address is not held up by them.
		expect(limiter.begin('fresh').ok).toBe(true);
		c.now += 2_000;
		expect(limiter.begin('addr-9').ok).toBe(true);
	});
});

describe('TokenBucket', () => {
	it('gives a burst, then the steady rate', () => {
		const bucket = new TokenBucket(240, 4, 0);
		let taken = 0;
		while (bucket.take(0)) taken++;
		expect(taken).toBe(240);
		expect(bucket.waitMs(0)).toBe(250);
		expect(bucket.take(250)).toBe(true);
		expect(bucket.take(250)).toBe(false);
		expect(bucket.full(60_250)).toBe(true);
	});

	it('lets 200 phones behind one address join within a minute, but not 300 in a second', () => {
		const bucket = new TokenBucket(240, 4, 0);
		for (let i = 0; i < 200; i++) expect(bucket.take(i * 300)).toBe(true);
		const fast = new TokenBucket(240, 4, 0);
		const admitted = Array.from({ length: 300 }, (_, i) => fast.take(i * 3)).filter(Boolean);
		expect(admitted.length).toBeLessThan(250);
	});
});
