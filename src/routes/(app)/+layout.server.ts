import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

/** Every page in (app) needs a login; someone with a temporary password must replace it first. */
export const load: LayoutServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	if (user.mustChangePassword && url.pathname !== '/account/password') redirect(303, '/account/password');
};
