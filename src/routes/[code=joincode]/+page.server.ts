import { redirect } from '@sveltejs/kit';
import { lookUpCodeForPage } from '$lib/server/limits';
import { isCampaignCode } from '$lib/server/services/burglary/registrations';
import { publicGameInfo } from '$lib/server/services/game/games';
import { publicSessionInfo } from '$lib/server/services/quiz/sessions';
import type { PageServerLoad } from './$types';

/**
 * The short URL on the projector: /482913 leads to the phone page of that session, Boef in de
 * Wijk (/game), a Houd u de boef tegen? campaign's registration (/r) or else the workshop quiz
 * (/play, which says so when the code is unknown).
 * Temporary redirects: a code is free again once its session is gone. Where it leads tells
 * whether it exists, so the lookup counts against the address's wrong guesses (limits.ts).
 */
export const load: PageServerLoad = async (event) => {
	const code = event.params.code;
	const target = await lookUpCodeForPage(event, code, async () => {
		if (await publicGameInfo(code)) return `/game/${code}`;
		if (await isCampaignCode(code)) return `/r/${code}`;
		return (await publicSessionInfo(code)) ? `/play/${code}` : null;
	});
	redirect(307, target ?? `/play/${code}`);
};
