import { redirect } from '@sveltejs/kit';
import { publicGameInfo } from '$lib/server/services/game/games';
import type { PageServerLoad } from './$types';

/**
 * The short URL on the projector: /482913 leads to the phone page of that session, Boef in de
 * Wijk (/game) or else the workshop quiz (/play, which says so when the code is unknown).
 * Temporary redirects: a code is free again once its session is gone.
 */
export const load: PageServerLoad = async ({ params }) => {
	if (await publicGameInfo(params.code)) redirect(307, `/game/${params.code}`);
	redirect(307, `/play/${params.code}`);
};
