import { addressLog } from '$lib/server/services/burglary/campaigns';
import { orErrorPage, runCampaign } from '../../campaign.server';
import type { PageServerLoad } from './$types';

/** Who saw which household's address, when and where (names only: the log shows no address). */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user, row } = await runCampaign(locals, url, params.id);
	const rows = await orErrorPage(locals, params.id, () => addressLog(user, row.id));
	return {
		id: row.id,
		title: row.title,
		views: rows.map((r) => ({
			atMs: r.at.getTime(),
			viewer: r.viewerName,
			household: r.household,
			context: r.context
		}))
	};
};
