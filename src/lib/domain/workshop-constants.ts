/** Limits and fixed lists of the workshop model (see workshop.ts for the schemas). No dependencies. */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'poll', 'open'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Built-in SVG illustrations (src/lib/components/illustrations); no downloads at run time. */
export const ILLUSTRATIONS = [
	'saar',
	'phone-112',
	'eyes',
	'house',
	'car',
	'person',
	'whatsapp-group',
	'lock',
	'lamp',
	'ladder'
] as const;
export type IllustrationId = (typeof ILLUSTRATIONS)[number];

export const TIME_LIMIT_MIN_SEC = 5;
export const TIME_LIMIT_MAX_SEC = 240;
export const MAX_OPTIONS = 6;
export const MAX_SLIDES = 200;
export const OPEN_ANSWER_MAX_LENGTH = 500;

/** Ids of the two implicit options of a true/false ("verdacht of niet?") question. */
export const TRUE_FALSE_OPTIONS = ['true', 'false'] as const;
