import { requireUser } from '$lib/server/guards';
import { campaignReview } from '$lib/server/services/burglary/campaigns';
import { orErrorPage } from '../../campaign.server';
import type { PageServerLoad } from './$types';

/** The anonymous outcome: for reviewers (organisatoren) and for who runs the campaign. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const review = await orErrorPage(locals, params.id, () => campaignReview(user, params.id));
	return { review };
};
