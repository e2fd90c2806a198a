import { describe, expect, it } from 'vitest';
import {
	ILLUSTRATIONS,
	QUESTION_TYPES,
	workshopSchema,
	type QuestionSlide,
	type Slide
} from '$lib/domain/workshop';
import { MELD_VERDACHT_GEDRAG_KEY, meldVerdachtGedrag } from './meld-verdacht-gedrag';

const slides: Slide[] = meldVerdachtGedrag.slides;
const questions = slides.filter((s): s is QuestionSlide => s.kind === 'question');

describe('workshop Meld Verdacht Gedrag', () => {
	it('has a stable key', () => {
		expect(MELD_VERDACHT_GEDRAG_KEY).toBe('meld-verdacht-gedrag');
	});

	it('passes the workshop schema', () => {
		const result = workshopSchema.safeParse(meldVerdachtGedrag);
		expect(result.success ? [] : result.error.issues).toEqual([]);
	});

	it('keeps its first slides and ends with a closing info slide about 112', () => {
		expect(slides[0]?.id).toBe('welkom');
		expect(slides.some((s) => s.id === 'klink')).toBe(true);
		const last = slides.at(-1);
		expect(last?.kind).toBe('info');
		expect(last?.kind === 'info' && last.body).toMatch(/bij twijfel 112/i);
		expect(last?.kind === 'info' && last.body).toMatch(/Houd u de boef tegen\?/);
	});

	it('has at least 24 questions', () => {
		expect(questions.length).toBeGreaterThanOrEqual(24);
	});

	it('uses every question type at least twice', () => {
		for (const type of QUESTION_TYPES) {
			expect(questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(2);
		}
	});

	it('gives every question an explanation', () => {
		for (const q of questions) expect(q.explanation.trim(), q.id).not.toBe('');
	});

	it('has unique slide ids and unique option ids per question', () => {
		const ids = slides.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const q of questions) {
			const optionIds = q.options.map((o) => o.id);
			expect(new Set(optionIds).size, q.id).toBe(optionIds.length);
		}
	});

	it('uses short kebab-case slide ids', () => {
		for (const s of slides) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('asks for the four SAAR steps in order', () => {
		const saar = questions.find(
			(q) => q.type === 'order' && q.options.some((o) => o.text.toLowerCase() === 'signaleren')
		);
		expect(saar).toBeDefined();
		const textOf = (id: string) => saar!.options.find((o) => o.id === id)?.text;
		expect(saar!.correct.map(textOf)).toEqual(['Signaleren', 'Alarmeren', 'Appen', 'Reageren']);
	});

	it('teaches that appearance alone is never suspicious', () => {
		const appearanceOnly = questions.filter(
			(q) =>
				q.type === 'truefalse' &&
				q.correct[0] === 'false' &&
				/uiterlijk/i.test(q.explanation) &&
				/nooit/i.test(q.explanation)
		);
		expect(appearanceOnly.length).toBeGreaterThanOrEqual(1);
	});

	it('teaches the three phone numbers', () => {
		const all = JSON.stringify(meldVerdachtGedrag);
		for (const number of ['112', '0900-8844', '0800-7000']) expect(all).toContain(number);
	});

	it('only uses illustrations that exist', () => {
		const known: readonly string[] = ILLUSTRATIONS;
		const used = slides.flatMap((s) => (s.illustration ? [s.illustration] : []));
		expect(used.length).toBeGreaterThan(0);
		for (const id of used) expect(known).toContain(id);
	});

	it('keeps polls and open questions without points and right answers', () => {
		for (const q of questions.filter((q) => q.type === 'poll' || q.type === 'open')) {
			expect(q.points, q.id).toBe(false);
			expect(q.correct, q.id).toEqual([]);
		}
	});

	it('keeps time limits within the house style', () => {
		for (const q of questions) {
			const [min, max] = q.type === 'open' ? [60, 90] : q.type === 'order' ? [30, 45] : [15, 60];
			expect(q.timeLimitSec, q.id).toBeGreaterThanOrEqual(min);
			expect(q.timeLimitSec, q.id).toBeLessThanOrEqual(max);
		}
	});
});
