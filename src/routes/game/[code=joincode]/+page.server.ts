import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { publicGameInfo } from '$lib/server/services/game/games';
import type { PageServerLoad } from './$types';

/** Only the title: everything live comes over the socket once the phone has joined. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const info = await publicGameInfo(params.code);
	if (!info) error(404, translate(locals.locale, 'join.codeUnknown'));
	return { code: params.code, title: info.title, ended: info.ended };
};
