import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { can, type Permission } from './auth/roles';
import type { SessionUser } from './services/auth';

/**
 * The first line of every protected load and action. Layout loads do not run for form
 * actions, so each action calls this itself.
 */
export function requireUser(locals: App.Locals, url: URL, permission?: Permission): SessionUser {
	const user = locals.user;
	if (!user) {
		if (url.pathname === '/') redirect(303, '/login');
		redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	}
	if (permission && !can(user.role, permission)) error(403, translate(locals.locale, 'error.forbidden'));
	return user;
}

/** Only local paths are followed after login, so a link cannot send someone to another site. */
export function safeRedirectTarget(value: string | null | undefined, fallback = '/dashboard'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	return value;
}
