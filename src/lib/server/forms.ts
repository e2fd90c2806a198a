import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import { freeText, isUnstorable } from '$lib/domain/text';
import { isMessageKey } from '$lib/i18n';
import type { FieldError, FormFailure } from '$lib/form-types';
import { AppError } from './errors';

const SECRET = /password/i;

export function valuesOf(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, v] of form) if (typeof v === 'string' && !SECRET.test(k)) values[k] = v.slice(0, 500);
	return values;
}

function toFieldError(issue: z.core.$ZodIssue): FieldError {
	// A field missing from the form altogether is reported like an empty one.
	if (issue.code === 'invalid_type' && issue.input === undefined) return { key: 'error.required' };
	const key = isMessageKey(issue.message) ? issue.message : 'error.invalidInput';
	if (issue.code === 'too_big') return { key, params: { max: Number(issue.maximum) } };
	return { key };
}

/**
 * Parses a form against a schema whose messages are catalogue keys. On failure, returns the
 * ActionFailure to hand back from the action, with one translated error per field.
 */
export async function parseForm<S extends z.ZodType>(
	request: Request,
	schema: S
): Promise<
	{ data: z.infer<S>; form: FormData; failure?: undefined } | { failure: ActionFailure<FormFailure> }
> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return { failure: fail(400, { error: { key: 'error.invalidInput' } }) };
	}
	const parsed = schema.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')));
	// Free text is cleaned by its schema; whatever else would make the database refuse the row
	// (a NUL in an e-mail address, say) is refused here with a message, not a 500.
	if (parsed.success && isUnstorable(parsed.data))
		return { failure: fail(400, { error: { key: 'error.unstorable' }, values: valuesOf(form) }) };
	if (parsed.success) return { data: parsed.data, form };
	const fields: Record<string, FieldError> = {};
	for (const issue of parsed.error.issues) {
		const name = String(issue.path[0] ?? 'form');
		fields[name] ??= toFieldError(issue);
	}
	return { failure: fail(400, { error: { key: 'error.formHasErrors' }, fields, values: valuesOf(form) }) };
}

/** Which form field a service error belongs to, by its message key. */
function fieldOf(code: string): string | undefined {
	if (code.startsWith('password.')) return code === 'password.wrongCurrent' ? 'currentPassword' : 'password';
	if (code === 'error.emailTaken') return 'email';
	return undefined;
}

/**
 * Turns an expected service error into a form failure, shown next to its field when it has one
 * (with the general "form has errors" above the form), otherwise above the form.
 * Anything that is not an AppError is rethrown (500).
 */
export function failWith(
	err: unknown,
	values: Record<string, string> = {},
	rename: Record<string, string> = {}
): ActionFailure<FormFailure> {
	if (!(err instanceof AppError)) throw err;
	const e = { key: err.code, params: err.params };
	const field = fieldOf(err.code);
	if (!field) return fail(err.status, { error: e, values });
	return fail(err.status, {
		error: { key: 'error.formHasErrors' },
		fields: { [rename[field] ?? field]: e },
		values
	});
}

/** Field schemas shared by the forms. Messages are catalogue keys. */
export const fields = {
	name: freeText({ max: 100, min: 1 }),
	email: z
		.string()
		.trim()
		.min(1, 'error.required')
		.max(254, 'error.tooLong')
		.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'error.invalidEmail'),
	/** Policy (length, common passwords) is checked by the service, which knows name and e-mail. */
	password: z.string().min(1, 'error.required').max(1024, 'error.tooLong')
};
