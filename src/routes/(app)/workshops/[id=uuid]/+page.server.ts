import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import type { FormFailure } from '$lib/form-types';
import { AppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/guards';
import { getWorkshop, updateWorkshop, WorkshopInvalidError } from '$lib/server/services/workshops';
import { viewIssue, type IssueView } from '../issues';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url, 'workshops:edit');
	try {
		const stored = await getWorkshop(user, params.id);
		return { id: stored.id, workshop: stored.content, updatedAt: stored.updatedAt.toISOString() };
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
};

/** The editor posts the whole document as JSON; its content is checked by the service. */
const saveSchema = z.object({
	workshop: z.string().max(1_000_000),
	updatedAt: z.iso.datetime().optional()
});

type SaveFailure = FormFailure & { issues?: IssueView[] };

export const actions: Actions = {
	save: async ({ request, locals, url, params }) => {
		const user = requireUser(locals, url, 'workshops:edit');
		const refuse = (status: number, failure: SaveFailure) => fail(status, failure);
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return refuse(400, { error: { key: 'error.invalidInput' } });
		}
		const parsed = saveSchema.safeParse({
			workshop: form.get('workshop') ?? undefined,
			updatedAt: form.get('updatedAt') || undefined
		});
		if (!parsed.success) return refuse(400, { error: { key: 'error.invalidInput' } });
		let content: unknown;
		try {
			content = JSON.parse(parsed.data.workshop);
		} catch {
			return refuse(400, { error: { key: 'error.invalidInput' } });
		}
		const expected = parsed.data.updatedAt ? new Date(parsed.data.updatedAt) : undefined;
		try {
			const { updatedAt } = await updateWorkshop(user, params.id, content, expected);
			return { updatedAt: updatedAt.toISOString() };
		} catch (err) {
			if (err instanceof WorkshopInvalidError)
				return refuse(400, {
					error: { key: err.code },
					issues: err.issues.map((i) => viewIssue(content, i))
				});
			if (err instanceof AppError)
				return refuse(err.status, { error: { key: err.code, params: err.params } });
			throw err;
		}
	}
};
