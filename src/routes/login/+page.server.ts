import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { DEVICE_COOKIE, setDeviceCookie } from '$lib/server/auth/device-cookie';
import { failWith, fields, parseForm } from '$lib/server/forms';
import { safeRedirectTarget } from '$lib/server/guards';
import { login } from '$lib/server/services/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	return { notice: url.searchParams.get('notice') === 'logged-out' ? ('login.loggedOut' as const) : null };
};

const schema = z.object({ email: fields.email, password: fields.password });

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const parsed = await parseForm(request, schema);
		if (parsed.failure) return parsed.failure;
		const { email, password } = parsed.data;
		let result;
		try {
			result = await login({ email, password, ip: getClientAddress(), device: cookies.get(DEVICE_COOKIE) });
		} catch (err) {
			return failWith(err, { email });
		}
		setSessionCookie(cookies, url, result.token, result.expiresAt);
		// This browser is now known for the account: failures from elsewhere do not hold it back.
		if (result.device) setDeviceCookie(cookies, url, result.device);
		if (result.user.mustChangePassword) redirect(303, '/account/password');
		redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	}
};
