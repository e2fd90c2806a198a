import { fail } from '@sveltejs/kit';
import type { FormFailure } from '$lib/form-types';
import { AppError } from '$lib/server/errors';
import { valuesOf } from '$lib/server/forms';
import { linkableWorkshopSessions, updateSettings } from '$lib/server/services/burglary/campaigns';
import { runCampaign } from '../../campaign.server';
import { isShowableDraft } from './draft-shape';
import { mergeFormFields, placeIssues, type PlacedIssue } from './settings-issues';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user, row } = await runCampaign(locals, url, params.id);
	const workshops = await linkableWorkshopSessions(user);
	return {
		id: row.id,
		title: row.title,
		settings: row.settings,
		// The service refuses changes once the outcome is out; the page then only shows them.
		editable: row.publishedAt === null && row.personalDataDeletedAt === null,
		workshops: workshops.map((w) => ({ id: w.id, title: w.title, createdAtMs: w.createdAt.getTime() }))
	};
};

/** What a refused save returns: problems per field, and what was posted to show again. */
type SaveFailure = FormFailure & { issues?: PlacedIssue[]; posted?: { title: string; settings: unknown } };

const MAX_JSON = 1_000_000;

export const actions: Actions = {
	/** The form posts the settings as JSON (built in the browser) plus plain inputs; see mergeFormFields. */
	save: async ({ request, locals, url, params }) => {
		const { user } = await runCampaign(locals, url, params.id);
		const refuse = (status: number, failure: SaveFailure) => fail(status, failure);
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return refuse(400, { error: { key: 'error.invalidInput' } });
		}
		const values = valuesOf(form);
		const json = form.get('settings');
		const title = form.get('title');
		if (
			typeof json !== 'string' ||
			json.length > MAX_JSON ||
			typeof title !== 'string' ||
			title.length > 1000
		)
			return refuse(400, { error: { key: 'error.invalidInput' } });
		let settings: unknown;
		try {
			settings = JSON.parse(json);
		} catch {
			return refuse(400, { error: { key: 'error.invalidInput' } });
		}
		// Only an object can be settings; anything else (null, a list, a number) is no draft the
		// form could show again beside its fields.
		if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
			return refuse(400, { error: { key: 'error.invalidInput' } });
		settings = mergeFormFields(settings, values);
		try {
			const result = await updateSettings(user, params.id, title, settings);
			if (!result.ok && !isShowableDraft(settings))
				return refuse(400, { error: { key: 'error.invalidInput' } });
			if (!result.ok)
				return refuse(400, {
					error: { key: 'error.formHasErrors' },
					issues: placeIssues(result.issues, settings),
					posted: { title, settings }
				});
			return { saved: true };
		} catch (err) {
			if (err instanceof AppError)
				return refuse(err.status, { error: { key: err.code, params: err.params } });
			throw err;
		}
	}
};
