import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { freeText } from '$lib/domain/text';
import { translate } from '$lib/i18n';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { failWith, fields, parseForm, valuesOf } from '$lib/server/forms';
import { isInstalled, setupInstallation } from '$lib/server/services/accounts';
import { createSession } from '$lib/server/services/auth';
import type { Actions, PageServerLoad } from './$types';

/** The one-time setup page exists only until it has been used. */
async function assertNotInstalled(locale: App.Locals['locale']) {
	if (await isInstalled()) error(404, translate(locale, 'setup.alreadyDone'));
}

export const load: PageServerLoad = async ({ locals }) => {
	await assertNotInstalled(locals.locale);
};

const schema = z
	.object({
		organisationName: freeText({ max: 200, min: 1 }),
		name: fields.name,
		email: fields.email,
		password: fields.password,
		passwordConfirm: z.string()
	})
	.refine((v) => v.password === v.passwordConfirm, {
		message: 'password.mismatch',
		path: ['passwordConfirm']
	});

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		await assertNotInstalled(locals.locale);
		const parsed = await parseForm(request, schema);
		if (parsed.failure) return parsed.failure;
		const { data, form } = parsed;
		let accountId: string;
		try {
			({ accountId } = await setupInstallation(data));
		} catch (err) {
			return failWith(err, valuesOf(form));
		}
		const session = await createSession(accountId);
		setSessionCookie(cookies, url, session.token, session.expiresAt);
		redirect(303, '/dashboard');
	}
};
