import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { liveSession, participant } from '$lib/server/db/schema';
import type { CampaignRow } from './store';

/**
 * The proof that a registration comes from a workshop's invitation: the end screen of the
 * workshop links to /r/<code>?uitnodiging=<token>, where the token is an HMAC of the campaign
 * under the workshop session's server-side secret. Whoever holds it was shown the workshop's
 * end screen (or was given the link by someone who was); registrations with it are charged to
 * the workshop's budget (its participants and a margin), not to the venue's network address.
 */

export function inviteToken(campaignId: string, workshopSecret: string): string {
	return createHmac('sha256', workshopSecret)
		.update(`campaign-invite:${campaignId}`)
		.digest('base64url')
		.slice(0, 32);
}

export const INVITE_TOKEN = /^[A-Za-z0-9_-]{32}$/;
/** The query parameter of the invitation link, and the cookie /r/<code> keeps it in. */
export const INVITE_PARAM = 'uitnodiging';
export const INVITE_COOKIE = 'do_invite';

/** The workshop behind a valid invitation to this campaign and its participant count; else null. */
export async function verifyInvite(
	row: CampaignRow,
	token: string | undefined
): Promise<{ workshopSessionId: string; participants: number } | null> {
	const workshopSessionId = row.settings.workshopSessionId;
	if (!token || !INVITE_TOKEN.test(token) || !workshopSessionId) return null;
	const [ws] = await db()
		.select({ secret: liveSession.drawSecret })
		.from(liveSession)
		.where(and(eq(liveSession.id, workshopSessionId), eq(liveSession.kind, 'workshop')));
	if (!ws) return null;
	const expected = Buffer.from(inviteToken(row.id, ws.secret));
	if (!timingSafeEqual(expected, Buffer.from(token))) return null;
	const [n] = await db()
		.select({ n: count() })
		.from(participant)
		.where(and(eq(participant.liveSessionId, workshopSessionId), isNull(participant.removedAt)));
	return { workshopSessionId, participants: n?.n ?? 0 };
}
