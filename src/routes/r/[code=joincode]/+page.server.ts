import { error, fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import type { FieldError } from '$lib/form-types';
import { AppError } from '$lib/server/errors';
import { mailOrigin, sessionCookieSecure } from '$lib/server/origin';
import { publicCampaign, register, sendNewLinks } from '$lib/server/services/burglary/registrations';
import { INVITE_COOKIE, INVITE_PARAM, INVITE_TOKEN } from '$lib/server/services/burglary/invite';
import {
	issuesToFields,
	registrationInput,
	valuesFromForm,
	type RegistrationValues
} from '$lib/components/registration/form-values';
import type { Actions, PageServerLoad } from './$types';

/**
 * The public page of a campaign, no login: the registration form while it is open, the
 * anonymous outcome once it is published. Nothing about any household is ever on it.
 */
export const load: PageServerLoad = async ({ params, locals, url, cookies }) => {
	const campaign = await publicCampaign(params.code);
	if (!campaign) error(404, translate(locals.locale, 'burglary.error.notFound'));
	// Came from a workshop's invitation: keep its token for the register action (the form's
	// action URL drops the query), only for this campaign's page. The action checks it.
	const invite = url.searchParams.get(INVITE_PARAM);
	if (invite && INVITE_TOKEN.test(invite))
		cookies.set(INVITE_COOKIE, invite, {
			path: `/r/${params.code}`,
			httpOnly: true,
			sameSite: 'lax',
			secure: sessionCookieSecure(url),
			maxAge: 7 * 24 * 3600
		});
	return { campaign };
};

/** What the "Link kwijt?" form gets back; apart from the registration form's own. */
type NewLinkResult = { sent?: boolean; error?: FieldError; field?: FieldError; email?: string };

type RegisterFailure = { error: FieldError; fields?: Record<string, FieldError>; values: RegistrationValues };

export const actions: Actions = {
	register: async ({ request, params, url, locals, cookies, getClientAddress }) => {
		const form = await request.formData().catch(() => new FormData());
		const values = valuesFromForm(form);
		let result: Awaited<ReturnType<typeof register>>;
		try {
			result = await register(
				params.code,
				registrationInput(values),
				mailOrigin(url),
				locals.locale,
				Date.now(),
				getClientAddress(),
				cookies.get(INVITE_COOKIE)
			);
		} catch (err) {
			if (err instanceof AppError)
				return fail(err.status, {
					error: { key: err.code, params: err.params },
					values
				} satisfies RegisterFailure);
			throw err;
		}
		if (!result.ok)
			return fail(400, {
				error: { key: 'error.formHasErrors' },
				fields: issuesToFields(result.issues),
				values
			} satisfies RegisterFailure);
		// The personal page says "check your e-mail"; the phone keeps the token on the way there.
		// Over the installation's mail budget the confirmation is not sent: the page says so.
		redirect(303, `/mijn/${result.token}?aangemeld${result.mailQueued ? '' : '=zonder-mail'}`);
	},

	/** "Link kwijt?": the same answer whether or not the address is registered. */
	newLink: async ({ request, params, url, getClientAddress }) => {
		const form = await request.formData().catch(() => new FormData());
		const email = String(form.get('linkEmail') ?? '');
		let result: Awaited<ReturnType<typeof sendNewLinks>>;
		try {
			result = await sendNewLinks(params.code, email, mailOrigin(url), Date.now(), getClientAddress());
		} catch (err) {
			if (err instanceof AppError)
				return fail(err.status, {
					newLink: { error: { key: err.code, params: err.params }, email } satisfies NewLinkResult
				});
			throw err;
		}
		if (!result.ok) {
			const field = issuesToFields(result.issues).email ?? { key: 'burglary.error.email' };
			return fail(400, { newLink: { field, email } satisfies NewLinkResult });
		}
		return { newLink: { sent: true } satisfies NewLinkResult };
	}
};
