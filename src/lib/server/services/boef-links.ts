import { and, eq, isNull } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { boefLink, liveSession } from '$lib/server/db/schema';
import { hashToken, newToken } from '$lib/server/auth/tokens';
import { bridge } from '$lib/server/realtime/bridge';
import { rooms } from '$lib/server/realtime/rooms';
import type { LiveSessionKind } from './participants';

/**
 * A boef's secret link, shared by Boef in de Wijk and Houd u de boef tegen?. Only the SHA-256
 * of the token is stored; a new link revokes the old ones and disconnects their phones. The
 * token is returned once, like a password. Callers check that the actor may run the game.
 */
export async function issueBoefLink(liveSessionId: string, boefId: string): Promise<string> {
	const token = newToken();
	await db().transaction(async (tx) => {
		await tx
			.update(boefLink)
			.set({ revokedAt: new Date() })
			.where(
				and(
					eq(boefLink.liveSessionId, liveSessionId),
					eq(boefLink.boefId, boefId),
					isNull(boefLink.revokedAt)
				)
			);
		await tx.insert(boefLink).values({ tokenHash: hashToken(token), liveSessionId, boefId });
	});
	closeBoefSockets(liveSessionId, boefId);
	return token;
}

export async function revokeBoefLink(liveSessionId: string, boefId: string): Promise<void> {
	await db()
		.update(boefLink)
		.set({ revokedAt: new Date() })
		.where(
			and(eq(boefLink.liveSessionId, liveSessionId), eq(boefLink.boefId, boefId), isNull(boefLink.revokedAt))
		);
	closeBoefSockets(liveSessionId, boefId);
}

function closeBoefSockets(liveSessionId: string, boefId: string) {
	const io = bridge().io;
	if (!io) return;
	io.to(rooms.boef(liveSessionId, boefId)).emit('boef:revoked');
	io.in(rooms.boef(liveSessionId, boefId)).disconnectSockets(true);
}

/** Which boeven have a working link now (the link itself cannot be shown again). */
export async function activeLinks(liveSessionId: string): Promise<Record<string, Date>> {
	const rows = await db()
		.select({ boefId: boefLink.boefId, createdAt: boefLink.createdAt })
		.from(boefLink)
		.where(and(eq(boefLink.liveSessionId, liveSessionId), isNull(boefLink.revokedAt)));
	return Object.fromEntries(rows.map((r) => [r.boefId, r.createdAt]));
}

export interface BoefLinkHolder {
	liveSessionId: string;
	boefId: string;
	game: Extract<LiveSessionKind, 'boef_in_de_wijk' | 'houd_de_boef'>;
}

/** Resolves a boef link's token while its game is open (not ended, personal data not deleted). */
export async function resolveBoefToken(token: string): Promise<BoefLinkHolder | null> {
	if (!/^[A-Za-z0-9_-]{22,100}$/.test(token)) return null;
	const [row] = await db()
		.select({ liveSessionId: boefLink.liveSessionId, boefId: boefLink.boefId, game: liveSession.kind })
		.from(boefLink)
		.innerJoin(liveSession, eq(liveSession.id, boefLink.liveSessionId))
		.where(
			and(eq(boefLink.tokenHash, hashToken(token)), isNull(boefLink.revokedAt), isNull(liveSession.endedAt))
		);
	if (!row || row.game === 'workshop') return null;
	return { liveSessionId: row.liveSessionId, boefId: row.boefId, game: row.game };
}
