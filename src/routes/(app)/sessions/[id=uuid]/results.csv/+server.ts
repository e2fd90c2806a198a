import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/guards';
import { resultsCsv } from '$lib/server/services/quiz/results';
import type { RequestHandler } from './$types';

const paramsSchema = z.object({ id: z.uuid() });

/** The results as a spreadsheet file, headers in the reader's language. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const parsed = paramsSchema.safeParse(params);
	if (!parsed.success) error(404, translate(locals.locale, 'quiz.error.notFound'));
	try {
		const { fileName, csv } = await resultsCsv(user, parsed.data.id, locals.locale);
		return new Response(csv, {
			headers: {
				'Content-Type': 'text/csv; charset=utf-8',
				// safeFileName leaves plain ASCII only, so no filename* variant or escaping is needed.
				'Content-Disposition': `attachment; filename="${fileName}"`,
				// Names and answers of residents: not for shared caches or the browser's back button.
				'Cache-Control': 'no-store'
			}
		});
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
};
