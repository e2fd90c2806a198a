import { fail, redirect } from '@sveltejs/kit';
import { publicSessionInfo } from '$lib/server/services/quiz/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const code = url.searchParams.get('code')?.replace(/\s/g, '');
	if (code && /^\d{6}$/.test(code)) redirect(303, `/play/${code}`);
};

export const actions: Actions = {
	default: async ({ request }) => {
		const form = await request.formData().catch(() => new FormData());
		const code = String(form.get('code') ?? '').replace(/\s/g, '');
		if (!/^\d{6}$/.test(code)) return fail(400, { error: { key: 'join.codeInvalid' as const }, code });
		if (!(await publicSessionInfo(code)))
			return fail(404, { error: { key: 'join.codeUnknown' as const }, code });
		redirect(303, `/play/${code}`);
	}
};
