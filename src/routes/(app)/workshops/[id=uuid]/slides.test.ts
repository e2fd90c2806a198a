import { describe, expect, it } from 'vitest';
import { questionProblem, workshopSchema, type QuestionSlide } from '$lib/domain/workshop';
import {
	addOption,
	blankInfo,
	blankQuestion,
	changeType,
	moveItem,
	moveOption,
	newId,
	removeOption,
	setCorrect
} from './slides';

const ids = (q: QuestionSlide) => q.options.map((o) => o.id);

describe('editor operations', () => {
	it('makes ids the schema accepts, unique among the taken ones', () => {
		const taken = new Set<string>();
		for (let i = 0; i < 200; i++) taken.add(newId(taken));
		expect(taken.size).toBe(200);
		for (const id of taken) expect(id).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
	});

	it('starts questions in a shape that only needs texts and a right answer', () => {
		expect(blankQuestion('q', 'single')).toMatchObject({
			options: [{ text: '' }, { text: '' }],
			correct: []
		});
		const order = blankQuestion('q', 'order');
		expect(order.correct).toEqual(ids(order));
		expect(blankQuestion('q', 'truefalse')).toMatchObject({ options: [], correct: [], points: true });
		expect(blankQuestion('q', 'poll').points).toBe(false);
		expect(blankQuestion('q', 'open')).toMatchObject({ options: [], points: false });
	});

	it('keeps the order of an ordering question in `correct` when options move, come and go', () => {
		const q = blankQuestion('q', 'order');
		const third = addOption(q);
		expect(q.correct).toEqual(ids(q));
		expect(moveOption(q, 2, -1)).toBe(1);
		expect(q.correct[1]).toBe(third.id);
		expect(q.correct).toEqual(ids(q));
		removeOption(q, 0);
		expect(q.correct).toEqual(ids(q));
		expect(q.options).toHaveLength(2);
	});

	it('marks right answers: one for single choice, any number (in option order) for multiple', () => {
		const single = blankQuestion('s', 'single');
		const [a, b] = ids(single);
		setCorrect(single, a!, true);
		setCorrect(single, b!, true);
		expect(single.correct).toEqual([b]);

		const multiple = blankQuestion('m', 'multiple');
		const c = addOption(multiple).id;
		const [x] = ids(multiple);
		setCorrect(multiple, c, true);
		setCorrect(multiple, x!, true);
		expect(multiple.correct).toEqual([x, c]);
		setCorrect(multiple, c, false);
		expect(multiple.correct).toEqual([x]);
		removeOption(multiple, 0);
		expect(multiple.correct).toEqual([]);
	});

	it('changes type keeping what still fits, so a valid question stays structurally valid', () => {
		const q = blankQuestion('q', 'multiple');
		q.options.forEach((o, i) => (o.text = `Optie ${i}`));
		setCorrect(q, q.options[0]!.id, true);
		setCorrect(q, q.options[1]!.id, true);
		changeType(q, 'single');
		expect(q.correct).toEqual([q.options[0]!.id]);
		expect(questionProblem(q)).toBeNull();
		changeType(q, 'order');
		expect(questionProblem(q)).toBeNull();
		changeType(q, 'poll');
		expect([q.correct, q.points, questionProblem(q)]).toEqual([[], false, null]);
		changeType(q, 'open');
		expect([q.options, questionProblem(q)]).toEqual([[], null]);
		changeType(q, 'truefalse');
		expect(q.points).toBe(true);
		expect(questionProblem(q)?.key).toBe('workshop.error.chooseTrueOrFalse');
		changeType(q, 'single');
		expect(q.options).toHaveLength(2);
	});

	it('moves items within bounds only', () => {
		const list = ['a', 'b', 'c'];
		expect(moveItem(list, 0, -1)).toBe(0);
		expect(moveItem(list, 2, 1)).toBe(2);
		expect(moveItem(list, 2, -1)).toBe(1);
		expect(list).toEqual(['a', 'c', 'b']);
	});

	it('builds workshops the schema accepts once filled in', () => {
		const info = { ...blankInfo('i'), title: 'Welkom' };
		const q = { ...blankQuestion('q', 'single'), prompt: 'Bellen?' };
		q.options.forEach((o, i) => (o.text = `Optie ${i}`));
		setCorrect(q, q.options[0]!.id, true);
		expect(workshopSchema.safeParse({ title: 'T', description: '', slides: [info, q] }).success).toBe(true);
	});
});
