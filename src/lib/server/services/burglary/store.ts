import { and, asc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	boefPosition,
	burglaryAttempt,
	burglaryCall,
	burglaryCampaign,
	burglaryRegistration,
	burglaryReport,
	liveSession
} from '$lib/server/db/schema';
import type { TrackPoint } from '$lib/domain/boef/track';
import type { AttemptRecord } from '$lib/domain/burglary/public-outcome';

/**
 * Reads of Houd u de boef tegen? data in one place. Every function here returns what the
 * database holds; who may see it is decided by the callers (campaigns.ts, live.ts).
 */

export type CampaignRow = Awaited<ReturnType<typeof loadCampaignRow>> & {};

export async function loadCampaignRow(where: { id: string } | { joinCode: string }) {
	const [row] = await db()
		.select({
			id: liveSession.id,
			organisationId: liveSession.organisationId,
			hostAccountId: liveSession.hostAccountId,
			joinCode: liveSession.joinCode,
			title: liveSession.title,
			createdAt: liveSession.createdAt,
			settings: burglaryCampaign.settings,
			preconditions: burglaryCampaign.preconditions,
			draw: burglaryCampaign.draw,
			publishedAt: burglaryCampaign.publishedAt,
			publicOutcome: burglaryCampaign.publicOutcome,
			personalDataDeletedAt: burglaryCampaign.personalDataDeletedAt
		})
		.from(liveSession)
		.innerJoin(burglaryCampaign, eq(burglaryCampaign.liveSessionId, liveSession.id))
		.where('id' in where ? eq(liveSession.id, where.id) : eq(liveSession.joinCode, where.joinCode));
	return row ?? null;
}

export type AttemptRow = typeof burglaryAttempt.$inferSelect;

/** An attempt's start and end as the domain rules take them, epoch ms. */
export function attemptTimes(a: Pick<AttemptRow, 'id' | 'startedAt' | 'endedAt'>) {
	return { id: a.id, startedAtMs: a.startedAt?.getTime() ?? null, endedAtMs: a.endedAt?.getTime() ?? null };
}

export async function loadAttempts(liveSessionId: string): Promise<AttemptRow[]> {
	return db()
		.select()
		.from(burglaryAttempt)
		.where(eq(burglaryAttempt.liveSessionId, liveSessionId))
		.orderBy(asc(burglaryAttempt.number));
}

export async function loadCalls(liveSessionId: string) {
	return db()
		.select()
		.from(burglaryCall)
		.where(eq(burglaryCall.liveSessionId, liveSessionId))
		.orderBy(asc(burglaryCall.at));
}

export async function loadReports(liveSessionId: string) {
	return db()
		.select()
		.from(burglaryReport)
		.where(eq(burglaryReport.liveSessionId, liveSessionId))
		.orderBy(asc(burglaryReport.reportedAt));
}

export async function countRegistrations(liveSessionId: string): Promise<number> {
	const [row] = await db()
		.select({ n: sql<number>`count(*)::int` })
		.from(burglaryRegistration)
		.where(eq(burglaryRegistration.liveSessionId, liveSessionId));
	return row?.n ?? 0;
}

export async function loadRegistrations(liveSessionId: string, ids?: string[]) {
	if (ids && ids.length === 0) return [];
	return db()
		.select()
		.from(burglaryRegistration)
		.where(
			ids
				? and(eq(burglaryRegistration.liveSessionId, liveSessionId), inArray(burglaryRegistration.id, ids))
				: eq(burglaryRegistration.liveSessionId, liveSessionId)
		)
		.orderBy(asc(burglaryRegistration.createdAt));
}

/** A boef's fixes during his attempts (never before or after one: he is off duty then). */
export async function loadTracks(
	liveSessionId: string,
	attempts: readonly AttemptRow[]
): Promise<Record<string, TrackPoint[]>> {
	const tracks: Record<string, TrackPoint[]> = {};
	for (const a of attempts) {
		if (!a.startedAt) continue;
		const rows = await db()
			.select({
				at: boefPosition.at,
				lat: boefPosition.lat,
				lng: boefPosition.lng,
				accuracyM: boefPosition.accuracyM
			})
			.from(boefPosition)
			.where(
				and(
					eq(boefPosition.liveSessionId, liveSessionId),
					eq(boefPosition.boefId, a.boefId),
					gte(boefPosition.at, a.startedAt),
					a.endedAt ? lte(boefPosition.at, a.endedAt) : undefined
				)
			)
			.orderBy(asc(boefPosition.at));
		const track = (tracks[a.boefId] ??= []);
		for (const r of rows) {
			const p: TrackPoint = { at: r.at.getTime(), position: { lat: r.lat, lng: r.lng } };
			if (r.accuracyM != null) p.accuracyM = r.accuracyM;
			track.push(p);
		}
	}
	return tracks;
}

/** Each attempt with its calls and reports, as the outcome rule needs them. */
export function attemptRecords(
	attempts: readonly AttemptRow[],
	calls: Awaited<ReturnType<typeof loadCalls>>,
	reports: Awaited<ReturnType<typeof loadReports>>
): (AttemptRecord & { id: string })[] {
	return attempts.map((a) => ({
		...attemptTimes(a),
		number: a.number,
		prevention: a.prevention,
		override: a.override ?? null,
		calls: calls.filter((c) => c.attemptId === a.id).map((c) => ({ number: c.number, atMs: c.at.getTime() })),
		reports: reports
			.filter((r) => r.attemptId === a.id)
			.map((r) => ({ atMs: r.reportedAt.getTime(), channel: r.channel }))
	}));
}

/** Campaigns whose personal data is still there, for the deletion job. */
export async function campaignsWithPersonalData() {
	return db()
		.select({
			id: burglaryCampaign.liveSessionId,
			settings: burglaryCampaign.settings,
			publishedAt: burglaryCampaign.publishedAt
		})
		.from(burglaryCampaign)
		.where(isNull(burglaryCampaign.personalDataDeletedAt));
}
