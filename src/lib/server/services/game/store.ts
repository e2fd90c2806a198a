import { and, asc, eq, getTableColumns, isNotNull, isNull, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	account,
	boefGame,
	boefPosition,
	gameClue,
	gameFind,
	gameReport,
	liveSession,
	participant
} from '$lib/server/db/schema';
import { createBatcher } from '$lib/server/batcher';
import type { GamePlan, GameState, PublishedClue } from '$lib/domain/boef/game';
import type {
	FeedbackKey,
	GameData,
	GameFindRecord,
	GameParticipant,
	GameReportRecord
} from '$lib/domain/boef/game-views';
import { reportFlags, type ReportQuality } from '$lib/domain/boef/report-quality';
import type { TrackPoint } from '$lib/domain/boef/track';

/** Database reads and writes of Boef in de Wijk games, kept apart from the in-memory runtime. */

export async function loadGameRow(where: { id: string } | { joinCode: string }) {
	const [row] = await db()
		.select({
			id: liveSession.id,
			organisationId: liveSession.organisationId,
			hostAccountId: liveSession.hostAccountId,
			joinCode: liveSession.joinCode,
			title: liveSession.title,
			drawSecret: liveSession.drawSecret,
			createdAt: liveSession.createdAt,
			endedAt: liveSession.endedAt,
			plan: boefGame.plan,
			state: boefGame.state,
			/** The spelleider's name, for the briefing (a colleague's work name, not a resident's data). */
			hostName: account.name
		})
		.from(liveSession)
		.innerJoin(boefGame, eq(boefGame.liveSessionId, liveSession.id))
		.leftJoin(account, eq(account.id, liveSession.hostAccountId))
		.where(
			and(
				'id' in where ? eq(liveSession.id, where.id) : eq(liveSession.joinCode, where.joinCode),
				eq(liveSession.kind, 'boef_in_de_wijk')
			)
		);
	return row;
}

export type GameRow = NonNullable<Awaited<ReturnType<typeof loadGameRow>>>;

export async function saveGameState(liveSessionId: string, state: GameState, now: Date): Promise<void> {
	await db().transaction(async (tx) => {
		await tx.update(boefGame).set({ state, updatedAt: now }).where(eq(boefGame.liveSessionId, liveSessionId));
		await tx
			.update(liveSession)
			.set({ endedAt: state.phase === 'ended' ? now : null })
			.where(eq(liveSession.id, liveSessionId));
	});
}

export async function savePlan(liveSessionId: string, plan: GamePlan, title: string, now: Date) {
	await db().transaction(async (tx) => {
		await tx.update(boefGame).set({ plan, updatedAt: now }).where(eq(boefGame.liveSessionId, liveSessionId));
		await tx.update(liveSession).set({ title }).where(eq(liveSession.id, liveSessionId));
	});
}

// ---------------------------------------------------------------- reading a whole game

const ms = (d: Date | null) => (d ? d.getTime() : null);

export function toReportRecord(r: typeof gameReport.$inferSelect): GameReportRecord {
	return {
		id: r.id,
		participantId: r.participantId,
		team: r.team,
		place: { lat: r.lat, lng: r.lng },
		seenAtMs: r.seenAt.getTime(),
		atMs: r.reportedAt.getTime(),
		receivedAtMs: r.receivedAt.getTime(),
		behaviour: r.behaviour,
		signalement: r.signalement,
		channel: r.channel,
		round: r.round,
		matchBoefId: r.matchBoefId,
		matchStatus: r.matchStatus,
		quality: r.quality,
		// Unscored reports are stored without flags (see LiveGame.report): derive them here.
		flags: r.quality === null ? reportFlags({ ...r, atMs: r.reportedAt.getTime() }) : r.flags,
		feedback: r.feedback as FeedbackKey | null,
		feedbackAtMs: ms(r.feedbackAt)
	};
}

export function toFindRecord(f: typeof gameFind.$inferSelect): GameFindRecord {
	return {
		id: f.id,
		participantId: f.participantId,
		team: f.team,
		boefId: f.boefId,
		codeWord: f.codeWord,
		atMs: f.at.getTime()
	};
}

/** Everything of one game, as the views need it. */
export async function loadGameData(row: GameRow): Promise<GameData> {
	const id = row.id;
	const [participants, clues, reports, finds, positions] = await Promise.all([
		db()
			.select({
				id: participant.id,
				nickname: participant.nickname,
				team: participant.team,
				removedAt: participant.removedAt
			})
			.from(participant)
			.where(eq(participant.liveSessionId, id))
			.orderBy(asc(participant.createdAt)),
		db()
			.select()
			.from(gameClue)
			.where(and(eq(gameClue.liveSessionId, id), isNotNull(gameClue.publishedAt)))
			.orderBy(asc(gameClue.publishedAt)),
		db()
			.select()
			.from(gameReport)
			.where(eq(gameReport.liveSessionId, id))
			.orderBy(asc(gameReport.receivedAt)),
		db().select().from(gameFind).where(eq(gameFind.liveSessionId, id)).orderBy(asc(gameFind.at)),
		db()
			.select({
				boefId: boefPosition.boefId,
				at: boefPosition.at,
				lat: boefPosition.lat,
				lng: boefPosition.lng,
				accuracyM: boefPosition.accuracyM
			})
			.from(boefPosition)
			.where(eq(boefPosition.liveSessionId, id))
			.orderBy(asc(boefPosition.boefId), asc(boefPosition.at))
	]);
	const tracks: Record<string, TrackPoint[]> = {};
	for (const p of positions) {
		const point: TrackPoint = { at: p.at.getTime(), position: { lat: p.lat, lng: p.lng } };
		if (p.accuracyM !== null) point.accuracyM = p.accuracyM;
		(tracks[p.boefId] ??= []).push(point);
	}
	return {
		id,
		title: row.title,
		joinCode: row.joinCode,
		plan: row.plan,
		state: row.state,
		participants: participants.map((p): GameParticipant => ({
			id: p.id,
			nickname: p.nickname,
			team: p.team,
			removed: p.removedAt !== null
		})),
		clues: clues.map((c): PublishedClue => ({
			id: c.id,
			round: c.round,
			boefId: c.boefId,
			text: c.text,
			signalement: c.signalement,
			circle: c.circle,
			publishedAtMs: c.publishedAt!.getTime(),
			source: c.source
		})),
		reports: reports.map(toReportRecord),
		finds: finds.map(toFindRecord),
		tracks
	};
}

/** Ids of planned clues already given or skipped, so neither happens twice. */
export async function handledClueIds(liveSessionId: string): Promise<Set<string>> {
	const rows = await db()
		.select({ id: gameClue.id })
		.from(gameClue)
		.where(eq(gameClue.liveSessionId, liveSessionId));
	return new Set(rows.map((r) => r.id));
}

/**
 * Stores a clue. Returns false when a clue with this id exists already (a second instance or a
 * retried timer got there first), so it is announced once.
 */
export async function insertClue(
	liveSessionId: string,
	clue: PublishedClue | (Omit<PublishedClue, 'publishedAtMs'> & { publishedAtMs: null })
): Promise<boolean> {
	const rows = await db()
		.insert(gameClue)
		.values({
			liveSessionId,
			id: clue.id,
			boefId: clue.boefId,
			round: clue.round,
			text: clue.text,
			signalement: clue.signalement,
			circle: clue.circle,
			source: clue.source,
			publishedAt: clue.publishedAtMs === null ? null : new Date(clue.publishedAtMs)
		})
		.onConflictDoNothing()
		.returning({ id: gameClue.id });
	return rows.length > 0;
}

// ---------------------------------------------------------------- bursts: reports and positions

export type ReportRow = typeof gameReport.$inferInsert;

/**
 * Reports from every game go through one batcher: a burst becomes a few multi-row INSERTs,
 * each report acknowledged after its batch commits. The primary key (the phone's UUID) with ON
 * CONFLICT DO NOTHING makes a report resent from the offline queue count once.
 */
const reportColumns = Object.entries(getTableColumns(gameReport));
const reportColumnList = sql.join(
	reportColumns.map(([, c]) => sql.identifier(c.name)),
	sql`, `
);

/** A report as one JSON object keyed by column name (dates as ISO text). */
function reportJson(row: ReportRow) {
	const out: Record<string, unknown> = {};
	for (const [key, column] of reportColumns) {
		const value = row[key as keyof ReportRow];
		if (value !== undefined) out[column.name] = value instanceof Date ? value.toISOString() : value;
	}
	return out;
}

/**
 * The batch goes in as ONE JSON parameter unpacked by jsonb_populate_recordset: building a
 * 21-column multi-row VALUES list (one typed parameter per cell) cost drizzle more CPU than the
 * database spent storing the rows (bench/game-burst.ts: 2,000 rows 300–600 ms → ~150 ms on PGlite).
 */
const reportBatcher = createBatcher(
	async (rows: ReportRow[]) => {
		const json = JSON.stringify(rows.map(reportJson));
		const inserted = await db()
			.insert(gameReport)
			.select(
				sql`select ${reportColumnList} from jsonb_populate_recordset(null::${gameReport}, ${json}::jsonb)`
			)
			.onConflictDoNothing()
			.returning({ id: gameReport.id });
		const ids = new Set(inserted.map((r) => r.id));
		return rows.map((r) => ids.has(r.id));
	},
	{ maxWaitMs: 5, maxItems: 500 }
);

/** Resolves true when stored now, false when a report with this id was stored before. */
export function storeReport(row: ReportRow): Promise<boolean> {
	return reportBatcher.add(row);
}

export async function findStoredReport(id: string) {
	const [row] = await db().select().from(gameReport).where(eq(gameReport.id, id));
	return row;
}

export type PositionRow = typeof boefPosition.$inferInsert;

const positionBatcher = createBatcher(
	async (rows: PositionRow[][]) => {
		const flat = rows.flat();
		const inserted = flat.length
			? await db()
					.insert(boefPosition)
					.values(flat)
					.onConflictDoNothing()
					.returning({ boefId: boefPosition.boefId, deviceAt: boefPosition.deviceAt })
			: [];
		const keys = new Set(inserted.map((r) => `${r.boefId}:${r.deviceAt}`));
		// Per caller: which of its fixes were new (a resent backlog stores only what was missing).
		return rows.map((group) => group.filter((r) => keys.has(`${r.boefId}:${r.deviceAt}`)));
	},
	{ maxWaitMs: 5, maxItems: 100 }
);

export function storePositions(rows: PositionRow[]): Promise<PositionRow[]> {
	return positionBatcher.add(rows);
}

export async function drainGameWrites(): Promise<void> {
	await Promise.all([reportBatcher.drain(), positionBatcher.drain()]);
}

export async function updateReview(
	id: string,
	set: Partial<{
		matchBoefId: string | null;
		matchStatus: 'confirmed' | 'rejected' | null;
		quality: number | null;
		qualityDetail: ReportQuality | null;
		flags: GameReportRecord['flags'];
		feedback: FeedbackKey;
		feedbackAt: Date;
		reviewedBy: string;
	}>
) {
	const [row] = await db().update(gameReport).set(set).where(eq(gameReport.id, id)).returning();
	return row;
}

export async function insertFind(row: typeof gameFind.$inferInsert): Promise<boolean> {
	const rows = await db().insert(gameFind).values(row).onConflictDoNothing().returning({ id: gameFind.id });
	return rows.length > 0;
}

export async function findStoredFind(id: string) {
	const [row] = await db().select().from(gameFind).where(eq(gameFind.id, id));
	return row;
}

/** Games whose clock runs, to reload after a restart so their clue timers fire without a visitor. */
export async function runningGameIds(): Promise<string[]> {
	const rows = await db()
		.select({ id: liveSession.id })
		.from(liveSession)
		.innerJoin(boefGame, eq(boefGame.liveSessionId, liveSession.id))
		.where(
			and(
				eq(liveSession.kind, 'boef_in_de_wijk'),
				isNull(liveSession.endedAt),
				sql`${boefGame.state}->>'phase' = 'running'`
			)
		);
	return rows.map((r) => r.id);
}
