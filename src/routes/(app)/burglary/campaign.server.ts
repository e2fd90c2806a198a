import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import type { FieldError } from '$lib/form-types';
import { AppError } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { controllableCampaign } from '$lib/server/services/burglary/access';

const idSchema = z.uuid();

/**
 * A service call whose expected failure (not found, forbidden) becomes the error page, in the
 * viewer's language. Anything else is a real error (500).
 */
export async function orErrorPage<T>(locals: App.Locals, id: string, call: () => Promise<T>): Promise<T> {
	if (!idSchema.safeParse(id).success) error(404, translate(locals.locale, 'burglary.error.notFound'));
	try {
		return await call();
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
}

/** First lines of an organiser's page or action: login, permission, and a campaign this user runs. */
export async function runCampaign(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url, 'sessions:host');
	const row = await orErrorPage(locals, id, () => controllableCampaign(user, id));
	return { user, row };
}

/**
 * What a refused action of the overview returns: which part of the page it concerns (the
 * page has many small forms), the message, and the field it belongs beside when it has one.
 */
export interface SectionFailure {
	section: string;
	error: FieldError;
	fields?: Record<string, FieldError>;
	values?: Record<string, string>;
}

export function refuse(
	section: string,
	err: unknown,
	values: Record<string, string> = {},
	fieldOf: (code: string) => string | undefined = () => undefined
) {
	if (!(err instanceof AppError)) throw err;
	const e: FieldError = { key: err.code, params: err.params };
	const field = fieldOf(err.code);
	const failure: SectionFailure = field
		? { section, error: { key: 'error.formHasErrors' }, fields: { [field]: e }, values }
		: { section, error: e, values };
	return fail(err.status, failure);
}

/** parseForm for one of the overview's forms: its failure names the section too. */
export async function parseSection<S extends z.ZodType>(request: Request, schema: S, section: string) {
	const parsed = await parseForm(request, schema);
	if (!parsed.failure) return parsed;
	const failure = { ...parsed.failure.data, section } as SectionFailure;
	return { failure: fail(parsed.failure.status, failure) };
}
