import { describe, expect, it } from 'vitest';
import type { GameClock } from '$lib/domain/boef/game-views';
import { formatDuration, roundNow } from './round-clock';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const clock = (c: Partial<GameClock>): GameClock => ({
	startedAtMs: T0,
	pauses: [],
	endsAtMs: T0 + 80 * MIN,
	serverNowMs: T0,
	...c
});

describe('roundNow', () => {
	it('splits the game into equal rounds', () => {
		expect(roundNow(clock({}), 4, T0)).toEqual({ round: 1, endsAtMs: T0 + 20 * MIN });
		expect(roundNow(clock({}), 4, T0 + 20 * MIN)).toEqual({ round: 2, endsAtMs: T0 + 40 * MIN });
		expect(roundNow(clock({}), 4, T0 + 79 * MIN)).toEqual({ round: 4, endsAtMs: T0 + 80 * MIN });
	});

	it('moves the round end by a pause that is over', () => {
		const c = clock({ pauses: [{ fromMs: T0 + 5 * MIN, toMs: T0 + 15 * MIN }], endsAtMs: T0 + 90 * MIN });
		expect(roundNow(c, 4, T0 + 16 * MIN)).toEqual({ round: 1, endsAtMs: T0 + 30 * MIN });
	});

	it('knows no round before the start, while paused or after the end', () => {
		expect(roundNow(clock({ startedAtMs: null, endsAtMs: null }), 4, T0)).toBeNull();
		expect(roundNow(clock({ endsAtMs: null, pauses: [{ fromMs: T0 }] }), 4, T0 + MIN)).toBeNull();
		expect(roundNow(clock({}), 4, T0 + 80 * MIN)).toBeNull();
		expect(roundNow(clock({}), 0, T0)).toBeNull();
	});
});

describe('formatDuration', () => {
	it('shows minutes and seconds, and hours when needed', () => {
		expect(formatDuration(0)).toBe('0:00');
		expect(formatDuration(725)).toBe('12:05');
		expect(formatDuration(3725)).toBe('1:02:05');
		expect(formatDuration(-3)).toBe('0:00');
	});
});
