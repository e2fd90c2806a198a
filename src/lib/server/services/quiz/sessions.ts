import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { liveSession, participant } from '$lib/server/db/schema';
import { can } from '$lib/server/auth/roles';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';
import { initialState, type QuizSettings } from '$lib/domain/quiz-session';
import type { SessionUser } from '../auth';
import { openLiveSession } from '../participants';
import { getWorkshop } from '../workshops';
import { getLiveQuiz } from './live-quiz';
import { runningQuizIds } from './store';

/**
 * Starts a live session of a workshop. The slides are copied into the session, so editing the
 * workshop later does not change a session in progress or its results.
 */
export async function startQuizSession(
	actor: SessionUser,
	workshopId: string,
	settings: QuizSettings
): Promise<{ id: string; joinCode: string }> {
	if (!can(actor.role, 'sessions:host')) throw new AppError('error.forbidden', 403);
	const stored = await getWorkshop(actor, workshopId);
	if (stored.content.slides.length === 0) throw new AppError('quiz.error.noQuestions', 400);
	return openLiveSession(actor, 'workshop', {
		title: stored.content.title,
		workshop: stored.content,
		workshopId: stored.id,
		settings,
		state: initialState()
	});
}

export interface SessionSummary {
	id: string;
	title: string;
	joinCode: string;
	createdAt: Date;
	endedAt: Date | null;
	participants: number;
	hostAccountId: string | null;
}

/** The organisation's workshop sessions, newest first. */
export async function listQuizSessions(actor: SessionUser): Promise<SessionSummary[]> {
	if (!can(actor.role, 'sessions:host') && !can(actor.role, 'outcomes:review'))
		throw new AppError('error.forbidden', 403);
	return (
		db()
			.select({
				id: liveSession.id,
				title: liveSession.title,
				joinCode: liveSession.joinCode,
				createdAt: liveSession.createdAt,
				endedAt: liveSession.endedAt,
				hostAccountId: liveSession.hostAccountId,
				participants: sql<number>`count(${participant.id})::int`
			})
			.from(liveSession)
			// A join, not a correlated subquery: drizzle leaves single-table column names unqualified.
			.leftJoin(
				participant,
				and(eq(participant.liveSessionId, liveSession.id), isNull(participant.removedAt))
			)
			.where(and(eq(liveSession.organisationId, actor.organisationId), eq(liveSession.kind, 'workshop')))
			.groupBy(liveSession.id)
			.orderBy(desc(liveSession.createdAt))
			.limit(200)
	);
}

/** The join code page a phone opens: only whether the session exists and can be joined, and its title. */
export async function publicSessionInfo(joinCode: string): Promise<{ title: string; ended: boolean } | null> {
	const [row] = await db()
		.select({ title: liveSession.title, endedAt: liveSession.endedAt })
		.from(liveSession)
		.where(and(eq(liveSession.joinCode, joinCode), eq(liveSession.kind, 'workshop')));
	return row ? { title: row.title, ended: row.endedAt !== null } : null;
}

/**
 * After a restart, reload the quizzes whose question clock was running, so their deadline
 * timer fires even before anyone reconnects.
 */
export async function resumeRunningQuizzes(): Promise<void> {
	const ids = await runningQuizIds();
	await Promise.all(ids.map((id) => getLiveQuiz(id)));
	if (ids.length > 0) log.info({ count: ids.length }, 'resumed running quizzes');
}
