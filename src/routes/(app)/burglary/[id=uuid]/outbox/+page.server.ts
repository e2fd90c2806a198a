import { campaignOutbox } from '$lib/server/services/burglary/campaigns';
import { orErrorPage, runCampaign } from '../../campaign.server';
import type { PageServerLoad } from './$types';

/** The campaign's e-mail as queued or sent. Holds addresses: only for who runs the campaign. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user, row } = await runCampaign(locals, url, params.id);
	const mails = await orErrorPage(locals, params.id, () => campaignOutbox(user, row.id));
	return {
		id: row.id,
		title: row.title,
		mails: mails.map((m) => ({
			id: m.id,
			kind: m.kind,
			to: m.to,
			subject: m.subject,
			text: m.text,
			createdAtMs: m.createdAt.getTime(),
			sentAtMs: m.sentAt?.getTime() ?? null,
			failedAtMs: m.failedAt?.getTime() ?? null,
			attempts: m.attempts,
			lastError: m.lastError
		}))
	};
};
