import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { admitJoin, guessCodeWord, limits, lookUpCode } from './limits';

const saved = { clock: limits().clock, sleep: limits().sleep };
let now = 0;
let waits: number[] = [];

beforeEach(() => {
	const l = limits();
	for (const limiter of [l.codes, l.wordsByAddress, l.wordsByGame]) limiter.reset();
	l.joins.clear();
	l.known.clear();
	now = 1_000_000;
	waits = [];
	l.clock = () => now;
	l.sleep = async (ms) => void waits.push(ms);
});
afterEach(() => {
	Object.assign(limits(), saved);
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
	try {
		await p;
	} catch (err) {
		if (err instanceof AppError) return err;
		throw err;
	}
	throw new Error('not refused');
}

describe('lookUpCode', () => {
	it('answers an unknown code late and a known one at once', async () => {
		expect(await lookUpCode('a', '123456', async () => null)).toBeNull();
		expect(waits).toEqual([300]);
		expect(await lookUpCode('a', '123456', async () => 'quiz')).toBe('quiz');
		expect(waits).toEqual([300]);
	});

	it('does not count a lookup that failed for another reason as a wrong code', async () => {
		await expect(lookUpCode('a', '123456', () => Promise.reject(new Error('db down')))).rejects.toThrow(
			'db down'
		);
		// …but it did not stay pending either.
		for (let i = 0; i < 30; i++) await lookUpCode('a', '123456', async () => null);
		const err = await refusal(lookUpCode('a', '123456', async () => 'quiz'));
		expect(err).toMatchObject({ code: 'error.tooManyAttempts', status: 429, params: { minutes: 15 } });
	});

	it("lets an address that found a code keep finding it after a prankster's wrong guesses", async () => {
		expect(await lookUpCode('venue', '482913', async () => 'quiz')).toBe('quiz');
		for (let i = 0; i < 30; i++) await lookUpCode('venue', String(100000 + i), async () => null);
		const before = waits.length;
		expect(await lookUpCode('venue', '482913', async () => 'quiz')).toBe('quiz');
		expect(waits.length).toBe(before);
		// Any other code, right or wrong, is refused from there.
		await expect(lookUpCode('venue', '555555', async () => 'quiz')).rejects.toThrow(AppError);
		// The session ended and the code is gone: an ordinary (refused) guess again.
		await expect(lookUpCode('venue', '482913', async () => null)).rejects.toThrow(AppError);
	});
});

describe('guessCodeWord', () => {
	const wrong = async () => ({ found: false });
	const right = async () => ({ found: true });

	it('refuses an address after 10 wrong words in a game, not another game or address', async () => {
		for (let i = 0; i < 10; i++) await guessCodeWord('g1', 'a', wrong);
		expect(await refusal(guessCodeWord('g1', 'a', right))).toMatchObject({
			code: 'game.error.tooManyCodes',
			params: { minutes: 5 }
		});
		expect(await guessCodeWord('g2', 'a', right)).toEqual({ found: true });
		expect(await guessCodeWord('g1', 'b', right)).toEqual({ found: true });
	});

	it('holds many addresses to 100 wrong words per game, but never an address with few wrong ones', async () => {
		// 40 addresses, 3 free wrong words each, then the game-wide count: 100 more in all.
		let refused = 0;
		for (let a = 0; a < 40; a++)
			for (let i = 0; i < 6; i++) {
				try {
					await guessCodeWord('g1', `addr-${a}`, wrong);
				} catch {
					refused++;
				}
			}
		expect(40 * 6 - refused).toBe(40 * 3 + 100);
		expect(await guessCodeWord('g1', 'honest', right)).toEqual({ found: true });
		now += 5 * 60_000;
		expect(await guessCodeWord('g1', 'addr-0', right)).toEqual({ found: true });
	});
});

describe('admitJoin', () => {
	it('takes 240 joins from one address at once, then 4 a second; another address is apart', () => {
		for (let i = 0; i < 240; i++) admitJoin('s1', 'venue', now);
		expect(() => admitJoin('s1', 'venue', now)).toThrow(AppError);
		admitJoin('s2', 'venue', now);
		admitJoin('s1', 'other', now);
		now += 250;
		admitJoin('s1', 'venue', now);
	});
});
