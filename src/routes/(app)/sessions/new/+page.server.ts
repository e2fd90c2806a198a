import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { failWith, parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { startQuizSession } from '$lib/server/services/quiz/sessions';
import type { Actions, PageServerLoad } from './$types';

// Starting is a POST from the workshop list; a GET here has nothing to show.
export const load: PageServerLoad = () => redirect(303, '/workshops');

const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on' || v === 'true');

const schema = z.object({
	workshopId: z.uuid('error.invalidInput'),
	scoring: z.enum(['speed', 'flat'], { message: 'error.invalidInput' }).default('speed'),
	streakBonus: checkbox,
	showLeaderboard: checkbox
});

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const user = requireUser(locals, url, 'sessions:host');
		const parsed = await parseForm(request, schema);
		if (parsed.failure) return parsed.failure;
		const { workshopId, ...settings } = parsed.data;
		let id: string;
		try {
			({ id } = await startQuizSession(user, workshopId, settings));
		} catch (err) {
			return failWith(err);
		}
		redirect(303, `/host/${id}`);
	}
};
