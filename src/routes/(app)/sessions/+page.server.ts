import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/guards';
import { mayControlSession } from '$lib/server/services/quiz/results';
import { listQuizSessions } from '$lib/server/services/quiz/sessions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Hosts and reviewers both come here; listQuizSessions checks that the role is one of them.
	const user = requireUser(locals, url);
	try {
		const sessions = await listQuizSessions(user);
		// Only what the table shows: no account ids of colleagues reach the browser.
		return {
			sessions: sessions.map((s) => ({
				id: s.id,
				title: s.title,
				createdAt: s.createdAt,
				participants: s.participants,
				running: s.endedAt === null,
				canControl:
					s.endedAt === null &&
					mayControlSession(user, { organisationId: user.organisationId, hostAccountId: s.hostAccountId })
			}))
		};
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
};
