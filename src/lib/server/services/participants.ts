import { randomInt } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { liveSession, participant } from '$lib/server/db/schema';
import { hashToken, newToken } from '$lib/server/auth/tokens';
import type { SessionUser } from './auth';
import { can } from '$lib/server/auth/roles';
import { AppError } from '$lib/server/errors';

export type LiveSessionKind = (typeof liveSession.kind.enumValues)[number];

/** Opens a live session with a fresh 6-digit join code (retried on the rare collision). */
export async function openLiveSession(
	host: SessionUser,
	kind: LiveSessionKind,
	fields: Partial<
		Pick<typeof liveSession.$inferInsert, 'title' | 'workshop' | 'workshopId' | 'settings' | 'state'>
	> = {}
): Promise<{ id: string; joinCode: string }> {
	if (!can(host.role, 'sessions:host')) throw new AppError('error.forbidden', 403);
	for (let attempt = 0; ; attempt++) {
		const joinCode = String(randomInt(0, 1_000_000)).padStart(6, '0');
		const [row] = await db()
			.insert(liveSession)
			.values({ ...fields, organisationId: host.organisationId, hostAccountId: host.id, kind, joinCode })
			.onConflictDoNothing()
			.returning({ id: liveSession.id, joinCode: liveSession.joinCode });
		if (row) return row;
		if (attempt > 20) throw new Error('No free join code');
	}
}

/**
 * Adds a participant to a session. The token is returned once, kept on the phone and shown
 * in every socket handshake; only its hash is stored.
 */
export async function addParticipant(
	liveSessionId: string,
	nickname: string,
	team: string | null = null
): Promise<{ id: string; token: string }> {
	const token = newToken();
	const [row] = await db()
		.insert(participant)
		.values({ liveSessionId, nickname, team, tokenHash: hashToken(token) })
		.returning({ id: participant.id });
	return { id: row!.id, token };
}

/** Marks participants removed in one statement (a burst of bot names); their tokens stop working. */
export async function markParticipantsRemoved(ids: readonly string[], now: Date): Promise<void> {
	if (ids.length === 0) return;
	await db()
		.update(participant)
		.set({ removedAt: now })
		.where(and(inArray(participant.id, [...ids]), isNull(participant.removedAt)));
}

export interface ParticipantIdentity {
	participantId: string;
	liveSessionId: string;
	nickname: string;
}

/**
 * How long after a game's end its participants' tokens still work: a phone that was offline
 * at the end still delivers the reports it queued before the end, and sees the result.
 */
export const GAME_AFTERLIFE_MS = 24 * 3_600_000;

/**
 * Resolves a phone's token to its participant, while the session is open (or, for a Boef in de
 * Wijk game, shortly after its end) and they were not removed.
 */
export async function resolveParticipant(
	token: string,
	now = Date.now()
): Promise<ParticipantIdentity | null> {
	// 256-bit tokens are 43 characters of base64url; refuse anything else before touching the database.
	if (!/^[A-Za-z0-9_-]{22,100}$/.test(token)) return null;
	const [row] = await db()
		.select({
			participantId: participant.id,
			liveSessionId: participant.liveSessionId,
			nickname: participant.nickname,
			kind: liveSession.kind,
			endedAt: liveSession.endedAt
		})
		.from(participant)
		.innerJoin(liveSession, eq(liveSession.id, participant.liveSessionId))
		.where(and(eq(participant.tokenHash, hashToken(token)), isNull(participant.removedAt)));
	if (!row) return null;
	const open =
		row.endedAt === null ||
		(row.kind === 'boef_in_de_wijk' && now - row.endedAt.getTime() < GAME_AFTERLIFE_MS);
	return open
		? { participantId: row.participantId, liveSessionId: row.liveSessionId, nickname: row.nickname }
		: null;
}
