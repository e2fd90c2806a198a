import { describe, expect, it } from 'vitest';
import { circleContains, evenRounds } from './clues';
import { seededRandom } from './seeded-random';
import {
	applyCommand,
	buildClue,
	defaultCluePlan,
	dueClueSpecs,
	gameElapsedMs,
	gameEndsAtMs,
	initialGameState,
	isPaused,
	nextClueAtMs,
	planProblems,
	radiusForRound,
	roundAt,
	roundsFinished,
	type BoefPlan,
	type GamePlan,
	type GameState
} from './game';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 21, 19, 0, 0);

const boef = (id: string, entry: 'start' | 'later' = 'start'): BoefPlan => ({
	id,
	name: `Boef ${id}`,
	codeWord: `code-${id}`,
	signalement: {
		person: { sex: 'man', ageYears: { min: 20, max: 30 }, clothing: [{ part: 'jas', colours: ['rood'] }] },
		vehicle: { kind: 'fiets', colour: 'zwart' }
	},
	movement: { kind: 'gps' },
	entry
});

function plan(over: Partial<GamePlan> = {}): GamePlan {
	const schedule = evenRounds(4, 20 * MIN);
	const boeven = [boef('b1'), boef('b2', 'later')];
	return {
		area: [
			{ lat: 52.0, lng: 5.0 },
			{ lat: 52.01, lng: 5.0 },
			{ lat: 52.01, lng: 5.01 }
		],
		scheduledAt: null,
		schedule,
		radiiM: [1000, 600, 350, 200],
		boeven,
		clues: defaultCluePlan(boeven, schedule),
		...over
	};
}

function run(p: GamePlan, state: GameState, ...steps: [Parameters<typeof applyCommand>[2], number][]) {
	let s = state;
	for (const [cmd, at] of steps) {
		const r = applyCommand(p, s, cmd, at);
		if (!r.ok) throw new Error(r.error);
		s = r.state;
	}
	return s;
}

const meldkamer = {
	type: 'meldkamer',
	contact: 'OC Midden',
	informedAtMs: T0 - 30 * MIN,
	recordedBy: 'a1'
} as const;

describe('the meldkamer gate and the start', () => {
	it('refuses to start before the meldkamer is recorded', () => {
		const r = applyCommand(plan(), initialGameState(), { type: 'start' }, T0);
		expect(r).toEqual({ ok: false, error: 'game.error.meldkamerMissing' });
	});

	it('starts once recorded; boeven who start are in play, later ones wait', () => {
		const s = run(plan(), initialGameState(), [meldkamer, T0 - MIN], [{ type: 'start' }, T0]);
		expect(s.phase).toBe('running');
		expect(s.startedAtMs).toBe(T0);
		expect(s.meldkamer).toEqual({ contact: 'OC Midden', informedAtMs: T0 - 30 * MIN, recordedBy: 'a1' });
		expect(s.boeven).toEqual({
			b1: { enteredAtMs: T0, caughtAtMs: null },
			b2: { enteredAtMs: null, caughtAtMs: null }
		});
	});

	it('refuses a meldkamer time in the future and an incomplete plan', () => {
		expect(
			applyCommand(plan(), initialGameState(), { ...meldkamer, informedAtMs: T0 + 10 * MIN }, T0)
		).toEqual({
			ok: false,
			error: 'game.error.informedInFuture'
		});
		const noArea = run(plan({ area: [] }), initialGameState(), [meldkamer, T0]);
		expect(applyCommand(plan({ area: [] }), noArea, { type: 'start' }, T0)).toEqual({
			ok: false,
			error: 'game.error.areaMissing'
		});
		expect(planProblems(plan({ boeven: [boef('b1', 'later')] }))).toEqual(['game.error.noBoef']);
	});

	it('cannot start twice, and nothing happens after the end', () => {
		const p = plan();
		const s = run(p, initialGameState(), [meldkamer, T0], [{ type: 'start' }, T0]);
		expect(applyCommand(p, s, { type: 'start' }, T0 + 1)).toEqual({
			ok: false,
			error: 'game.error.notInSetup'
		});
		const ended = run(p, s, [{ type: 'end' }, T0 + 5 * MIN]);
		expect(ended.endedAtMs).toBe(T0 + 5 * MIN);
		expect(applyCommand(p, ended, { type: 'resume' }, T0 + 6 * MIN)).toEqual({
			ok: false,
			error: 'game.error.ended'
		});
	});
});

describe('a real incident pauses the game clock', () => {
	const p = plan();
	const started = run(p, initialGameState(), [meldkamer, T0], [{ type: 'start' }, T0]);

	it('stops game time and rounds while paused, and resumes where it was', () => {
		const paused = run(p, started, [{ type: 'pause', message: 'Even pauze' }, T0 + 10 * MIN]);
		expect(isPaused(paused, T0 + 15 * MIN)).toBe(true);
		expect(paused.incident).toEqual({ message: 'Even pauze', sinceMs: T0 + 10 * MIN });
		expect(gameElapsedMs(paused, T0 + 30 * MIN)).toBe(10 * MIN);
		expect(gameEndsAtMs(p, paused)).toBeNull();
		const resumed = run(p, paused, [{ type: 'resume' }, T0 + 30 * MIN]);
		expect(resumed.incident).toBeNull();
		expect(gameElapsedMs(resumed, T0 + 35 * MIN)).toBe(15 * MIN);
		// 80 game minutes: 20 paused minutes later than planned.
		expect(gameEndsAtMs(p, resumed)).toBe(T0 + 100 * MIN);
		expect(roundAt(p, resumed, T0 + 40 * MIN)).toBe(2);
	});

	it('refuses pausing twice and resuming when not paused', () => {
		const paused = run(p, started, [{ type: 'pause', message: 'x' }, T0 + MIN]);
		expect(applyCommand(p, paused, { type: 'pause', message: 'y' }, T0 + 2 * MIN)).toEqual({
			ok: false,
			error: 'game.error.alreadyPaused'
		});
		expect(applyCommand(p, started, { type: 'resume' }, T0 + 2 * MIN)).toEqual({
			ok: false,
			error: 'game.error.notPaused'
		});
	});

	it('ending while paused closes the pause', () => {
		const ended = run(
			p,
			started,
			[{ type: 'pause', message: 'x' }, T0 + MIN],
			[{ type: 'end' }, T0 + 3 * MIN]
		);
		expect(ended.pauses).toEqual([{ fromMs: T0 + MIN, toMs: T0 + 3 * MIN }]);
		expect(gameElapsedMs(ended, T0 + 60 * MIN)).toBe(MIN);
	});

	it('the game is over after the last round', () => {
		expect(roundsFinished(p, started, T0 + 79 * MIN)).toBe(false);
		expect(roundsFinished(p, started, T0 + 80 * MIN)).toBe(true);
		expect(roundAt(p, started, T0 + 80 * MIN)).toBeNull();
	});
});

describe('boeven entering and caught', () => {
	const p = plan();
	const started = run(p, initialGameState(), [meldkamer, T0], [{ type: 'start' }, T0]);

	it('a later boef enters once; a caught boef is no longer in play', () => {
		const s = run(
			p,
			started,
			[{ type: 'boef-caught', boefId: 'b1' }, T0 + 20 * MIN],
			[{ type: 'boef-enter', boefId: 'b2' }, T0 + 21 * MIN]
		);
		expect(s.boeven.b1).toEqual({ enteredAtMs: T0, caughtAtMs: T0 + 20 * MIN });
		expect(s.boeven.b2).toEqual({ enteredAtMs: T0 + 21 * MIN, caughtAtMs: null });
		expect(applyCommand(p, s, { type: 'boef-enter', boefId: 'b2' }, T0 + 22 * MIN)).toEqual({
			ok: false,
			error: 'game.error.boefAlreadyEntered'
		});
		expect(applyCommand(p, s, { type: 'boef-caught', boefId: 'b1' }, T0 + 22 * MIN)).toEqual({
			ok: false,
			error: 'game.error.boefNotInPlay'
		});
		expect(applyCommand(p, s, { type: 'boef-enter', boefId: 'nope' }, T0 + 22 * MIN)).toEqual({
			ok: false,
			error: 'game.error.unknownBoef'
		});
	});
});

describe('clues on schedule', () => {
	const p = plan();
	const started = run(p, initialGameState(), [meldkamer, T0], [{ type: 'start' }, T0]);

	it('gives the first round clue at the start, the next when its round begins', () => {
		expect(dueClueSpecs(p, started, new Set(), T0).give.map((c) => c.id)).toEqual(['r1-b1']);
		expect(nextClueAtMs(p, started, new Set(['r1-b1']))).toBe(T0 + 20 * MIN);
		const due = dueClueSpecs(p, started, new Set(['r1-b1']), T0 + 41 * MIN);
		expect(due.give.map((c) => c.id)).toEqual(['r2-b1', 'r3-b1']);
	});

	it('gives nothing while paused; pauses push the next clue back', () => {
		const paused = run(p, started, [{ type: 'pause', message: 'x' }, T0 + 10 * MIN]);
		expect(dueClueSpecs(p, paused, new Set(['r1-b1']), T0 + 25 * MIN).give).toEqual([]);
		expect(nextClueAtMs(p, paused, new Set(['r1-b1']))).toBeNull();
		const resumed = run(p, paused, [{ type: 'resume' }, T0 + 15 * MIN]);
		expect(nextClueAtMs(p, resumed, new Set(['r1-b1']))).toBe(T0 + 25 * MIN);
	});

	it('skips a clue about a boef who is not in play instead of giving it later', () => {
		const withLater = plan({
			clues: [{ id: 'x', round: 1, offsetMs: 0, boefId: 'b2', text: '', fields: [], circle: true }]
		});
		const s = run(withLater, initialGameState(), [meldkamer, T0], [{ type: 'start' }, T0]);
		expect(dueClueSpecs(withLater, s, new Set(), T0)).toEqual({ give: [], skipped: [withLater.clues[0]] });
	});

	it('the default plan reveals more every round', () => {
		const [r1, r2] = p.clues;
		expect(r1!.fields.length).toBeLessThan(r2!.fields.length);
		expect(r2!.fields).toEqual(expect.arrayContaining(r1!.fields));
		expect(p.clues.every((c) => c.boefId === 'b1')).toBe(true);
	});
});

describe('buildClue', () => {
	const p = plan();
	// The server passes numbers keyed with the game's secret; any repeatable source will do here.
	const draws = (label: string) => seededRandom(`g1:${label}`);
	const where = { lat: 52.005, lng: 5.005 };

	it('draws a circle that contains the boef but is not centred on him, the same every time', () => {
		const spec = p.clues[0]!;
		const a = buildClue(draws, p, spec, 1, where, T0, 'plan');
		const b = buildClue(draws, p, spec, 1, where, T0, 'plan');
		expect(a).toEqual(b);
		expect(a.circle!.radiusM).toBe(1000);
		expect(circleContains(a.circle!, where)).toBe(true);
		expect(a.circle!.center).not.toEqual(where);
		expect(a.signalement).toEqual({
			person: { sex: 'man', ageYears: { min: 20, max: 30 }, clothing: [{ part: 'jas', colours: ['rood'] }] }
		});
	});

	it('gives no circle without a known position, and nothing of the boef for a general message', () => {
		expect(buildClue(draws, p, p.clues[0]!, 1, null, T0, 'plan').circle).toBeNull();
		const general = buildClue(
			draws,
			p,
			{ id: 'm1', boefId: null, text: 'Let op de fietsers', fields: ['person.sex'], circle: true },
			2,
			where,
			T0,
			'manual'
		);
		expect(general).toMatchObject({
			boefId: null,
			circle: null,
			signalement: {},
			text: 'Let op de fietsers'
		});
	});

	it('shrinks the radius by round, keeping the last for later rounds', () => {
		expect([1, 2, 3, 4, 5].map((r) => radiusForRound(p, r))).toEqual([1000, 600, 350, 200, 200]);
	});
});

describe('closing sign-up', () => {
	it('is possible in set-up and while running, and undone by unlock; not after the end', () => {
		const p = plan();
		const locked = run(p, initialGameState(), [{ type: 'lock' }, T0]);
		expect(locked.joinsLocked).toBe(true);
		const running = run(p, locked, [meldkamer, T0], [{ type: 'start' }, T0 + 1]);
		expect(running.joinsLocked).toBe(true);
		expect(run(p, running, [{ type: 'unlock' }, T0 + 2]).joinsLocked).toBe(false);
		const ended = run(p, running, [{ type: 'end' }, T0 + 3]);
		expect(applyCommand(p, ended, { type: 'unlock' }, T0 + 4)).toEqual({
			ok: false,
			error: 'game.error.ended'
		});
	});
});
