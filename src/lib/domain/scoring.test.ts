import { describe, expect, it } from 'vitest';
import { basePoints, rank, scoreAnswer, streakBonusFor, type ScoreInput } from './scoring';

const base: ScoreInput = {
	correct: true,
	elapsedMs: 0,
	limitMs: 20_000,
	mode: 'speed',
	pointsEnabled: true,
	streakBonus: false,
	streakBefore: 0
};

describe('basePoints', () => {
	it('gives 1000 for an instant answer and 500 at the deadline', () => {
		expect(basePoints('speed', 0, 20_000)).toBe(1000);
		expect(basePoints('speed', 10_000, 20_000)).toBe(750);
		expect(basePoints('speed', 20_000, 20_000)).toBe(500);
	});
	it('clamps times outside the window', () => {
		expect(basePoints('speed', -50, 20_000)).toBe(1000);
		expect(basePoints('speed', 25_000, 20_000)).toBe(500);
	});
	it('gives a flat 1000 in flat mode', () => {
		expect(basePoints('flat', 19_999, 20_000)).toBe(1000);
	});
});

describe('scoreAnswer', () => {
	it('scores a correct answer by speed and starts a streak', () => {
		expect(scoreAnswer({ ...base, elapsedMs: 5000 })).toEqual({ points: 875, streak: 1 });
	});
	it('gives nothing for a wrong answer and breaks the streak', () => {
		expect(scoreAnswer({ ...base, correct: false, streakBefore: 4 })).toEqual({ points: 0, streak: 0 });
	});
	it('leaves score and streak alone for polls, open questions and questions without points', () => {
		expect(scoreAnswer({ ...base, correct: null, streakBefore: 3 })).toEqual({ points: 0, streak: 3 });
		expect(scoreAnswer({ ...base, pointsEnabled: false, streakBefore: 3 })).toEqual({ points: 0, streak: 3 });
		expect(scoreAnswer({ ...base, correct: false, pointsEnabled: false, streakBefore: 3 })).toEqual({
			points: 0,
			streak: 3
		});
	});
	it('adds a streak bonus of 100 per consecutive correct answer after the first, up to 500', () => {
		expect(streakBonusFor(1)).toBe(0);
		expect(streakBonusFor(3)).toBe(200);
		expect(streakBonusFor(10)).toBe(500);
		expect(scoreAnswer({ ...base, streakBonus: true, streakBefore: 2 })).toEqual({ points: 1200, streak: 3 });
		expect(scoreAnswer({ ...base, streakBonus: false, streakBefore: 2 })).toEqual({
			points: 1000,
			streak: 3
		});
	});
});

describe('rank', () => {
	it('ranks by score with shared ranks for ties', () => {
		const ranked = rank([
			{ name: 'Bram', score: 900 },
			{ name: 'Anna', score: 1500 },
			{ name: 'Cees', score: 900 },
			{ name: 'Dewi', score: 100 }
		]);
		expect(ranked.map((r) => [r.item.name, r.rank])).toEqual([
			['Anna', 1],
			['Bram', 2],
			['Cees', 2],
			['Dewi', 4]
		]);
	});
});
