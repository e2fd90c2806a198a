import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/domain/quiz-session';
import { db } from '$lib/server/db';
import { burglaryCampaign } from '$lib/server/db/schema';
import {
	campaignForWorkshop,
	campaignForWorkshopCode,
	isCampaignCode
} from '$lib/server/services/burglary/registrations';
import { INVITE_TOKEN, verifyInvite } from '$lib/server/services/burglary/invite';
import { loadCampaignRow } from '$lib/server/services/burglary/store';
import { startQuizSession } from '$lib/server/services/quiz/sessions';
import { createWorkshop } from '$lib/server/services/workshops';
import { campaign, organiser } from '../helpers/burglary';
import { openTestDatabase } from '../helpers/db';
import { testWorkshop } from '../helpers/quiz';

/**
 * The end screen of a workshop invites its participants to the campaign the organiser linked
 * to it, and only while that campaign still takes registrations.
 */
let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(async () => {
	await database?.close();
});

describe('campaignForWorkshop', () => {
	it('finds the open campaign linked to a workshop session, by id and by join code', async () => {
		const { user } = await organiser();
		const { id: workshopId } = await createWorkshop(user, testWorkshop);
		const session = await startQuizSession(user, workshopId, DEFAULT_SETTINGS);
		const other = await startQuizSession(user, workshopId, DEFAULT_SETTINGS);
		expect(await campaignForWorkshop(session.id)).toBeNull();

		const linked = await campaign(user, { workshopSessionId: session.id }, 'Oog op Oost');
		const invite = {
			joinCode: linked.joinCode,
			title: 'Oog op Oost',
			invite: expect.stringMatching(INVITE_TOKEN)
		};
		expect(await campaignForWorkshop(session.id)).toEqual(invite);
		expect(await campaignForWorkshopCode(session.joinCode)).toEqual(invite);
		expect(await campaignForWorkshop(other.id)).toBeNull();

		// The invitation's token proves the workshop: only for this campaign and this workshop's secret.
		const { invite: token } = (await campaignForWorkshop(session.id))!;
		const row = (await loadCampaignRow({ id: linked.id }))!;
		expect(await verifyInvite(row, token)).toEqual({ workshopSessionId: session.id, participants: 0 });
		expect(
			await verifyInvite(
				row,
				token.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'))
			)
		).toBeNull();
		const unlinked = (await loadCampaignRow({ id: (await campaign(user, {}, 'Los')).id }))!;
		expect(await verifyInvite(unlinked, token)).toBeNull();
		// A campaign's own code is no workshop's: no invitation from there.
		expect(await campaignForWorkshopCode(linked.joinCode)).toBeNull();
		expect(await isCampaignCode(linked.joinCode)).toBe(true);
		expect(await isCampaignCode(session.joinCode)).toBe(false);

		// Once the outcome is out, registering is over: no more invitation.
		await db()
			.update(burglaryCampaign)
			.set({ publishedAt: new Date() })
			.where(eq(burglaryCampaign.liveSessionId, linked.id));
		expect(await campaignForWorkshop(session.id)).toBeNull();
	});
});
