import { redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n';
import { sessionCookieSecure } from '$lib/server/origin';
import { safeRedirectTarget } from '$lib/server/guards';
import type { RequestHandler } from './$types';

/** Stores the chosen language for a year and goes back to the page the visitor was on. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData().catch(() => new FormData());
	const lang = form.get('lang');
	if (isLocale(lang)) {
		cookies.set(LOCALE_COOKIE, lang, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			// SvelteKit's default would be Secure on a LAN name over plain HTTP, and be dropped.
			secure: sessionCookieSecure(url),
			maxAge: 365 * 24 * 3600
		});
	}
	const back = form.get('redirectTo');
	redirect(303, safeRedirectTarget(typeof back === 'string' ? back : null, '/'));
};
