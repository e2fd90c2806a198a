import { describe, expect, it } from 'vitest';
import { initialState, DEFAULT_SETTINGS, type QuizState } from './quiz-session';
import { hostView, playerView, scores, type QuizData } from './quiz-views';
import type { Workshop } from './workshop';

const workshop: Workshop = {
	title: 'Test',
	description: '',
	slides: [
		{
			id: 'saar',
			kind: 'question',
			type: 'order',
			prompt: 'Zet SAAR in de goede volgorde',
			options: [
				{ id: 's', text: 'Signaleren' },
				{ id: 'a1', text: 'Alarmeren' },
				{ id: 'a2', text: 'Appen' },
				{ id: 'r', text: 'Reageren' }
			],
			correct: ['s', 'a1', 'a2', 'r'],
			timeLimitSec: 30,
			points: true,
			explanation: 'Eerst zien, dan 112, dan de groep, dan reageren.'
		},
		{
			id: 'poll',
			kind: 'question',
			type: 'poll',
			prompt: 'Hoe veilig voelt u zich?',
			options: [
				{ id: 'v', text: 'Veilig' },
				{ id: 'o', text: 'Onveilig' }
			],
			correct: [],
			timeLimitSec: 20,
			points: false,
			explanation: ''
		}
	]
};

const questionState: QuizState = {
	...initialState(),
	phase: 'question',
	slideIndex: 0,
	questionStartedAt: 0,
	deadline: 30_000
};

function data(state: QuizState): QuizData {
	return {
		title: 'Avond in De Buurt',
		joinCode: '123456',
		workshop,
		settings: DEFAULT_SETTINGS,
		state,
		participants: [
			{ id: 'p1', nickname: 'Anna', team: null, removed: false, connections: 1 },
			{ id: 'p2', nickname: 'Bram', team: null, removed: false, connections: 0 },
			{ id: 'p3', nickname: 'Weg', team: null, removed: true, connections: 0 }
		],
		answers: [
			{
				participantId: 'p1',
				slideId: 'saar',
				answer: { kind: 'order', optionIds: ['s', 'a1', 'a2', 'r'] },
				correct: true,
				points: 900,
				streak: 1,
				elapsedMs: 6000
			},
			{
				participantId: 'p2',
				slideId: 'saar',
				answer: { kind: 'order', optionIds: ['a1', 's', 'a2', 'r'] },
				correct: false,
				points: 0,
				streak: 0,
				elapsedMs: 9000
			}
		]
	};
}

describe('playerView', () => {
	it('never contains the right answer or the authored order before the reveal', () => {
		const view = playerView(data(questionState), 'p1', 1000);
		const text = JSON.stringify(view);
		expect(view.correct).toBeNull();
		expect(view.you.result).toBeNull();
		expect(text).not.toContain('"correct":[');
		expect(text).not.toContain('explanation');
		const ids = view.slide?.kind === 'question' ? view.slide.options.map((o) => o.id) : [];
		expect(ids.sort()).toEqual(['a1', 'a2', 'r', 's']);
	});

	it('shows the own answer as received, but not whether it is right', () => {
		const view = playerView(data(questionState), 'p2', 1000);
		expect(view.you.answered).toEqual({ kind: 'order', optionIds: ['a1', 's', 'a2', 'r'] });
		expect(view.you.result).toBeNull();
	});

	it('after the reveal shows right/wrong, points, the right answer and the rank', () => {
		const view = playerView(data({ ...questionState, phase: 'reveal' }), 'p2', 40_000);
		expect(view.you.result).toEqual({ correct: false, points: 0 });
		expect(view.correct).toEqual(['s', 'a1', 'a2', 'r']);
		expect(view.you.rank).toBe(2);
		expect(view.deadline).toBeNull();
	});

	it('counts a missing answer as wrong for graded questions and as neutral for polls', () => {
		const d = data({ ...questionState, phase: 'reveal' });
		d.participants = [
			...d.participants,
			{ id: 'p4', nickname: 'Laat', team: null, removed: false, connections: 1 }
		];
		expect(playerView(d, 'p4', 0).you.result).toEqual({ correct: false, points: 0 });
		const poll = data({ ...questionState, slideIndex: 1, phase: 'reveal' });
		expect(playerView(poll, 'p1', 0).you.result).toEqual({ correct: null, points: 0 });
	});
});

describe('hostView and scores', () => {
	it('shows the answer distribution only after the reveal, and no removed participants', () => {
		expect(hostView(data(questionState), 0).distribution).toBeNull();
		const view = hostView(data({ ...questionState, phase: 'reveal' }), 0);
		expect(view.distribution).toMatchObject({
			answered: 2,
			correctCount: 1,
			counts: { s: 1, a1: 1, a2: 0, r: 0 }
		});
		expect(view.participants.map((p) => p.nickname)).toEqual(['Anna', 'Bram']);
		expect(view.answered).toBe(2);
	});

	it('does not count the open question before its reveal (the score would give the answer away)', () => {
		expect(scores(data(questionState)).get('p1')).toBeUndefined();
		expect(playerView(data(questionState), 'p1', 0).you.score).toBe(0);
		expect(scores(data({ ...questionState, phase: 'reveal' })).get('p1')).toBe(900);
	});

	it('leaves answers to skipped questions out of the scores', () => {
		const revealed: QuizState = { ...questionState, phase: 'reveal' };
		expect(scores(data({ ...revealed, skipped: ['saar'] })).get('p1')).toBeUndefined();
		expect(scores(data(revealed)).get('p1')).toBe(900);
	});
});
