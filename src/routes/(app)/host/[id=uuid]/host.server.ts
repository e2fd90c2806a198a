import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/guards';
import { controllableSession } from '$lib/server/services/quiz/access';

/** Shared first lines of the projector and remote pages: login, permission, the session row. */
export async function hostedSession(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url, 'sessions:host');
	try {
		return await controllableSession(user, id);
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
}
