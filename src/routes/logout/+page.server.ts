import { redirect } from '@sveltejs/kit';
import { clearSessionCookie, SESSION_COOKIE } from '$lib/server/auth/cookies';
import { logout } from '$lib/server/services/auth';
import type { Actions, PageServerLoad } from './$types';

// Logging out changes state, so it is a POST (a link could be followed by a prefetcher).
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ cookies, url }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token) await logout(token);
		clearSessionCookie(cookies, url);
		redirect(303, '/login?notice=logged-out');
	}
};
