import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { freeText } from '$lib/domain/text';
import { translate } from '$lib/i18n';
import { can } from '$lib/server/auth/roles';
import { AppError } from '$lib/server/errors';
import { failWith, parseForm, valuesOf } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { createGame, listGames } from '$lib/server/services/game/games';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Hosts and reviewers both come here; listGames checks that the role is one of them.
	const user = requireUser(locals, url);
	try {
		const games = await listGames(user);
		return {
			games: games.map((g) => ({
				id: g.id,
				title: g.title,
				phase: g.phase,
				createdAt: g.createdAt,
				participants: g.participants
			})),
			canHost: can(user.role, 'sessions:host')
		};
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
};

const createSchema = z.object({
	title: freeText({ max: 120, min: 1 }),
	boefName: freeText({ max: 40, min: 1 })
});

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const user = requireUser(locals, url, 'sessions:host');
		const parsed = await parseForm(request, createSchema);
		if (parsed.failure) return parsed.failure;
		let id: string;
		try {
			({ id } = await createGame(user, parsed.data.title, parsed.data.boefName));
		} catch (err) {
			return failWith(err, valuesOf(parsed.form));
		}
		redirect(303, `/games/${id}/setup`);
	}
};
