import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/guards';
import { sessionResults } from '$lib/server/services/quiz/results';
import type { PageServerLoad } from './$types';

const paramsSchema = z.object({ id: z.uuid() });

export const load: PageServerLoad = async ({ locals, url, params }) => {
	// Hosts and reviewers both read results; the service checks the role and the organisation.
	const user = requireUser(locals, url);
	const parsed = paramsSchema.safeParse(params);
	if (!parsed.success) error(404, translate(locals.locale, 'quiz.error.notFound'));
	try {
		return { results: await sessionResults(user, parsed.data.id, locals.locale) };
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
};
