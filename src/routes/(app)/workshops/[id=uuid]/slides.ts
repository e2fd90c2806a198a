/**
 * The editor's operations on plain workshop data. They mutate in place, so they work on Svelte
 * state proxies and on plain objects (unit tests) alike. No rules of validity live here: the
 * server checks the result with workshopSchema; these only keep the shape convenient.
 */
import {
	isGraded,
	type InfoSlide,
	type Option,
	type QuestionSlide,
	type QuestionType,
	type Slide
} from '$lib/domain/workshop';

/** Default answer time for a new question, in seconds. */
const DEFAULT_TIME_LIMIT_SEC = 20;

/**
 * A short random id, unique among `taken`. crypto.getRandomValues rather than randomUUID:
 * randomUUID exists only on HTTPS and localhost, and the app also runs over plain HTTP on a
 * laptop in a community centre.
 */
export function newId(taken: Iterable<string> = []): string {
	const used = new Set(taken);
	for (;;) {
		const bytes = crypto.getRandomValues(new Uint8Array(6));
		const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
		if (!used.has(id)) return id;
	}
}

export function blankInfo(id: string): InfoSlide {
	return { id, kind: 'info', title: '', body: '' };
}

function hasOptions(type: QuestionType): boolean {
	return type !== 'truefalse' && type !== 'open';
}

function blankOptions(count: number): Option[] {
	const options: Option[] = [];
	for (let i = 0; i < count; i++) options.push({ id: newId(options.map((o) => o.id)), text: '' });
	return options;
}

/** A new question: choice types start with two empty options and no right answer chosen yet. */
export function blankQuestion(id: string, type: QuestionType): QuestionSlide {
	const options = hasOptions(type) ? blankOptions(2) : [];
	return {
		id,
		kind: 'question',
		type,
		prompt: '',
		options,
		correct: type === 'order' ? options.map((o) => o.id) : [],
		timeLimitSec: DEFAULT_TIME_LIMIT_SEC,
		points: isGraded({ type }),
		explanation: ''
	};
}

/**
 * Switches a question to another type, keeping what still makes sense: the options when both
 * types have them, the right answers that remain possible.
 */
export function changeType(q: QuestionSlide, type: QuestionType): void {
	const wasGraded = isGraded(q);
	if (!hasOptions(type)) q.options = [];
	else if (q.options.length === 0) q.options = blankOptions(2);
	const ids = q.options.map((o) => o.id);
	switch (type) {
		case 'single':
			q.correct = q.correct.filter((c) => ids.includes(c)).slice(0, 1);
			break;
		case 'multiple':
			q.correct = q.correct.filter((c) => ids.includes(c));
			break;
		case 'order':
			q.correct = ids;
			break;
		case 'truefalse':
			q.correct = q.type === 'truefalse' ? q.correct : [];
			break;
		case 'poll':
		case 'open':
			q.correct = [];
	}
	if (!isGraded({ type })) q.points = false;
	else if (!wasGraded) q.points = true;
	q.type = type;
}

export function addOption(q: QuestionSlide): Option {
	const option = { id: newId(q.options.map((o) => o.id)), text: '' };
	q.options.push(option);
	if (q.type === 'order') q.correct = q.options.map((o) => o.id);
	return option;
}

export function removeOption(q: QuestionSlide, index: number): void {
	const [gone] = q.options.splice(index, 1);
	if (!gone) return;
	q.correct = q.type === 'order' ? q.options.map((o) => o.id) : q.correct.filter((c) => c !== gone.id);
}

/** For an ordering question the list order is the right order, so `correct` follows it. */
export function moveOption(q: QuestionSlide, index: number, delta: -1 | 1): number {
	const to = moveItem(q.options, index, delta);
	if (q.type === 'order') q.correct = q.options.map((o) => o.id);
	return to;
}

export function setCorrect(q: QuestionSlide, optionId: string, correct: boolean): void {
	if (q.type === 'multiple') {
		const others = q.correct.filter((c) => c !== optionId);
		// Kept in option order, so saving twice gives the same document.
		const chosen = correct ? [...others, optionId] : others;
		q.correct = q.options.map((o) => o.id).filter((id) => chosen.includes(id));
	} else if (correct) q.correct = [optionId];
}

/** Moves list[index] one place up (-1) or down (1). Returns the new index, or the old one at an end. */
export function moveItem<T>(list: T[], index: number, delta: -1 | 1): number {
	const to = index + delta;
	if (index < 0 || index >= list.length || to < 0 || to >= list.length) return index;
	const [item] = list.splice(index, 1);
	list.splice(to, 0, item!);
	return to;
}

/** One line that identifies a slide in the list: its title or question, if any yet. */
export function slideSummary(slide: Slide): string {
	return (slide.kind === 'info' ? slide.title : slide.prompt).trim();
}
