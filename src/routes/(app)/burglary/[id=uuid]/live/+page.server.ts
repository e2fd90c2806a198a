import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { failWith, parseForm } from '$lib/server/forms';
import { mailOrigin } from '$lib/server/origin';
import { accountNames, deleteCall, publishOutcome } from '$lib/server/services/burglary/campaigns';
import { runCampaign } from '../../campaign.server';
import type { FieldError } from '$lib/form-types';
import type { Actions, PageServerLoad } from './$types';

/**
 * The frame of the live dashboard. Everything live (attempts, addresses, reports, calls) comes
 * over the socket, where each delivery of an address is logged; the page itself holds none.
 */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { row } = await runCampaign(locals, url, params.id);
	return {
		id: row.id,
		title: row.title,
		/** Who may have filled in a prevention checklist ("account:<id>"): names of the organisation. */
		accounts: await accountNames(row.organisationId)
	};
};

export const actions: Actions = {
	/**
	 * Publishes the outcome: every household gets an e-mail, which cannot be undone, so the form
	 * must carry the confirmation the page asks for.
	 */
	publish: async ({ request, locals, url, params }) => {
		const { user, row } = await runCampaign(locals, url, params.id);
		const form = await request.formData().catch(() => null);
		if (form?.get('confirm') !== 'yes')
			return fail(400, { publishError: { key: 'burglaryLive.publish.notConfirmed' } satisfies FieldError });
		try {
			await publishOutcome(user, row.id, mailOrigin(url));
			return { published: true };
		} catch (err) {
			// Shown beside the publish button, not at the top of the page.
			const failure = failWith(err);
			return fail(failure.status, { publishError: failure.data.error });
		}
	},
	/** Removes a call entered by mistake (the meldkamer's count is what counts). */
	deleteCall: async ({ request, locals, url, params }) => {
		const { user, row } = await runCampaign(locals, url, params.id);
		const parsed = await parseForm(request, z.object({ callId: z.uuid('error.invalidInput') }));
		if (parsed.failure) return parsed.failure;
		try {
			await deleteCall(user, row.id, parsed.data.callId);
			return { deletedCall: parsed.data.callId };
		} catch (err) {
			return failWith(err);
		}
	}
};
