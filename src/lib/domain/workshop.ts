/**
 * A workshop: info slides and questions, as authored by a presentator and snapshotted into a
 * live session when it starts. Pure data plus its validation; shared by server and browser.
 */
import { z } from 'zod';
import { freeText } from './text';

// Plain constants live apart from the zod schemas, so phones and the projector can use them
// without downloading zod.
export * from './workshop-constants';
import {
	ILLUSTRATIONS,
	MAX_OPTIONS,
	MAX_SLIDES,
	OPEN_ANSWER_MAX_LENGTH,
	QUESTION_TYPES,
	TIME_LIMIT_MAX_SEC,
	TIME_LIMIT_MIN_SEC,
	TRUE_FALSE_OPTIONS,
	type IllustrationId,
	type QuestionType
} from './workshop-constants';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'workshop.error.id');
const text = (max: number) => freeText({ max, min: 1 });

export const optionSchema = z.object({ id, text: text(120) });
export type Option = z.infer<typeof optionSchema>;

export const infoSlideSchema = z.object({
	id,
	kind: z.literal('info'),
	title: text(120),
	body: freeText({ max: 1500, multiline: true }),
	illustration: z.enum(ILLUSTRATIONS).optional()
});
export type InfoSlide = z.infer<typeof infoSlideSchema>;

export const questionSlideSchema = z
	.object({
		id,
		kind: z.literal('question'),
		type: z.enum(QUESTION_TYPES),
		prompt: text(300),
		/** Empty for true/false and open questions. */
		options: z.array(optionSchema).max(MAX_OPTIONS, 'workshop.error.tooManyOptions'),
		/**
		 * Option ids. single: exactly one; multiple: one or more; truefalse: ['true'] or ['false'];
		 * order: every option id in the right order; poll and open: empty.
		 */
		correct: z.array(id),
		timeLimitSec: z
			.number()
			.int()
			.min(TIME_LIMIT_MIN_SEC, 'workshop.error.timeLimit')
			.max(TIME_LIMIT_MAX_SEC, 'workshop.error.timeLimit'),
		/** When false the question earns no points (warm-up, poll-like). */
		points: z.boolean(),
		/** Shown on the projector after the answer is revealed. */
		explanation: freeText({ max: 1000, multiline: true }),
		illustration: z.enum(ILLUSTRATIONS).optional()
	})
	.superRefine((q, ctx) => {
		const problem = questionProblem(q);
		if (problem) ctx.addIssue({ code: 'custom', message: problem.key, path: [problem.path] });
	});
export type QuestionSlide = z.infer<typeof questionSlideSchema>;

export const slideSchema = z.union([infoSlideSchema, questionSlideSchema]);
export type Slide = InfoSlide | QuestionSlide;

export const workshopSchema = z
	.object({
		title: text(120),
		description: freeText({ max: 1000, multiline: true }),
		slides: z.array(slideSchema).max(MAX_SLIDES, 'workshop.error.tooManySlides')
	})
	.superRefine((w, ctx) => {
		const seen = new Set<string>();
		w.slides.forEach((s, i) => {
			if (seen.has(s.id))
				ctx.addIssue({ code: 'custom', message: 'workshop.error.duplicateId', path: ['slides', i, 'id'] });
			seen.add(s.id);
		});
	});
export type Workshop = z.infer<typeof workshopSchema>;

type QuestionFields = Pick<QuestionSlide, 'type' | 'options' | 'correct'>;

/** The structural rules of a question, as a message key and the field it concerns, or null. */
export function questionProblem(q: QuestionFields): { key: string; path: 'options' | 'correct' } | null {
	const ids = q.options.map((o) => o.id);
	if (new Set(ids).size !== ids.length) return { key: 'workshop.error.duplicateId', path: 'options' };
	const known = (c: string) => ids.includes(c);
	switch (q.type) {
		case 'single':
			if (q.options.length < 2) return { key: 'workshop.error.tooFewOptions', path: 'options' };
			if (q.correct.length !== 1 || !known(q.correct[0]!))
				return { key: 'workshop.error.chooseOneCorrect', path: 'correct' };
			return null;
		case 'multiple':
			if (q.options.length < 2) return { key: 'workshop.error.tooFewOptions', path: 'options' };
			if (q.correct.length < 1 || !q.correct.every(known) || new Set(q.correct).size !== q.correct.length)
				return { key: 'workshop.error.chooseSomeCorrect', path: 'correct' };
			return null;
		case 'truefalse':
			if (q.options.length !== 0) return { key: 'workshop.error.noOptionsAllowed', path: 'options' };
			if (q.correct.length !== 1 || !(TRUE_FALSE_OPTIONS as readonly string[]).includes(q.correct[0]!))
				return { key: 'workshop.error.chooseTrueOrFalse', path: 'correct' };
			return null;
		case 'order':
			if (q.options.length < 2) return { key: 'workshop.error.tooFewOptions', path: 'options' };
			if (q.correct.length !== ids.length || !ids.every((i) => q.correct.includes(i)))
				return { key: 'workshop.error.orderAll', path: 'correct' };
			return null;
		case 'poll':
			if (q.options.length < 2) return { key: 'workshop.error.tooFewOptions', path: 'options' };
			if (q.correct.length !== 0) return { key: 'workshop.error.noCorrectAllowed', path: 'correct' };
			return null;
		case 'open':
			if (q.options.length !== 0) return { key: 'workshop.error.noOptionsAllowed', path: 'options' };
			if (q.correct.length !== 0) return { key: 'workshop.error.noCorrectAllowed', path: 'correct' };
			return null;
	}
}

/** Whether a question has a right answer at all (polls and open questions do not). */
export function isGraded(q: Pick<QuestionSlide, 'type'>): boolean {
	return q.type !== 'poll' && q.type !== 'open';
}

/** The options a phone shows: true/false gets its two implicit options. */
export function optionIdsOf(q: Pick<QuestionSlide, 'type' | 'options'>): string[] {
	return q.type === 'truefalse' ? [...TRUE_FALSE_OPTIONS] : q.options.map((o) => o.id);
}

/** What a participant sends. */
export type Answer =
	| { kind: 'choice'; optionIds: string[] }
	| { kind: 'order'; optionIds: string[] }
	| { kind: 'text'; text: string };

export const answerSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('choice'), optionIds: z.array(id).min(1).max(MAX_OPTIONS) }),
	z.object({ kind: z.literal('order'), optionIds: z.array(id).min(2).max(MAX_OPTIONS) }),
	z.object({
		kind: z.literal('text'),
		text: freeText({ max: OPEN_ANSWER_MAX_LENGTH, min: 1, multiline: true })
	})
]);

/**
 * Checks that an answer fits the question (right kind, known options) and whether it is
 * correct: true/false for graded questions, null for polls and open questions.
 * Returns 'invalid' when the answer does not fit the question at all.
 */
export function evaluateAnswer(q: QuestionSlide, a: Answer): { correct: boolean | null } | 'invalid' {
	const ids = optionIdsOf(q);
	const allKnown = (list: string[]) =>
		list.every((i) => ids.includes(i)) && new Set(list).size === list.length;
	switch (q.type) {
		case 'open':
			return a.kind === 'text' ? { correct: null } : 'invalid';
		case 'order':
			if (a.kind !== 'order' || a.optionIds.length !== ids.length || !allKnown(a.optionIds)) return 'invalid';
			return { correct: a.optionIds.every((o, i) => o === q.correct[i]) };
		case 'poll':
			return a.kind === 'choice' && a.optionIds.length === 1 && allKnown(a.optionIds)
				? { correct: null }
				: 'invalid';
		case 'single':
		case 'truefalse':
			if (a.kind !== 'choice' || a.optionIds.length !== 1 || !allKnown(a.optionIds)) return 'invalid';
			return { correct: a.optionIds[0] === q.correct[0] };
		case 'multiple': {
			if (a.kind !== 'choice' || !allKnown(a.optionIds)) return 'invalid';
			// All right options and no wrong one: partial answers are not correct.
			const chosen = new Set(a.optionIds);
			return { correct: chosen.size === q.correct.length && q.correct.every((c) => chosen.has(c)) };
		}
	}
}

/** A question as a phone may see it before the reveal: no right answer, order options shuffled. */
export interface PublicQuestion {
	id: string;
	type: QuestionType;
	prompt: string;
	options: Option[];
	timeLimitSec: number;
	points: boolean;
	illustration?: IllustrationId;
}

/**
 * Strips the answer from a question. Options are shown as they stand in the session's copy of
 * the workshop, whose ordering questions `shuffleOrderOptions` has put in a secret order.
 */
export function publicQuestion(q: QuestionSlide): PublicQuestion {
	const options = q.type === 'truefalse' ? TRUE_FALSE_OPTIONS.map((o) => ({ id: o, text: o })) : q.options;
	return {
		id: q.id,
		type: q.type,
		prompt: q.prompt,
		options,
		timeLimitSec: q.timeLimitSec,
		points: q.points,
		...(q.illustration ? { illustration: q.illustration } : {})
	};
}

/**
 * The workshop with the options of every ordering question shuffled, never in the right order
 * when avoidable: authors list the steps in order, so the list a phone gets would give it away.
 * `draws(slideId)` must be unpredictable to participants (keyed with the session's secret on
 * the server): a shuffle seeded by the question id alone can be redone and undone on a phone.
 */
export function shuffleOrderOptions(workshop: Workshop, draws: (slideId: string) => () => number): Workshop {
	return {
		...workshop,
		slides: workshop.slides.map((s) =>
			s.kind === 'question' && s.type === 'order'
				? { ...s, options: shuffled(s.options, draws(s.id), s.correct) }
				: s
		)
	};
}

function shuffled<T extends { id: string }>(items: T[], random: () => number, avoid: string[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	// A shuffle that happens to equal the right order would give the answer away: rotate it.
	if (out.length > 1 && out.every((o, i) => o.id === avoid[i])) out.push(out.shift()!);
	return out;
}
