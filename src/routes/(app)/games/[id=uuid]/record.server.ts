import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/guards';
import { gameRecord } from '$lib/server/services/game/games';

/**
 * First lines of the results and the debrief: login, and everything stored about a game the
 * user may review (its spelleider, a beheerder, or an organiser reviewing outcomes). Read from
 * the database, so both pages work long after the game ended.
 */
export async function reviewedGame(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url);
	if (!z.uuid().safeParse(id).success) error(404, translate(locals.locale, 'game.error.notFound'));
	try {
		return await gameRecord(user, id);
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
}
