import { describe, expect, it } from 'vitest';
import { plannedClueSchema, roundScheduleSchema } from './schemas';
import { seededRandom } from './seeded-random';
import {
	areaCluePlan,
	circleContains,
	circleRadiusM,
	clueCircle,
	clueDueAtMs,
	currentRound,
	DEFAULT_RADII_M,
	dueClues,
	evenRounds,
	gameClock,
	isPausedAt,
	nextClue,
	roundWindow,
	shrinkingRadii,
	totalGameMs,
	wallTimeAt,
	type GamePause,
	type PlannedClue
} from './clues';
import { distanceM, type LatLng } from './geo';

const MIN = 60_000;
const START = Date.UTC(2025, 9, 14, 18, 0); // 20:00 in Utrecht
const BOEF: LatLng = { lat: 52.0907, lng: 5.1214 };
const game = evenRounds();

describe('gameClock', () => {
	it('counts from the start, negative before it', () => {
		expect(gameClock(START, [], START)).toBe(0);
		expect(gameClock(START, [], START + 5 * MIN)).toBe(5 * MIN);
		expect(gameClock(START, [], START - 2 * MIN)).toBe(-2 * MIN);
	});
	it('leaves out finished pauses and stands still during one', () => {
		const pauses: GamePause[] = [{ fromMs: START + 10 * MIN, toMs: START + 25 * MIN }];
		expect(gameClock(START, pauses, START + 10 * MIN)).toBe(10 * MIN);
		expect(gameClock(START, pauses, START + 20 * MIN)).toBe(10 * MIN);
		expect(gameClock(START, pauses, START + 25 * MIN)).toBe(10 * MIN);
		expect(gameClock(START, pauses, START + 30 * MIN)).toBe(15 * MIN);
	});
	it('treats an open pause as paused until now', () => {
		const pauses: GamePause[] = [{ fromMs: START + 10 * MIN }];
		expect(gameClock(START, pauses, START + 50 * MIN)).toBe(10 * MIN);
		expect(gameClock(START, [{ fromMs: START + 10 * MIN, toMs: null }], START + 50 * MIN)).toBe(10 * MIN);
	});
	it('does not subtract overlapping pauses twice, nor pause time before the start', () => {
		const pauses: GamePause[] = [
			{ fromMs: START + 10 * MIN, toMs: START + 20 * MIN },
			{ fromMs: START + 15 * MIN, toMs: START + 22 * MIN },
			{ fromMs: START - 30 * MIN, toMs: START + 1 * MIN }
		];
		expect(gameClock(START, pauses, START + 30 * MIN)).toBe(30 * MIN - 12 * MIN - 1 * MIN);
	});
	it('ignores empty and unordered pauses', () => {
		const pauses: GamePause[] = [
			{ fromMs: START + 40 * MIN, toMs: START + 45 * MIN },
			{ fromMs: START + 5 * MIN, toMs: START + 5 * MIN },
			{ fromMs: START + 10 * MIN, toMs: START + 15 * MIN }
		];
		expect(gameClock(START, pauses, START + 60 * MIN)).toBe(50 * MIN);
	});
});

describe('isPausedAt', () => {
	it('is true in [from, to) and in an open pause', () => {
		const pauses: GamePause[] = [{ fromMs: 100, toMs: 200 }, { fromMs: 500 }];
		expect(isPausedAt(pauses, 99)).toBe(false);
		expect(isPausedAt(pauses, 100)).toBe(true);
		expect(isPausedAt(pauses, 199)).toBe(true);
		expect(isPausedAt(pauses, 200)).toBe(false);
		expect(isPausedAt(pauses, 10_000)).toBe(true);
		expect(isPausedAt([], 10_000)).toBe(false);
	});
});

describe('wallTimeAt', () => {
	const pauses: GamePause[] = [{ fromMs: START + 10 * MIN, toMs: START + 25 * MIN }];
	it('adds the pauses that come first', () => {
		expect(wallTimeAt(START, pauses, 5 * MIN)).toBe(START + 5 * MIN);
		expect(wallTimeAt(START, pauses, 15 * MIN)).toBe(START + 30 * MIN);
		expect(wallTimeAt(START, [], -MIN)).toBe(START - MIN);
	});
	it('gives the start of a pause when the game time is reached just as it begins', () => {
		expect(wallTimeAt(START, pauses, 10 * MIN)).toBe(START + 10 * MIN);
	});
	it('is unknown behind an open pause', () => {
		expect(wallTimeAt(START, [{ fromMs: START + 10 * MIN }], 15 * MIN)).toBeNull();
		expect(wallTimeAt(START, [{ fromMs: START + 10 * MIN }], 5 * MIN)).toBe(START + 5 * MIN);
	});
	it('is the inverse of gameClock', () => {
		const many: GamePause[] = [
			{ fromMs: START + 3 * MIN, toMs: START + 4 * MIN },
			{ fromMs: START + 19 * MIN, toMs: START + 23 * MIN },
			{ fromMs: START + 22 * MIN, toMs: START + 30 * MIN }
		];
		for (const g of [0, 2 * MIN, 3 * MIN, 17 * MIN, 18 * MIN, 40 * MIN]) {
			expect(gameClock(START, many, wallTimeAt(START, many, g)!)).toBe(g);
		}
	});
});

describe('rounds', () => {
	it('defaults to 4 rounds of 20 minutes', () => {
		expect(game.roundsMs).toEqual([20 * MIN, 20 * MIN, 20 * MIN, 20 * MIN]);
		expect(totalGameMs(game)).toBe(80 * MIN);
		expect(evenRounds(0).roundsMs).toEqual([]);
		expect(evenRounds(-2).roundsMs).toEqual([]);
	});
	it('finds the current round, with half-open boundaries', () => {
		expect(currentRound(game, -1)).toBe('before');
		expect(currentRound(game, 0)).toEqual({ round: 1, roundStartMs: 0, roundEndMs: 20 * MIN });
		expect(currentRound(game, 20 * MIN - 1)).toMatchObject({ round: 1 });
		expect(currentRound(game, 20 * MIN)).toEqual({ round: 2, roundStartMs: 20 * MIN, roundEndMs: 40 * MIN });
		expect(currentRound(game, 80 * MIN - 1)).toMatchObject({ round: 4 });
		expect(currentRound(game, 80 * MIN)).toBe('finished');
		expect(currentRound({ roundsMs: [] }, 0)).toBe('finished');
	});
	it('supports rounds of different lengths', () => {
		const s = { roundsMs: [15 * MIN, 25 * MIN] };
		expect(currentRound(s, 16 * MIN)).toEqual({ round: 2, roundStartMs: 15 * MIN, roundEndMs: 40 * MIN });
		expect(roundWindow(s, 2)).toEqual({ round: 2, roundStartMs: 15 * MIN, roundEndMs: 40 * MIN });
		expect(roundWindow(s, 3)).toBeNull();
		expect(roundWindow(s, 0)).toBeNull();
		expect(roundWindow(s, 1.5)).toBeNull();
	});
	it('holds the round still during a pause that spans a round boundary', () => {
		// Paused from 18 to 30 minutes of wall time: round 1 lasts until 32 minutes wall time.
		const pauses: GamePause[] = [{ fromMs: START + 18 * MIN, toMs: START + 30 * MIN }];
		const at = (wallMin: number) => currentRound(game, gameClock(START, pauses, START + wallMin * MIN));
		expect(at(19)).toMatchObject({ round: 1 });
		expect(at(25)).toMatchObject({ round: 1 });
		expect(at(31)).toMatchObject({ round: 1 });
		expect(at(32)).toMatchObject({ round: 2 });
		expect(wallTimeAt(START, pauses, 20 * MIN)).toBe(START + 32 * MIN);
	});
	it('validates a schedule', () => {
		expect(roundScheduleSchema.safeParse(game).success).toBe(true);
		expect(roundScheduleSchema.safeParse({ roundsMs: [] }).success).toBe(false);
		expect(roundScheduleSchema.safeParse({ roundsMs: [1000] }).success).toBe(false);
	});
});

describe('clue schedule', () => {
	const plan: (PlannedClue & { text: string })[] = [
		{ id: 'r2-signalement', round: 2, offsetMs: 10 * MIN, text: 'Hij draagt een rode pet.' },
		{ id: 'r1-start', round: 1, offsetMs: 0, text: 'De boef is vertrokken.' },
		{ id: 'r1-area', round: 1, offsetMs: 5 * MIN, text: 'Gebied' },
		{ id: 'r1-area-b', round: 1, offsetMs: 5 * MIN, text: 'Tweede tegelijk' },
		{ id: 'r9-lost', round: 9, offsetMs: 0, text: 'Ronde bestaat niet' },
		{ id: 'r3-late', round: 3, offsetMs: 25 * MIN, text: 'Na het einde van de ronde' }
	];
	it('computes due times as round start plus offset', () => {
		expect(clueDueAtMs(plan[0]!, game)).toBe(30 * MIN);
		expect(clueDueAtMs(plan[1]!, game)).toBe(0);
		expect(clueDueAtMs(plan[4]!, game)).toBeNull();
		expect(clueDueAtMs(plan[5]!, game)).toBeNull();
		expect(clueDueAtMs({ id: 'neg', round: 1, offsetMs: -1 }, game)).toBeNull();
	});
	it('lists due clues in due order, ties by id, keeping their payload', () => {
		expect(dueClues(plan, game, -1)).toEqual([]);
		expect(dueClues(plan, game, 0).map((c) => c.id)).toEqual(['r1-start']);
		expect(dueClues(plan, game, 5 * MIN).map((c) => c.id)).toEqual(['r1-start', 'r1-area', 'r1-area-b']);
		const all = dueClues(plan, game, 80 * MIN);
		expect(all.map((c) => c.id)).toEqual(['r1-start', 'r1-area', 'r1-area-b', 'r2-signalement']);
		expect(all[3]!.text).toBe('Hij draagt een rode pet.');
	});
	it('gives the next clue for a timer', () => {
		expect(nextClue(plan, game, -MIN)).toMatchObject({ clue: { id: 'r1-start' }, dueAtMs: 0 });
		expect(nextClue(plan, game, 0)).toMatchObject({ clue: { id: 'r1-area' }, dueAtMs: 5 * MIN });
		expect(nextClue(plan, game, 30 * MIN)).toBeNull();
		expect(nextClue([], game, 0)).toBeNull();
	});
	it('stops clues during a pause and resumes them afterwards', () => {
		const pauses: GamePause[] = [{ fromMs: START + 3 * MIN, toMs: START + 13 * MIN }];
		const dueAtWall = (wallMin: number) =>
			dueClues(plan, game, gameClock(START, pauses, START + wallMin * MIN)).map((c) => c.id);
		expect(dueAtWall(10)).toEqual(['r1-start']);
		expect(dueAtWall(15)).toEqual(['r1-start', 'r1-area', 'r1-area-b']);
		expect(wallTimeAt(START, pauses, nextClue(plan, game, 0)!.dueAtMs)).toBe(START + 15 * MIN);
	});
	it('builds an area clue every few minutes of each round', () => {
		const p = areaCluePlan({ roundsMs: [20 * MIN, 12 * MIN] });
		expect(p.map((c) => `${c.id}@${c.offsetMs / MIN}`)).toEqual([
			'area-r1-1@0',
			'area-r1-2@5',
			'area-r1-3@10',
			'area-r1-4@15',
			'area-r2-1@0',
			'area-r2-2@5',
			'area-r2-3@10'
		]);
		expect(
			areaCluePlan(game, 10 * MIN, 2 * MIN)
				.filter((c) => c.round === 1)
				.map((c) => c.offsetMs)
		).toEqual([2 * MIN, 12 * MIN]);
		expect(() => areaCluePlan(game, 0)).toThrow(RangeError);
		for (const c of p) expect(plannedClueSchema.safeParse(c).success).toBe(true);
	});
	it('validates planned clues', () => {
		expect(plannedClueSchema.safeParse({ id: 'a b', round: 1, offsetMs: 0 }).success).toBe(false);
		expect(plannedClueSchema.safeParse({ id: 'a', round: 0, offsetMs: 0 }).success).toBe(false);
		expect(plannedClueSchema.safeParse({ id: 'a', round: 1, offsetMs: -5 }).success).toBe(false);
	});
});

describe('circle radii', () => {
	it('shrinks per round by default and keeps the last radius for later rounds', () => {
		expect(DEFAULT_RADII_M).toEqual([1000, 600, 350, 200]);
		expect([1, 2, 3, 4, 5].map((r) => circleRadiusM(r))).toEqual([1000, 600, 350, 200, 200]);
		expect(circleRadiusM(0)).toBe(1000);
		expect(circleRadiusM(Number.NaN)).toBe(1000);
		expect(circleRadiusM(2.7)).toBe(600);
		expect(circleRadiusM(2, [800, 400])).toBe(400);
		expect(() => circleRadiusM(1, [])).toThrow(RangeError);
	});
	it('can shrink by a factor with a floor', () => {
		expect(shrinkingRadii(1000, 0.6, 4)).toEqual([1000, 600, 360, 216]);
		expect(shrinkingRadii(1000, 0.5, 5, 150)).toEqual([1000, 500, 250, 150, 150]);
		expect(shrinkingRadii(1000, 0.5, 0)).toEqual([]);
	});
});

describe('clueCircle', () => {
	it('contains the boef without being centred on him', () => {
		for (let i = 0; i < 500; i++) {
			const c = clueCircle(BOEF, 350, seededRandom(`game-1:boef-a:clue-${i}`));
			const offset = distanceM(c.center, BOEF);
			expect(circleContains(c, BOEF)).toBe(true);
			expect(offset).toBeGreaterThanOrEqual(0.2 * 350 - 0.05);
			expect(offset).toBeLessThanOrEqual(0.6 * 350 + 0.05);
		}
	});
	it('is the same circle for the same seed (a restart draws the same circle)', () => {
		expect(clueCircle(BOEF, 600, seededRandom('game-1:boef-a:area-r2-1'))).toEqual(
			clueCircle(BOEF, 600, seededRandom('game-1:boef-a:area-r2-1'))
		);
		expect(clueCircle(BOEF, 600, seededRandom('game-1:boef-a:area-r2-1'))).not.toEqual(
			clueCircle(BOEF, 600, seededRandom('game-1:boef-a:area-r2-2'))
		);
	});
	it('spreads the centres over all directions', () => {
		const quadrants = new Set<string>();
		for (let i = 0; i < 40; i++) {
			const c = clueCircle(BOEF, 1000, seededRandom(`q-${i}`)).center;
			quadrants.add(`${c.lat > BOEF.lat ? 'N' : 'S'}${c.lng > BOEF.lng ? 'E' : 'W'}`);
		}
		expect(quadrants.size).toBe(4);
	});
	it('takes other offset fractions, capped so the boef stays inside', () => {
		const exact = clueCircle(BOEF, 200, seededRandom('s'), {
			minOffsetFraction: 0.5,
			maxOffsetFraction: 0.5
		});
		expect(distanceM(exact.center, BOEF)).toBeCloseTo(100, 0);
		const wild = clueCircle(BOEF, 200, seededRandom('s'), { minOffsetFraction: 2, maxOffsetFraction: 5 });
		expect(distanceM(wild.center, BOEF)).toBeLessThanOrEqual(0.95 * 200 + 0.05);
		expect(circleContains(wild, BOEF)).toBe(true);
	});
	it('rejects a radius that is not positive', () => {
		expect(() => clueCircle(BOEF, 0, seededRandom('s'))).toThrow(RangeError);
		expect(() => clueCircle(BOEF, Number.NaN, seededRandom('s'))).toThrow(RangeError);
	});
});

describe('circleContains', () => {
	it('includes the rim', () => {
		const c = { center: BOEF, radiusM: 100 };
		expect(circleContains(c, BOEF)).toBe(true);
		expect(circleContains(c, { lat: BOEF.lat + 0.0008, lng: BOEF.lng })).toBe(true); // ~89 m
		expect(circleContains(c, { lat: BOEF.lat + 0.001, lng: BOEF.lng })).toBe(false); // ~111 m
	});
});
