import { cleanText, isUnstorable } from '$lib/domain/text';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { boefGame, liveSession, participant } from '$lib/server/db/schema';
import { can } from '$lib/server/auth/roles';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';
import { evenRounds } from '$lib/domain/boef/clues';
import { DEFAULT_RADII_M } from '$lib/domain/boef/clues';
import { defaultCluePlan, initialGameState, type BoefPlan, type GamePlan } from '$lib/domain/boef/game';
import { gamePlanSchema } from '$lib/domain/boef/schemas';
import type { SessionUser } from '../auth';
import { openLiveSession } from '../participants';
import { issueBoefLink, revokeBoefLink } from '../boef-links';
import { mayControl } from '../quiz/access';
import { forgetGame, getLiveGame } from './live-game';
import { loadGameData, loadGameRow, runningGameIds, savePlan, type GameRow } from './store';

/** A first plan the spelleider completes: 4 × 20 minutes, one boef on live GPS, clues each round. */
export function starterPlan(boefName: string): GamePlan {
	const schedule = evenRounds();
	const boef: BoefPlan = {
		id: 'b1',
		name: boefName,
		codeWord: '',
		signalement: {},
		movement: { kind: 'gps' },
		entry: 'start'
	};
	return {
		area: [],
		scheduledAt: null,
		schedule,
		radiiM: [...DEFAULT_RADII_M],
		boeven: [boef],
		clues: defaultCluePlan([boef], schedule)
	};
}

export async function createGame(
	actor: SessionUser,
	title: string,
	boefName: string
): Promise<{ id: string; joinCode: string }> {
	if (!can(actor.role, 'sessions:host')) throw new AppError('error.forbidden', 403);
	// The session and its game row appear together: a crash in between leaves a session
	// without a game, which every query here ignores (inner join), so nothing half-made shows.
	const created = await openLiveSession(actor, 'boef_in_de_wijk', { title });
	await db()
		.insert(boefGame)
		.values({ liveSessionId: created.id, plan: starterPlan(boefName), state: initialGameState() });
	return created;
}

/** A game the actor may run (presenter who made it, or a beheerder of the organisation). */
export async function controllableGame(actor: SessionUser, id: string): Promise<GameRow> {
	const row = await loadGameRow({ id });
	const verdict = row
		? mayControl({ accountId: actor.id, organisationId: actor.organisationId, role: actor.role }, row)
		: 'not-found';
	if (verdict === 'not-found') throw new AppError('game.error.notFound', 404);
	if (verdict === 'forbidden') throw new AppError('error.forbidden', 403);
	return row!;
}

/** A game the actor may look at afterwards: also organisers reviewing outcomes. */
export async function reviewableGame(actor: SessionUser, id: string): Promise<GameRow> {
	const row = await loadGameRow({ id });
	if (!row || row.organisationId !== actor.organisationId) throw new AppError('game.error.notFound', 404);
	const mayRun = mayControl(
		{ accountId: actor.id, organisationId: actor.organisationId, role: actor.role },
		row
	);
	if (mayRun !== 'ok' && !can(actor.role, 'outcomes:review')) throw new AppError('error.forbidden', 403);
	return row;
}

export type PlanIssue = { path: string; messageKey: string };

/**
 * Saves the plan while the game is in set-up. Validation failures come back per field and
 * change nothing. Once the game runs the plan is fixed (the clock and clues depend on it).
 */
export async function updatePlan(
	actor: SessionUser,
	id: string,
	title: string,
	input: unknown
): Promise<{ ok: true } | { ok: false; issues: PlanIssue[] }> {
	const row = await controllableGame(actor, id);
	if (row.state.phase !== 'setup') throw new AppError('game.error.notInSetup', 409);
	const trimmed = cleanText(title);
	const issues: PlanIssue[] = [];
	if (trimmed.length < 1) issues.push({ path: 'title', messageKey: 'game.error.titleRequired' });
	if (trimmed.length > 120) issues.push({ path: 'title', messageKey: 'error.tooLong' });
	const parsed = gamePlanSchema.safeParse(input);
	if (!parsed.success)
		for (const i of parsed.error.issues)
			issues.push({
				path: i.path.join('.'),
				messageKey: i.message.includes('.') && !i.message.includes(' ') ? i.message : 'error.invalidInput'
			});
	if (parsed.success && isUnstorable(parsed.data)) issues.push({ path: '', messageKey: 'error.unstorable' });
	if (issues.length > 0 || !parsed.success) return { ok: false, issues };
	await savePlan(id, parsed.data as GamePlan, trimmed, new Date());
	// A loaded copy of the game would still hold the old plan.
	forgetGame(id);
	return { ok: true };
}

export interface GameSummary {
	id: string;
	title: string;
	joinCode: string;
	phase: string;
	createdAt: Date;
	endedAt: Date | null;
	participants: number;
}

export async function listGames(actor: SessionUser): Promise<GameSummary[]> {
	if (!can(actor.role, 'sessions:host') && !can(actor.role, 'outcomes:review'))
		throw new AppError('error.forbidden', 403);
	return db()
		.select({
			id: liveSession.id,
			title: liveSession.title,
			joinCode: liveSession.joinCode,
			phase: sql<string>`${boefGame.state}->>'phase'`,
			createdAt: liveSession.createdAt,
			endedAt: liveSession.endedAt,
			participants: sql<number>`count(${participant.id})::int`
		})
		.from(liveSession)
		.innerJoin(boefGame, eq(boefGame.liveSessionId, liveSession.id))
		.leftJoin(participant, and(eq(participant.liveSessionId, liveSession.id), isNull(participant.removedAt)))
		.where(and(eq(liveSession.organisationId, actor.organisationId), eq(liveSession.kind, 'boef_in_de_wijk')))
		.groupBy(liveSession.id, boefGame.state)
		.orderBy(desc(liveSession.createdAt))
		.limit(200);
}

/** Everything stored about a game, for the results and the debrief (also after it ended). */
export async function gameRecord(actor: SessionUser, id: string) {
	const row = await reviewableGame(actor, id);
	return loadGameData(row);
}

// ---------------------------------------------------------------- boef links

/**
 * Makes a new secret link for a boef and revokes his old ones (their phones are told and
 * disconnected). The token is returned once; only its hash is kept.
 */
export async function renewBoefLink(actor: SessionUser, id: string, boefId: string): Promise<string> {
	const row = await controllableGame(actor, id);
	if (!row.plan.boeven.some((b) => b.id === boefId)) throw new AppError('game.error.unknownBoef', 404);
	if (row.state.phase === 'ended') throw new AppError('game.error.ended', 410);
	return issueBoefLink(id, boefId);
}

export async function revokeBoefLinks(actor: SessionUser, id: string, boefId: string): Promise<void> {
	await controllableGame(actor, id);
	await revokeBoefLink(id, boefId);
}

/** The join page of a phone: only whether the game exists and its title. */
export async function publicGameInfo(joinCode: string): Promise<{ title: string; ended: boolean } | null> {
	const [row] = await db()
		.select({ title: liveSession.title, endedAt: liveSession.endedAt })
		.from(liveSession)
		.where(and(eq(liveSession.joinCode, joinCode), eq(liveSession.kind, 'boef_in_de_wijk')));
	return row ? { title: row.title, ended: row.endedAt !== null } : null;
}

/** After a restart, load the running games so their clue timers fire before anyone reconnects. */
export async function resumeRunningGames(): Promise<void> {
	const ids = await runningGameIds();
	await Promise.all(ids.map((id) => getLiveGame(id)));
	if (ids.length > 0) log.info({ count: ids.length }, 'resumed running games');
}
