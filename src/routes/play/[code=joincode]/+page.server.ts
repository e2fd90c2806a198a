import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { campaignForWorkshopCode } from '$lib/server/services/burglary/registrations';
import { publicSessionInfo } from '$lib/server/services/quiz/sessions';
import type { PageServerLoad } from './$types';

/**
 * Only the title: everything live comes over the socket once the phone has joined. And the
 * Houd u de boef tegen? campaign linked to this workshop, if any: its end screen invites to it.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const info = await publicSessionInfo(params.code);
	if (!info) error(404, translate(locals.locale, 'join.codeUnknown'));
	const campaign = await campaignForWorkshopCode(params.code);
	return { code: params.code, title: info.title, ended: info.ended, campaign };
};
