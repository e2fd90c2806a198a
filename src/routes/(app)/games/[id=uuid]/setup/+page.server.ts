import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import type { FormFailure } from '$lib/form-types';
import { AppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/guards';
import { controllableGame, updatePlan } from '$lib/server/services/game/games';
import { viewPlanIssue, type PlanIssueView } from './issues';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url, 'sessions:host');
	try {
		const game = await controllableGame(user, params.id);
		return { id: game.id, title: game.title, phase: game.state.phase, plan: game.plan };
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
};

/** The editor posts the whole plan as JSON; its content is checked by the service. */
const saveSchema = z.object({
	title: z.string().max(1000),
	plan: z.string().max(1_000_000)
});

type SaveFailure = FormFailure & { issues?: PlanIssueView[] };

export const actions: Actions = {
	save: async ({ request, locals, url, params }) => {
		const user = requireUser(locals, url, 'sessions:host');
		const refuse = (status: number, failure: SaveFailure) => fail(status, failure);
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return refuse(400, { error: { key: 'error.invalidInput' } });
		}
		const parsed = saveSchema.safeParse({ title: form.get('title'), plan: form.get('plan') });
		if (!parsed.success) return refuse(400, { error: { key: 'error.invalidInput' } });
		let plan: unknown;
		try {
			plan = JSON.parse(parsed.data.plan);
		} catch {
			return refuse(400, { error: { key: 'error.invalidInput' } });
		}
		try {
			const result = await updatePlan(user, params.id, parsed.data.title, plan);
			if (!result.ok)
				return refuse(400, {
					error: { key: 'error.formHasErrors' },
					issues: result.issues.map((i) => viewPlanIssue(plan, i))
				});
			return { saved: true };
		} catch (err) {
			if (err instanceof AppError)
				return refuse(err.status, { error: { key: err.code, params: err.params } });
			throw err;
		}
	}
};
