import { z } from 'zod';
import { freeText } from '$lib/domain/text';
import { can } from '$lib/server/auth/roles';
import { socketAddress } from '$lib/server/client-address';
import { AppError } from '$lib/server/errors';
import { admitJoin, limits, lookUpCode } from '$lib/server/limits';
import { mayControl } from '$lib/server/services/quiz/access';
import { getLiveQuiz, getLiveQuizByCode, type LiveQuiz } from '$lib/server/services/quiz/live-quiz';
import { HOST_COMMANDS } from '$lib/domain/quiz-session';
import { answerSchema } from '$lib/domain/workshop';
import type { Identity } from '$lib/realtime/events';
import { defineHandler, type AppSocket } from '../define';
import { rooms } from '../rooms';

const isParticipant = (i: Identity) => i.kind === 'participant';
const isHost = (i: Identity) => i.kind === 'account' && can(i.role, 'sessions:host');

/** Only the session's presenter, or a beheerder of the same organisation, may watch and steer it. */
async function controlledQuiz(socket: AppSocket, liveSessionId: string): Promise<LiveQuiz> {
	const identity = socket.data.identity;
	const quiz = await getLiveQuiz(liveSessionId);
	const verdict = quiz && identity.kind === 'account' ? mayControl(identity, quiz.meta) : 'not-found';
	if (verdict === 'not-found') throw new AppError('quiz.error.notFound', 404);
	if (verdict === 'forbidden') throw new AppError('error.forbidden', 403);
	return quiz!;
}

async function ownQuiz(socket: AppSocket): Promise<{ quiz: LiveQuiz; participantId: string }> {
	const identity = socket.data.identity;
	if (identity.kind !== 'participant') throw new AppError('error.unauthenticated', 401);
	const quiz = await getLiveQuiz(identity.liveSessionId);
	if (!quiz) throw new AppError('quiz.error.ended', 410);
	return { quiz, participantId: identity.participantId };
}

/**
 * Joining: the code lookup counts against the address's wrong guesses (limits.ts), and a
 * session takes joins from one address at the venue-wifi rate; bursts are shown to the presenter.
 */
export const join = defineHandler({
	schema: z.object({ code: z.string().regex(/^\d{6}$/), nickname: freeText({ max: 100 }) }).strict(),
	allow: () => true,
	run: async ({ code, nickname }, socket) => {
		// The moment it arrived, before the lookup waits: bursts are judged by arrival.
		const now = limits().clock();
		const address = socketAddress(socket);
		const quiz = await lookUpCode(address, code, () => getLiveQuizByCode(code));
		if (!quiz) throw new AppError('join.codeUnknown', 404);
		admitJoin(quiz.id, address, now);
		const joined = await quiz.join(nickname, address, now);
		return {
			participantToken: joined.token,
			participantId: joined.participantId,
			liveSessionId: quiz.id,
			nickname: joined.nickname
		};
	}
});

export const answer = defineHandler({
	schema: z.object({ id: z.uuid(), slideId: z.string().min(1).max(40), answer: answerSchema }).strict(),
	allow: isParticipant,
	run: async (input, socket) => {
		const { quiz, participantId } = await ownQuiz(socket);
		await quiz.answer(participantId, input);
		return { accepted: true as const };
	}
});

export const sync = defineHandler({
	schema: z.object({}).strict(),
	allow: isParticipant,
	run: async (_input, socket) => {
		const { quiz, participantId } = await ownQuiz(socket);
		return quiz.playerView(participantId);
	}
});

export const watch = defineHandler({
	schema: z.object({ liveSessionId: z.uuid() }).strict(),
	allow: isHost,
	run: async ({ liveSessionId }, socket) => {
		const quiz = await controlledQuiz(socket, liveSessionId);
		await socket.join(rooms.quizHosts(quiz.id));
		return quiz.hostView();
	}
});

export const command = defineHandler({
	schema: z.object({ liveSessionId: z.uuid(), command: z.enum(HOST_COMMANDS) }).strict(),
	allow: isHost,
	run: async ({ liveSessionId, command }, socket) =>
		(await controlledQuiz(socket, liveSessionId)).command(command)
});

/** Removes every name that came in one burst (HostView `bursts`), as `quiz:remove` does each. */
export const removeBurst = defineHandler({
	schema: z.object({ liveSessionId: z.uuid(), burstId: z.string().min(1).max(40) }).strict(),
	allow: isHost,
	run: async ({ liveSessionId, burstId }, socket) =>
		(await controlledQuiz(socket, liveSessionId)).removeBurst(burstId)
});

export const remove = defineHandler({
	schema: z.object({ liveSessionId: z.uuid(), participantId: z.uuid() }).strict(),
	allow: isHost,
	run: async ({ liveSessionId, participantId }, socket) =>
		(await controlledQuiz(socket, liveSessionId)).remove(participantId)
});

/**
 * A participant's phone came online: count it (the projector shows who is connected) and send
 * it where the session is now, which is how a reload or a lost network resumes.
 */
export async function participantConnected(socket: AppSocket): Promise<void> {
	const identity = socket.data.identity;
	if (identity.kind !== 'participant') return;
	const quiz = await getLiveQuiz(identity.liveSessionId);
	if (!quiz) return;
	quiz.connections(identity.participantId, 1);
	socket.once('disconnect', () => quiz.connections(identity.participantId, -1));
	socket.emit('quiz:state', quiz.playerView(identity.participantId));
}
