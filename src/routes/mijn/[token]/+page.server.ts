import { error, fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import type { FieldError } from '$lib/form-types';
import { AppError } from '$lib/server/errors';
import { mailOrigin } from '$lib/server/origin';
import {
	ownRegistration,
	updateRegistration,
	withdrawRegistration
} from '$lib/server/services/burglary/registrations';
import {
	issuesToFields,
	registrationInput,
	valuesFromForm,
	type RegistrationValues
} from '$lib/components/registration/form-values';
import type { Actions, PageServerLoad } from './$types';

/**
 * A household's personal page: the secret token in the URL is the only key (no login). Its
 * data is shown only here, so the page is never cached or indexed; a link that no longer works
 * says so and nothing else.
 */
export const load: PageServerLoad = async ({ params, locals, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' });
	const own = await ownRegistration(params.token);
	if (!own) error(404, translate(locals.locale, 'burglary.error.linkInvalid'));
	return {
		own,
		/** Just registered (from /r/[code]): "check your e-mail". */
		registered: url.searchParams.has('aangemeld'),
		/** ...but the confirmation could not be sent (the installation's mail budget): keep this page. */
		mailWithheld: url.searchParams.get('aangemeld') === 'zonder-mail',
		/** The second step of deleting: "are you sure?". */
		confirmDelete: url.searchParams.has('verwijderen')
	};
};

type UpdateFailure = { error: FieldError; fields?: Record<string, FieldError>; values?: RegistrationValues };

/** A service refusal (link gone, outcome published) as a message above the form. */
function refusal(err: unknown, values?: RegistrationValues) {
	if (!(err instanceof AppError)) throw err;
	return fail(err.status, { error: { key: err.code, params: err.params }, values } satisfies UpdateFailure);
}

export const actions: Actions = {
	update: async ({ request, params, url }) => {
		const form = await request.formData().catch(() => new FormData());
		const values = valuesFromForm(form);
		let result: Awaited<ReturnType<typeof updateRegistration>>;
		try {
			result = await updateRegistration(params.token, registrationInput(values), mailOrigin(url));
		} catch (err) {
			return refusal(err, values);
		}
		if (!result.ok)
			return fail(400, {
				error: { key: 'error.formHasErrors' },
				fields: issuesToFields(result.issues),
				values
			} satisfies UpdateFailure);
		return { updated: true };
	},

	withdraw: async ({ params, locals }) => {
		const own = await ownRegistration(params.token);
		if (!own) error(404, translate(locals.locale, 'burglary.error.linkInvalid'));
		try {
			await withdrawRegistration(params.token);
		} catch (err) {
			return refusal(err);
		}
		// The token is dead now: the "deleted" page also clears what the phone kept.
		redirect(303, `/mijn/verwijderd?code=${own.joinCode}`);
	}
};
