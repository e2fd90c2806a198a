import { isUniqueViolation } from '$lib/server/db/errors';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';
import { bridge } from '$lib/server/realtime/bridge';
import { rooms } from '$lib/server/realtime/rooms';
import { addParticipant, markParticipantsRemoved } from '$lib/server/services/participants';
import { checkNickname, normaliseNickname } from '$lib/domain/nickname';
import { BurstWatch } from '$lib/domain/join-bursts';
import {
	acceptsAnswer,
	acceptsJoin,
	answerElapsedMs,
	currentSlide,
	isTimeUp,
	transition,
	type HostCommand,
	type QuizSettings,
	type QuizState
} from '$lib/domain/quiz-session';
import {
	hostView,
	playerView,
	viewContext,
	type AnswerRecord,
	type HostView,
	type ParticipantRecord,
	type PlayerView,
	type QuizData
} from '$lib/domain/quiz-views';
import { scoreAnswer } from '$lib/domain/scoring';
import {
	evaluateAnswer,
	isGraded,
	shuffleOrderOptions,
	type Answer,
	type Workshop
} from '$lib/domain/workshop';
import { drawsFor } from '$lib/server/keyed-random';
import { outageWrite, type OutageWrite } from '$lib/server/outage-write';
import { isDatabaseUnavailable } from '$lib/server/db/errors';
import {
	loadAnswers,
	loadParticipants,
	loadSessionRow,
	markRemoved,
	saveState,
	storeAnswer,
	storedAnswer
} from './store';

export interface SessionMeta {
	id: string;
	organisationId: string;
	hostAccountId: string | null;
	joinCode: string;
	title: string;
	workshop: Workshop;
	settings: QuizSettings;
}

/** How often the presenter's answer counter may be refreshed during a burst, in ms. */
const COUNT_INTERVAL_MS = 100;

/**
 * One live quiz in memory: the state machine, participants and answers, with the database as
 * the record. Every change is written before it is acknowledged or shown; loading rebuilds
 * everything from the database, which is how a restarted server resumes. Commands run one at
 * a time, in order.
 */
export class LiveQuiz {
	state: QuizState;
	private participants = new Map<string, ParticipantRecord>();
	private answers: AnswerRecord[] = [];
	/** `${participantId}:${slideId}` → the stored answer. */
	private byKey = new Map<string, AnswerRecord>();
	/** Answers being written, so a resend waits for the first write instead of writing twice. */
	private inflight = new Map<string, OutageWrite<void>>();
	private commands: Promise<unknown> = Promise.resolve();
	private timer: ReturnType<typeof setTimeout> | undefined;
	private countTimer: ReturnType<typeof setTimeout> | undefined;
	private lastCountAt = 0;
	/** Joins far faster than people type, per address; the presenter may remove such a burst at once. */
	readonly bursts = new BurstWatch();

	constructor(
		readonly meta: SessionMeta,
		state: QuizState
	) {
		this.state = state;
	}

	static async load(where: { id: string } | { joinCode: string }): Promise<LiveQuiz | null> {
		const row = await loadSessionRow(where);
		if (!row?.workshop || !row.settings || !row.state) return null;
		const quiz = new LiveQuiz(
			{
				id: row.id,
				organisationId: row.organisationId,
				hostAccountId: row.hostAccountId,
				joinCode: row.joinCode,
				title: row.title,
				// The shown order of ordering questions, keyed with the session's secret.
				workshop: shuffleOrderOptions(row.workshop, drawsFor(row.drawSecret, row.id)),
				settings: row.settings
			},
			row.state
		);
		for (const p of await loadParticipants(row.id)) {
			quiz.participants.set(p.id, {
				id: p.id,
				nickname: p.nickname,
				team: p.team,
				removed: p.removedAt !== null,
				connections: 0
			});
		}
		for (const a of await loadAnswers(row.id)) quiz.remember(a);
		quiz.schedule();
		return quiz;
	}

	get id() {
		return this.meta.id;
	}

	data(): QuizData {
		return {
			title: this.meta.title,
			joinCode: this.meta.joinCode,
			workshop: this.meta.workshop,
			settings: this.meta.settings,
			state: this.state,
			participants: [...this.participants.values()],
			answers: this.answers,
			joinBursts: this.bursts.bursts
		};
	}

	hostView(now = Date.now()): HostView {
		return hostView(this.data(), now);
	}

	playerView(participantId: string, now = Date.now()): PlayerView {
		return playerView(this.data(), participantId, now);
	}

	isParticipant(participantId: string): boolean {
		const p = this.participants.get(participantId);
		return !!p && !p.removed;
	}

	/** Runs state changes strictly one after another. */
	private serial<T>(fn: () => Promise<T>): Promise<T> {
		const run = this.commands.then(fn, fn);
		this.commands = run.catch(() => {});
		return run;
	}

	/**
	 * Answers accepted before the deadline may still be on their way to the database; the
	 * reveal waits for them, so its distribution and every phone's result include them.
	 */
	private async settleAnswers() {
		const writes = [...this.inflight.values()];
		await Promise.all(writes.map((w) => w.tried));
		// Answers that came in time wait for the database: revealing now would leave them out.
		if (writes.some((w) => w.waiting)) throw new AppError('error.unavailable', 503);
		await Promise.allSettled(writes.map((w) => w.done));
	}

	command(command: HostCommand, now = Date.now()): Promise<HostView> {
		return this.serial(async () => {
			await this.settleAnswers();
			const result = transition(this.state, command, {
				slides: this.meta.workshop.slides,
				settings: this.meta.settings,
				now
			});
			if (!result.ok) throw new AppError(result.error, 409);
			await saveState(this.id, result.state, new Date(now));
			this.state = result.state;
			this.schedule();
			this.broadcast(now);
			if (this.state.phase === 'ended') forget(this.id);
			return this.hostView(now);
		});
	}

	/** The question's time ran out: reveal, unless the presenter already moved on. */
	private timeUp() {
		void this.serial(async () => {
			await this.settleAnswers();
			const now = Date.now();
			if (!isTimeUp(this.state, now)) return;
			const result = transition(this.state, 'reveal', {
				slides: this.meta.workshop.slides,
				settings: this.meta.settings,
				now
			});
			if (!result.ok) return;
			await saveState(this.id, result.state, new Date(now));
			this.state = result.state;
			this.broadcast(now);
		}).catch((err: unknown) => {
			const outage = isDatabaseUnavailable(err) || (err instanceof AppError && err.status === 503);
			log[outage ? 'warn' : 'error']({ err, liveSessionId: this.id }, 'automatic reveal failed; retrying');
			this.timer = setTimeout(() => this.timeUp(), 1000);
		});
	}

	/** Keeps exactly one timer for the running question's deadline (derived from stored state). */
	private schedule() {
		clearTimeout(this.timer);
		this.timer = undefined;
		const { phase, deadline, pausedAt } = this.state;
		if (phase !== 'question' || deadline === null || pausedAt !== null) return;
		this.timer = setTimeout(() => this.timeUp(), Math.max(0, deadline - Date.now()));
		this.timer.unref?.();
	}

	/** `address`: the phone's network (client-address.ts), to notice bursts; never shown. */
	async join(
		rawNickname: string,
		address = 'unknown',
		now = Date.now()
	): Promise<{ participantId: string; token: string; nickname: string }> {
		const nickname = normaliseNickname(rawNickname);
		const problem = checkNickname(nickname);
		if (problem) throw new AppError(problem, 400);
		if (this.state.phase === 'ended') throw new AppError('quiz.error.ended', 410);
		if (!acceptsJoin(this.state)) throw new AppError('quiz.error.locked', 403);
		const lower = nickname.toLocaleLowerCase('nl');
		for (const p of this.participants.values())
			if (p.nickname.toLocaleLowerCase('nl') === lower) throw new AppError('nickname.taken', 409);
		let created;
		try {
			created = await addParticipant(this.id, nickname);
		} catch (err) {
			// The unique index is the last word when two phones pick the same name at once.
			if (isUniqueViolation(err)) throw new AppError('nickname.taken', 409);
			throw err;
		}
		this.participants.set(created.id, {
			id: created.id,
			nickname,
			team: null,
			removed: false,
			connections: 0
		});
		this.bursts.record(address, created.id, now);
		this.broadcastHosts();
		return { participantId: created.id, token: created.token, nickname };
	}

	/**
	 * Stores an answer and resolves once it is durable. A resend (same id, or the same
	 * participant answering the same question again) resolves with the first result and
	 * changes nothing, even after the deadline.
	 */
	async answer(
		participantId: string,
		input: { id: string; slideId: string; answer: Answer },
		now = Date.now()
	): Promise<void> {
		const key = `${participantId}:${input.slideId}`;
		if (this.byKey.has(key)) return;
		const pending = this.inflight.get(key);
		if (pending) return pending.reply();
		if (!this.isParticipant(participantId)) throw new AppError('quiz.error.removed', 403);
		const slides = this.meta.workshop.slides;
		if (!acceptsAnswer(this.state, slides, input.slideId, now)) {
			// Too late for this or an earlier question; anything else was never open.
			const index = slides.findIndex((s) => s.id === input.slideId);
			const late = index !== -1 && index <= this.state.slideIndex;
			throw new AppError(late ? 'quiz.error.tooLate' : 'quiz.error.notOpen', 410);
		}
		const question = currentSlide(this.state, slides);
		if (question?.kind !== 'question') throw new AppError('quiz.error.notOpen', 410);
		const evaluated = evaluateAnswer(question, input.answer);
		if (evaluated === 'invalid') throw new AppError('quiz.error.invalidAnswer', 400);
		const elapsedMs = answerElapsedMs(this.state, now);
		const { points, streak } = scoreAnswer({
			correct: evaluated.correct,
			elapsedMs,
			limitMs: question.timeLimitSec * 1000,
			mode: this.meta.settings.scoring,
			pointsEnabled: question.points,
			streakBonus: this.meta.settings.streakBonus,
			streakBefore: this.streakBefore(participantId)
		});
		const record: AnswerRecord = {
			participantId,
			slideId: input.slideId,
			answer: input.answer,
			correct: evaluated.correct,
			points,
			streak,
			elapsedMs
		};
		const row = { ...record, id: input.id, liveSessionId: this.id, receivedAt: new Date(now) };
		// In time is in time: while the database is away the server keeps trying (outage-write.ts).
		const write = outageWrite(async () => {
			if (await storeAnswer(row)) this.remember(record);
			else await this.rememberStored(input.id, participantId, input.slideId);
			this.countChanged();
		});
		void write.done.then(
			() => this.inflight.delete(key),
			() => this.inflight.delete(key)
		);
		this.inflight.set(key, write);
		return write.reply();
	}

	/**
	 * The insert stored nothing: this id or this participant's answer to this question is in the
	 * database already (memory lost it, e.g. after a restart). The same question keeps its first
	 * answer; an id already used for another question or participant is a conflict, never an
	 * acknowledged answer that was not stored.
	 */
	private async rememberStored(id: string, participantId: string, slideId: string) {
		const stored = await storedAnswer(id, participantId, slideId);
		const a = stored?.record;
		if (!a || stored.liveSessionId !== this.id || a.participantId !== participantId || a.slideId !== slideId)
			throw new AppError('quiz.error.answerIdUsed', 409);
		this.remember(a);
	}

	private remember(a: AnswerRecord) {
		const key = `${a.participantId}:${a.slideId}`;
		if (this.byKey.has(key)) return;
		this.byKey.set(key, a);
		this.answers.push(a);
	}

	/** Consecutive correct answers on the graded, scored, not skipped questions before the current one. */
	private streakBefore(participantId: string): number {
		const skipped = new Set(this.state.skipped);
		let streak = 0;
		for (const slide of this.meta.workshop.slides.slice(0, this.state.slideIndex)) {
			if (slide.kind !== 'question' || !isGraded(slide) || !slide.points || skipped.has(slide.id)) continue;
			streak = this.byKey.get(`${participantId}:${slide.id}`)?.correct ? streak + 1 : 0;
		}
		return streak;
	}

	async remove(participantId: string, now = Date.now()): Promise<HostView> {
		return this.serial(async () => {
			const p = this.participants.get(participantId);
			if (!p || p.removed) throw new AppError('quiz.error.participantNotFound', 404);
			await this.removeOne(participantId, now);
			this.broadcastHosts(now);
			return this.hostView(now);
		});
	}

	/** Removes every name of a burst still here, each as `remove` does, with one update to the screens. */
	async removeBurst(burstId: string, now = Date.now()): Promise<HostView> {
		return this.serial(async () => {
			const burst = this.bursts.find(burstId);
			if (!burst) throw new AppError('burst.error.notFound', 404);
			const ids = burst.participantIds.filter((id) => this.isParticipant(id));
			await markParticipantsRemoved(ids, new Date(now));
			for (const id of ids) this.dropParticipant(id);
			this.broadcastHosts(now);
			return this.hostView(now);
		});
	}

	private async removeOne(participantId: string, now: number) {
		await markRemoved(participantId, new Date(now));
		this.dropParticipant(participantId);
	}

	/** After the row is marked: out of the session, and its phones told and disconnected. */
	private dropParticipant(participantId: string) {
		this.participants.get(participantId)!.removed = true;
		const io = bridge().io;
		io?.to(rooms.participant(participantId)).emit('quiz:removed');
		io?.in(rooms.participant(participantId)).disconnectSockets(true);
	}

	/** A participant's phone connected (+1) or went away (-1). */
	connections(participantId: string, delta: 1 | -1) {
		const p = this.participants.get(participantId);
		if (!p) return;
		p.connections = Math.max(0, p.connections + delta);
		this.broadcastHostsSoon();
	}

	private countChanged() {
		const now = Date.now();
		const wait = this.lastCountAt + COUNT_INTERVAL_MS - now;
		if (wait <= 0) return this.emitCount(now);
		// Within a burst: one trailing update, so the final count is never more than 100 ms late.
		this.countTimer ??= setTimeout(() => {
			this.countTimer = undefined;
			this.emitCount(Date.now());
		}, wait);
	}

	private emitCount(now: number) {
		this.lastCountAt = now;
		const slide = currentSlide(this.state, this.meta.workshop.slides);
		if (!slide) return;
		let answered = 0;
		for (const p of this.participants.values())
			if (!p.removed && this.byKey.has(`${p.id}:${slide.id}`)) answered++;
		const participants = [...this.participants.values()].filter((p) => !p.removed).length;
		bridge()
			.io?.to(rooms.quizHosts(this.id))
			.emit('quiz:count', { slideId: slide.id, answered, participants });
	}

	private hostsTimer: ReturnType<typeof setTimeout> | undefined;
	private broadcastHostsSoon() {
		this.hostsTimer ??= setTimeout(() => {
			this.hostsTimer = undefined;
			this.broadcastHosts();
		}, 200);
	}

	broadcastHosts(now = Date.now()) {
		bridge().io?.to(rooms.quizHosts(this.id)).emit('quiz:host', this.hostView(now));
	}

	/** Sends every connected phone its own view and the presenter's screens theirs. */
	broadcast(now = Date.now()) {
		const io = bridge().io;
		if (!io) return;
		const data = this.data();
		const ctx = viewContext(data);
		for (const p of this.participants.values()) {
			// Not filtered by connection count: another instance (or a reload of this one) may hold the socket.
			if (p.removed) continue;
			io.to(rooms.participant(p.id)).emit('quiz:state', playerView(data, p.id, now, ctx));
		}
		this.broadcastHosts(now);
	}

	dispose() {
		clearTimeout(this.timer);
		clearTimeout(this.countTimer);
		clearTimeout(this.hostsTimer);
	}
}

/** Live quizzes of this process, loaded on first use. On globalThis so dev reloads keep one copy. */
const KEY = Symbol.for('duizend-ogen.quizzes');
type Holder = { [KEY]?: Map<string, Promise<LiveQuiz | null>> };
function registry(): Map<string, Promise<LiveQuiz | null>> {
	const holder = globalThis as Holder;
	holder[KEY] ??= new Map();
	return holder[KEY];
}

export function getLiveQuiz(id: string): Promise<LiveQuiz | null> {
	const map = registry();
	let entry = map.get(id);
	if (!entry) {
		entry = LiveQuiz.load({ id });
		map.set(id, entry);
		// A failed or empty load is not cached: the next call tries again.
		entry.then(
			(q) => q || map.delete(id),
			() => map.delete(id)
		);
	}
	return entry;
}

export async function getLiveQuizByCode(joinCode: string): Promise<LiveQuiz | null> {
	const row = await loadSessionRow({ joinCode });
	return row ? getLiveQuiz(row.id) : null;
}

function forget(id: string) {
	const map = registry();
	void map.get(id)?.then((q) => q?.dispose());
	map.delete(id);
}

/** Drops every loaded quiz (tests, shutdown). */
export function forgetAllQuizzes() {
	for (const id of [...registry().keys()]) forget(id);
}
