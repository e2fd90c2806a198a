import { fail, redirect } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { lookUpCode, lookUpCodeForPage } from '$lib/server/limits';
import { isCampaignCode } from '$lib/server/services/burglary/registrations';
import { publicGameInfo } from '$lib/server/services/game/games';
import { publicSessionInfo } from '$lib/server/services/quiz/sessions';
import type { Actions, PageServerLoad } from './$types';

/**
 * Where a join code leads: the phone page of a Boef in de Wijk game, the registration page of
 * a Houd u de boef tegen? campaign, or the phone page of a workshop quiz.
 */
async function phonePath(code: string): Promise<string | null> {
	if (await publicGameInfo(code)) return `/game/${code}`;
	if (await isCampaignCode(code)) return `/r/${code}`;
	if (await publicSessionInfo(code)) return `/play/${code}`;
	return null;
}

export const load: PageServerLoad = async (event) => {
	const code = event.url.searchParams.get('code')?.replace(/\s/g, '');
	// A QR code may carry the code: go straight on (an unknown one lands on the quiz page's 404).
	// Every lookup counts against the address's wrong guesses (limits.ts).
	if (code && /^\d{6}$/.test(code))
		redirect(303, (await lookUpCodeForPage(event, code, () => phonePath(code))) ?? `/play/${code}`);
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await request.formData().catch(() => new FormData());
		const code = String(form.get('code') ?? '').replace(/\s/g, '');
		if (!/^\d{6}$/.test(code)) return fail(400, { error: { key: 'join.codeInvalid' as const }, code });
		let path: string | null;
		try {
			path = await lookUpCode(getClientAddress(), code, () => phonePath(code));
		} catch (err) {
			if (err instanceof AppError && err.status === 429)
				return fail(429, { error: { key: 'error.tooManyAttempts' as const, params: err.params }, code });
			throw err;
		}
		if (!path) return fail(404, { error: { key: 'join.codeUnknown' as const }, code });
		redirect(303, path);
	}
};
