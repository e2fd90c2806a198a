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

/** Stands in for the site's origin: only whether a target stays on it matters here. */
const HERE = 'http://duizendogen.invalid';

/**
 * Only local paths are followed after login, so a link cannot send someone to another site.
 * The target is parsed the way a browser will (which drops tabs and newlines and reads `\` as
 * `/`, so `/<tab>/evil.example` is `//evil.example`), and only a same-origin result is kept,
 * rebuilt from its parts.
 */
export function safeRedirectTarget(value: string | null | undefined, fallback = '/dashboard'): string {
	if (!value || !value.startsWith('/')) return fallback;
	let target: URL;
	try {
		target = new URL(value, HERE);
	} catch {
		return fallback;
	}
	if (target.origin !== HERE) return fallback;
	return target.pathname + target.search + target.hash;
}
