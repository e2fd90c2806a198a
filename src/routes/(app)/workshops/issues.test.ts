import { describe, expect, it } from 'vitest';
import { fieldIds, viewIssue } from './issues';

const content = {
	title: '',
	slides: [
		{ id: 'intro', kind: 'info', title: '' },
		{ id: 'q1', kind: 'question', options: [{ id: 'a' }, { id: 'b' }] },
		{ id: 'bad id!', kind: 'info' }
	]
};

describe('placing validation problems', () => {
	it('puts workshop fields on the workshop', () => {
		expect(viewIssue(content, { path: ['title'], key: 'error.required' })).toEqual({
			key: 'error.required',
			field: 'workshops.field.title',
			target: fieldIds.workshop('title')
		});
	});

	it('puts slide fields on the slide, followed by id', () => {
		expect(viewIssue(content, { path: ['slides', 0, 'title'], key: 'error.required' })).toMatchObject({
			slide: 1,
			slideId: 'intro',
			field: 'workshops.field.title',
			target: 's-intro-title'
		});
	});

	it('puts option texts on their input and answer rules on the answers group', () => {
		expect(
			viewIssue(content, { path: ['slides', 1, 'options', 1, 'text'], key: 'error.required' })
		).toMatchObject({
			field: 'workshops.option.label',
			fieldParams: { number: 2 },
			target: fieldIds.option('q1', 'b')
		});
		expect(
			viewIssue(content, { path: ['slides', 1, 'correct'], key: 'workshop.error.chooseOneCorrect' })
		).toMatchObject({ slide: 2, field: 'workshops.field.correct', target: fieldIds.answers('q1') });
		expect(
			viewIssue(content, { path: ['slides', 1, 'options'], key: 'workshop.error.tooFewOptions' }).target
		).toBe(fieldIds.answers('q1'));
	});

	it('falls back to the slide number when a slide has no usable id', () => {
		expect(viewIssue(content, { path: ['slides', 2, 'id'], key: 'workshop.error.id' })).toMatchObject({
			slide: 3,
			target: 'slide-2'
		});
		expect(viewIssue(null, { path: ['slides', 0], key: 'error.invalidInput' })).toMatchObject({ slide: 1 });
	});
});
