/**
 * The one text schema for everything people type: names, titles, reports, answers, messages.
 *
 * What a phone sends can hold characters no database or screen should keep: NUL (PostgreSQL
 * refuses it in text and jsonb and fails the whole multi-row INSERT it sits in), other control
 * characters, and lone UTF-16 surrogates (half an emoji, cut by a keyboard or a truncating
 * client; jsonb refuses them). Nobody means to type those, so they are cleaned, not refused: a
 * resident's report with half an emoji is stored without it instead of being retried forever.
 * Lengths are checked after cleaning, with the catalogue's messages.
 */
import { z } from 'zod';

/** C0 controls except tab and newline, DEL and C1 controls: matching them is the point. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Zero-width and bidi controls that can hide or reorder text on a projector. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

export interface TextOptions {
	/** Keep line breaks (reports, explanations); otherwise all whitespace runs become one space. */
	multiline?: boolean;
}

/** The cleaned form of a string: well-formed, NFC, no control or invisible characters, trimmed. */
export function cleanText(value: string, { multiline = false }: TextOptions = {}): string {
	let v = value.replace(LONE_SURROGATE, '').replace(INVISIBLE, '');
	v = multiline ? v.replace(/\r\n?/g, '\n') : v.replace(/[\t\n\r]/g, ' ');
	v = v.replace(CONTROL, '').normalize('NFC');
	if (multiline)
		return v
			.split('\n')
			.map((line) => line.replace(/[ \t]+$/u, ''))
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim();
	return v.replace(/\s+/gu, ' ').trim();
}

export interface TextSchemaOptions extends TextOptions {
	/** Longest accepted text after cleaning, in UTF-16 code units. */
	max: number;
	/** Shortest, after cleaning; 1 makes the field required. Default 0. */
	min?: number;
	/** Message key when shorter than `min`. Default `error.required`. */
	minMessage?: string;
}

/**
 * A string field cleaned with `cleanText`. The raw input is cut at a multiple of `max` before
 * cleaning, so a megabyte string costs little (and is still refused as too long).
 */
export function freeText({ max, min = 0, minMessage = 'error.required', multiline }: TextSchemaOptions) {
	const cap = max * 4 + 64;
	return z
		.string()
		.transform((v) => cleanText(v.length > cap ? v.slice(0, cap) : v, { multiline }))
		.pipe(z.string().min(min, minMessage).max(max, 'error.tooLong'));
}

/**
 * True when a string anywhere in `value` (object keys included) still holds NUL or a lone
 * surrogate, or the value nests deeper than `maxDepth`. A last check on parsed input before it
 * is written, for fields that are not free text (ids, JSON documents) and would otherwise make
 * the database refuse a whole batch.
 */
export function isUnstorable(value: unknown, maxDepth = 32): boolean {
	const stack: [unknown, number][] = [[value, 0]];
	while (stack.length > 0) {
		const [v, depth] = stack.pop()!;
		if (typeof v === 'string') {
			if (hasBadCharacters(v)) return true;
		} else if (v !== null && typeof v === 'object') {
			if (depth >= maxDepth) return true;
			for (const [k, child] of Object.entries(v)) {
				if (hasBadCharacters(k)) return true;
				stack.push([child, depth + 1]);
			}
		}
	}
	return false;
}

function hasBadCharacters(s: string): boolean {
	LONE_SURROGATE.lastIndex = 0;
	return s.includes('\u0000') || LONE_SURROGATE.test(s);
}
