import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { lookUpCodeForPage } from '$lib/server/limits';
import { campaignForWorkshopCode } from '$lib/server/services/burglary/registrations';
import { publicSessionInfo } from '$lib/server/services/quiz/sessions';
import type { PageServerLoad } from './$types';

/**
 * Only the title: everything live comes over the socket once the phone has joined. And the
 * Houd u de boef tegen? campaign linked to this workshop, if any: its end screen invites to it.
 */
export const load: PageServerLoad = async (event) => {
	const { params, locals } = event;
	// A wrong code counts against the address's guesses (limits.ts); a known one costs nothing.
	const info = await lookUpCodeForPage(event, params.code, () => publicSessionInfo(params.code));
	if (!info) error(404, translate(locals.locale, 'join.codeUnknown'));
	const campaign = await campaignForWorkshopCode(params.code);
	return { code: params.code, title: info.title, ended: info.ended, campaign };
};
