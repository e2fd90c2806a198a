import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { freeText } from '$lib/domain/text';
import { can } from '$lib/server/auth/roles';
import { failWith, parseForm, valuesOf } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { createCampaign, listCampaigns } from '$lib/server/services/burglary/campaigns';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Organisers who run campaigns and reviewers both come here; listCampaigns keeps to what each may see.
	const user = requireUser(locals, url);
	const campaigns = await listCampaigns(user);
	return {
		campaigns: campaigns.map((c) => ({
			id: c.id,
			title: c.title,
			createdAtMs: c.createdAt.getTime(),
			registrations: c.registrations,
			published: c.publishedAt !== null,
			deleted: c.deleted
		})),
		/** Runs campaigns (else only reviews them: the anonymous outcome, nothing else). */
		canHost: can(user.role, 'sessions:host')
	};
};

const createSchema = z.object({
	title: freeText({ max: 120, min: 1 }),
	boefName: freeText({ max: 60, min: 1 })
});

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const user = requireUser(locals, url, 'sessions:host');
		const parsed = await parseForm(request, createSchema);
		if (parsed.failure) return parsed.failure;
		let id: string;
		try {
			({ id } = await createCampaign(user, parsed.data.title, parsed.data.boefName));
		} catch (err) {
			return failWith(err, valuesOf(parsed.form));
		}
		redirect(303, `/burglary/${id}/setup`);
	}
};
