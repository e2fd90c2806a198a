import { describe, expect, it } from 'vitest';
import {
	acceptsAnswer,
	acceptsJoin,
	answerElapsedMs,
	DEFAULT_SETTINGS,
	initialState,
	isTimeUp,
	transition,
	type Context,
	type HostCommand,
	type QuizState
} from './quiz-session';
import type { Slide } from './workshop';

const slides: Slide[] = [
	{ id: 'intro', kind: 'info', title: 'Welkom', body: '' },
	{
		id: 'q1',
		kind: 'question',
		type: 'truefalse',
		prompt: 'Iemand die aan deurklinken voelt, is verdacht.',
		options: [],
		correct: ['true'],
		timeLimitSec: 20,
		points: true,
		explanation: ''
	},
	{
		id: 'q2',
		kind: 'question',
		type: 'poll',
		prompt: 'Hoe veilig voelt u zich?',
		options: [
			{ id: 'a', text: 'Veilig' },
			{ id: 'b', text: 'Onveilig' }
		],
		correct: [],
		timeLimitSec: 10,
		points: false,
		explanation: ''
	}
];

function run(commands: Array<[HostCommand, number]>, settings = DEFAULT_SETTINGS): QuizState {
	let state = initialState();
	for (const [cmd, now] of commands) {
		const r = transition(state, cmd, { slides, settings, now });
		if (!r.ok) throw new Error(`${cmd} refused in ${state.phase}`);
		state = r.state;
	}
	return state;
}

const ctx = (now: number): Context => ({ slides, settings: DEFAULT_SETTINGS, now });

describe('quiz flow', () => {
	it('goes lobby → info → question → reveal → leaderboard → question → … → podium → ended', () => {
		let s = initialState();
		const phases: string[] = [s.phase];
		for (let now = 1000; s.phase !== 'ended'; now += 1000) {
			const r = transition(s, 'next', ctx(now));
			if (!r.ok) throw new Error('refused');
			s = r.state;
			phases.push(s.phase);
		}
		expect(phases).toEqual([
			'lobby',
			'info',
			'question',
			'reveal',
			'leaderboard',
			'question',
			'reveal',
			'leaderboard',
			'podium',
			'ended'
		]);
	});

	it('skips the leaderboard when switched off', () => {
		const s = run(
			[
				['start', 0],
				['next', 1],
				['next', 2],
				['next', 3]
			],
			{ ...DEFAULT_SETTINGS, showLeaderboard: false }
		);
		expect([s.phase, s.slideIndex]).toEqual(['question', 2]);
	});

	it('opens a question with a deadline from its time limit', () => {
		const s = run([
			['start', 0],
			['next', 5000]
		]);
		expect(s).toMatchObject({ phase: 'question', slideIndex: 1, questionStartedAt: 5000, deadline: 25_000 });
	});

	it('refuses commands that make no sense now, and everything once ended', () => {
		const lobby = initialState();
		expect(transition(lobby, 'reveal', ctx(0))).toEqual({ ok: false, error: 'quiz.error.notNow' });
		expect(transition(lobby, 'leaderboard', ctx(0)).ok).toBe(false);
		const ended = run([['end', 0]]);
		expect(transition(ended, 'next', ctx(1)).ok).toBe(false);
		expect(transition(ended, 'unlock', ctx(1)).ok).toBe(false);
	});
});

describe('answering', () => {
	const open = run([
		['start', 0],
		['next', 1000]
	]);

	it('accepts answers for the current question before the deadline only', () => {
		expect(acceptsAnswer(open, slides, 'q1', 1000)).toBe(true);
		expect(acceptsAnswer(open, slides, 'q1', 20_999)).toBe(true);
		expect(acceptsAnswer(open, slides, 'q1', 21_000)).toBe(false);
		expect(acceptsAnswer(open, slides, 'q2', 2000)).toBe(false);
	});

	it('closes answering at the reveal', () => {
		const revealed = transition(open, 'reveal', ctx(5000));
		expect(revealed.ok && acceptsAnswer(revealed.state, slides, 'q1', 5001)).toBe(false);
	});

	it('stops the clock during a pause and moves the deadline by its length', () => {
		const paused = transition(open, 'pause', ctx(6000));
		expect(paused.ok && acceptsAnswer(paused.state, slides, 'q1', 7000)).toBe(false);
		expect(paused.ok && isTimeUp(paused.state, 30_000)).toBe(false);
		const resumed = transition((paused as { state: QuizState }).state, 'resume', ctx(16_000));
		if (!resumed.ok) throw new Error('refused');
		expect(resumed.state.deadline).toBe(31_000);
		expect(answerElapsedMs(resumed.state, 20_000)).toBe(9000);
		expect(acceptsAnswer(resumed.state, slides, 'q1', 30_999)).toBe(true);
		expect(isTimeUp(resumed.state, 31_000)).toBe(true);
	});

	it('refuses flow commands while paused, but allows ending', () => {
		const paused = run([
			['start', 0],
			['pause', 10]
		]);
		expect(transition(paused, 'next', ctx(20)).ok).toBe(false);
		expect(transition(paused, 'end', ctx(20)).ok).toBe(true);
	});
});

describe('skip, lock and join', () => {
	it('records a question skipped before its reveal so its answers do not count', () => {
		const s = run([
			['start', 0],
			['next', 1],
			['skip', 2]
		]);
		expect(s).toMatchObject({ phase: 'question', slideIndex: 2, skipped: ['q1'] });
	});

	it('does not mark a revealed question as skipped', () => {
		const s = run([
			['start', 0],
			['next', 1],
			['reveal', 2],
			['skip', 3]
		]);
		expect(s.skipped).toEqual([]);
	});

	it('lets people join until the end unless the lobby is locked', () => {
		expect(acceptsJoin(initialState())).toBe(true);
		expect(acceptsJoin(run([['lock', 0]]))).toBe(false);
		expect(
			acceptsJoin(
				run([
					['lock', 0],
					['unlock', 1],
					['start', 2],
					['next', 3]
				])
			)
		).toBe(true);
		expect(acceptsJoin(run([['end', 0]]))).toBe(false);
	});
});
