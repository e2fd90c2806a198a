/**
 * Where a workshop validation problem belongs, for the list page (import errors) and the editor
 * (errors beside their fields). Shared by server and browser: plain data in, plain data out.
 */
import { isMessageKey, type MessageKey, type MessageParams } from '$lib/i18n';

export interface IssueView {
	key: MessageKey;
	params?: MessageParams;
	/** 1-based slide number at the time of the check, when the problem is inside a slide. */
	slide?: number;
	/** Id of the slide, so the editor can follow the slide when it moves afterwards. */
	slideId?: string;
	/** Label of the field concerned, e.g. "Antwoordopties" or "Optie {number}". */
	field?: MessageKey;
	fieldParams?: MessageParams;
	/** DOM id of the editor element that shows the problem (see fieldIds). */
	target: string;
}

/** DOM ids of the editor's fields; the server uses them to say where each problem goes. */
export const fieldIds = {
	workshop: (field: string) => `w-${field}`,
	slide: (slideId: string) => `s-${slideId}`,
	slideField: (slideId: string, field: string) => `s-${slideId}-${field}`,
	/** One fieldset shows problems with the options and with the right answer. */
	answers: (slideId: string) => `s-${slideId}-answers`,
	option: (slideId: string, optionId: string) => `s-${slideId}-o-${optionId}`
};

const SAFE_ID = /^[A-Za-z0-9_-]{1,40}$/;

function idAt(list: unknown, index: unknown): string | undefined {
	if (!Array.isArray(list) || typeof index !== 'number') return undefined;
	const id = (list[index] as { id?: unknown } | undefined)?.id;
	return typeof id === 'string' && SAFE_ID.test(id) ? id : undefined;
}

function fieldLabel(name: unknown): MessageKey | undefined {
	const key = `workshops.field.${String(name)}`;
	return isMessageKey(key) ? key : undefined;
}

/** Places one problem (a zod path into the checked content) on a slide and a field. */
export function viewIssue(
	content: unknown,
	issue: { path: (string | number)[]; key: MessageKey; params?: MessageParams }
): IssueView {
	const { path, key, params } = issue;
	const base = { key, ...(params ? { params } : {}) };
	if (path[0] !== 'slides' || typeof path[1] !== 'number') {
		const field = path[0] === undefined ? undefined : String(path[0]);
		return { ...base, field: fieldLabel(field), target: fieldIds.workshop(field ?? 'title') };
	}
	const slides = (content as { slides?: unknown } | null)?.slides;
	const slideId = idAt(slides, path[1]);
	const slide = path[1] + 1;
	const name = path[2];
	const where = { ...base, slide, ...(slideId ? { slideId } : {}), field: fieldLabel(name) };
	if (!slideId) return { ...where, target: `slide-${path[1]}` };
	if (name === 'options' || name === 'correct') {
		const options = (slides as { options?: unknown }[])[path[1]]?.options;
		const optionId = path[4] === 'text' ? idAt(options, path[3]) : undefined;
		if (!optionId) return { ...where, target: fieldIds.answers(slideId) };
		return {
			...where,
			field: 'workshops.option.label',
			fieldParams: { number: (path[3] as number) + 1 },
			target: fieldIds.option(slideId, optionId)
		};
	}
	return {
		...where,
		target: name === undefined ? fieldIds.slide(slideId) : fieldIds.slideField(slideId, String(name))
	};
}
