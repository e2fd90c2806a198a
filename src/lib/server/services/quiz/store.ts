import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { liveSession, participant, quizAnswer } from '$lib/server/db/schema';
import { createBatcher } from '$lib/server/batcher';
import { isDataError } from '$lib/server/db/errors';
import { AppError } from '$lib/server/errors';
import type { QuizState } from '$lib/domain/quiz-session';
import type { AnswerRecord } from '$lib/domain/quiz-views';

/** Database reads and writes of live quizzes, kept apart from the in-memory runtime. */

export type StoredAnswer = AnswerRecord & { id: string; liveSessionId: string; receivedAt: Date };

/**
 * Answers from every session go through one batcher: a burst of 300 answers in the last
 * second becomes a handful of multi-row INSERTs. ON CONFLICT DO NOTHING plus the unique
 * (participant, slide) index make a resent answer harmless even if memory missed it; a row
 * the database refuses fails alone (batcher `isolate`), never the other sessions' answers.
 */
const answerBatcher = createBatcher(
	async (rows: StoredAnswer[]) => {
		const inserted = await db()
			.insert(quizAnswer)
			.values(rows)
			.onConflictDoNothing()
			.returning({ id: quizAnswer.id, participantId: quizAnswer.participantId, slideId: quizAnswer.slideId });
		// The whole row, not just the id: two phones sending one id in one batch store one row.
		const keys = new Set(inserted.map((r) => `${r.id}:${r.participantId}:${r.slideId}`));
		return rows.map((r) => keys.has(`${r.id}:${r.participantId}:${r.slideId}`));
	},
	{ maxWaitMs: 5, maxItems: 500, isolate: isDataError }
);

/**
 * Stores an answer. Resolves true when written now, false when the id or the (participant,
 * question) pair was stored before: then `storedAnswer` says which answer stands.
 */
export function storeAnswer(row: StoredAnswer): Promise<boolean> {
	return answerBatcher.add(row).catch((err: unknown) => {
		throw isDataError(err) ? new AppError('error.unstorable', 400) : err;
	});
}

/** The answer stored under this id, or else the participant's answer to this question. */
export async function storedAnswer(id: string, participantId: string, slideId: string) {
	const rows = await db()
		.select()
		.from(quizAnswer)
		.where(
			or(
				eq(quizAnswer.id, id),
				and(eq(quizAnswer.participantId, participantId), eq(quizAnswer.slideId, slideId))
			)
		);
	const row = rows.find((r) => r.id === id) ?? rows[0];
	if (!row) return undefined;
	const { participantId: p, slideId: q, answer, correct, points, streak, elapsedMs } = row;
	const record: AnswerRecord = { participantId: p, slideId: q, answer, correct, points, streak, elapsedMs };
	return { record, liveSessionId: row.liveSessionId };
}

export function drainAnswers(): Promise<void> {
	return answerBatcher.drain();
}

export async function saveState(liveSessionId: string, state: QuizState, now: Date): Promise<void> {
	await db()
		.update(liveSession)
		.set({ state, endedAt: state.phase === 'ended' ? now : null })
		.where(eq(liveSession.id, liveSessionId));
}

export async function loadSessionRow(where: { id: string } | { joinCode: string }) {
	const [row] = await db()
		.select()
		.from(liveSession)
		.where(
			and(
				'id' in where ? eq(liveSession.id, where.id) : eq(liveSession.joinCode, where.joinCode),
				eq(liveSession.kind, 'workshop')
			)
		);
	return row;
}

export async function loadParticipants(liveSessionId: string) {
	return db()
		.select({
			id: participant.id,
			nickname: participant.nickname,
			team: participant.team,
			removedAt: participant.removedAt
		})
		.from(participant)
		.where(eq(participant.liveSessionId, liveSessionId))
		.orderBy(asc(participant.createdAt));
}

export async function loadAnswers(liveSessionId: string): Promise<AnswerRecord[]> {
	return db()
		.select({
			participantId: quizAnswer.participantId,
			slideId: quizAnswer.slideId,
			answer: quizAnswer.answer,
			correct: quizAnswer.correct,
			points: quizAnswer.points,
			streak: quizAnswer.streak,
			elapsedMs: quizAnswer.elapsedMs
		})
		.from(quizAnswer)
		.where(eq(quizAnswer.liveSessionId, liveSessionId))
		.orderBy(asc(quizAnswer.receivedAt));
}

export async function markRemoved(participantId: string, now: Date): Promise<void> {
	await db().update(participant).set({ removedAt: now }).where(eq(participant.id, participantId));
}

/** Sessions whose question clock was running: they need their timer back after a restart. */
export async function runningQuizIds(): Promise<string[]> {
	const rows = await db()
		.select({ id: liveSession.id, state: liveSession.state })
		.from(liveSession)
		.where(and(eq(liveSession.kind, 'workshop'), isNull(liveSession.endedAt)));
	return rows.filter((r) => r.state?.phase === 'question').map((r) => r.id);
}
