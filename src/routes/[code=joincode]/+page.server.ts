import { redirect } from '@sveltejs/kit';
import { isCampaignCode } from '$lib/server/services/burglary/registrations';
import { publicGameInfo } from '$lib/server/services/game/games';
import type { PageServerLoad } from './$types';

/**
 * The short URL on the projector: /482913 leads to the phone page of that session, Boef in de
 * Wijk (/game), a Houd u de boef tegen? campaign's registration (/r) or else the workshop quiz
 * (/play, which says so when the code is unknown).
 * Temporary redirects: a code is free again once its session is gone.
 */
export const load: PageServerLoad = async ({ params }) => {
	if (await publicGameInfo(params.code)) redirect(307, `/game/${params.code}`);
	if (await isCampaignCode(params.code)) redirect(307, `/r/${params.code}`);
	redirect(307, `/play/${params.code}`);
};
