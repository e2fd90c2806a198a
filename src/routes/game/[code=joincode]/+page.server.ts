import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { lookUpCodeForPage } from '$lib/server/limits';
import { publicGameInfo } from '$lib/server/services/game/games';
import type { PageServerLoad } from './$types';

/** Only the title: everything live comes over the socket once the phone has joined. */
export const load: PageServerLoad = async (event) => {
	const { params, locals } = event;
	// A wrong code counts against the address's guesses (limits.ts); a known one costs nothing.
	const info = await lookUpCodeForPage(event, params.code, () => publicGameInfo(params.code));
	if (!info) error(404, translate(locals.locale, 'join.codeUnknown'));
	return { code: params.code, title: info.title, ended: info.ended };
};
