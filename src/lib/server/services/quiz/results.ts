import { z } from 'zod';
import { can } from '$lib/server/auth/roles';
import { AppError } from '$lib/server/errors';
import { DEFAULT_LOCALE, translate, type Locale } from '$lib/i18n';
import { safeFileName, toCsv, type CsvCell } from '$lib/domain/csv';
import { DEFAULT_SETTINGS, type QuizSettings } from '$lib/domain/quiz-session';
import {
	distribution,
	standings,
	type AnswerRecord,
	type ParticipantRecord,
	type QuizData
} from '$lib/domain/quiz-views';
import {
	isGraded,
	optionIdsOf,
	type Answer,
	type QuestionSlide,
	type QuestionType
} from '$lib/domain/workshop';
import { mayControl } from './access';
import type { SessionUser } from '../auth';
import { loadAnswers, loadParticipants, loadSessionRow } from './store';

/** What a workshop session came to, for the presenter's and the organiser's review afterwards. */

export interface OptionResult {
	id: string;
	text: string;
	/** Participants who chose it (for ordering questions: who put it first). */
	count: number;
	/** A right option; always false for polls. */
	right: boolean;
}

export interface QuestionResult {
	slideId: string;
	/** Position among all slides, 1-based. */
	slideNumber: number;
	/** Position among the questions, 1-based: "Vraag 3". */
	questionNumber: number;
	prompt: string;
	type: QuestionType;
	/** The question earns points. */
	points: boolean;
	/** The presenter got to this question (a session may end early). */
	shown: boolean;
	/** Skipped before its reveal: its answers count for nobody's score. */
	skipped: boolean;
	answered: number;
	/** null for polls and open questions, which have no right answer. */
	correct: number | null;
	/** Choice questions and polls: every option with its count. Empty otherwise. */
	options: OptionResult[];
	/** Ordering questions: the option texts in the right order. Empty otherwise. */
	rightOrder: string[];
	/** Open questions: every answer with its author. */
	texts: { nickname: string; text: string }[];
}

export interface ParticipantResult {
	participantId: string;
	rank: number;
	nickname: string;
	score: number;
	/** Right answers to questions that count (not skipped). */
	correct: number;
	/** Answers to questions that count (not skipped). */
	answered: number;
}

export interface SessionResults {
	id: string;
	title: string;
	joinCode: string;
	createdAt: Date;
	endedAt: Date | null;
	settings: QuizSettings;
	/** Still running, and the actor may put it on the big screen. */
	canControl: boolean;
	/** Questions the presenter got to and did not skip. */
	questionsAsked: number;
	questionCount: number;
	questions: QuestionResult[];
	/** Best first; removed participants are left out. */
	participants: ParticipantResult[];
}

const idSchema = z.uuid();

/**
 * Hosts and reviewers of the organisation may read results. A session of another organisation
 * (or no session at all) is reported as missing, so ids cannot be probed across organisations.
 */
async function loadQuizData(actor: SessionUser, liveSessionId: string) {
	if (!can(actor.role, 'sessions:host') && !can(actor.role, 'outcomes:review'))
		throw new AppError('error.forbidden', 403);
	// PostgreSQL refuses a malformed uuid with an error; it is simply a session that does not exist.
	if (!idSchema.safeParse(liveSessionId).success) throw new AppError('quiz.error.notFound', 404);
	const row = await loadSessionRow({ id: liveSessionId });
	if (!row?.workshop || !row.state || row.organisationId !== actor.organisationId)
		throw new AppError('quiz.error.notFound', 404);
	const [participants, answers] = await Promise.all([loadParticipants(row.id), loadAnswers(row.id)]);
	const records: ParticipantRecord[] = participants.map((p) => ({
		id: p.id,
		nickname: p.nickname,
		team: p.team,
		removed: p.removedAt !== null,
		connections: 0
	}));
	const present = new Set(records.filter((p) => !p.removed).map((p) => p.id));
	const data: QuizData = {
		title: row.title,
		joinCode: row.joinCode,
		workshop: row.workshop,
		settings: row.settings ?? DEFAULT_SETTINGS,
		state: row.state,
		participants: records,
		// Someone the presenter removed (an offensive name, a prank) leaves no trace in the results.
		answers: answers.filter((a) => present.has(a.participantId))
	};
	return { row, data };
}

/** The rule of the projector page and the socket handlers (access.ts), plus the host permission. */
export function mayControlSession(
	actor: SessionUser,
	session: { organisationId: string; hostAccountId: string | null }
): boolean {
	return (
		can(actor.role, 'sessions:host') &&
		mayControl({ accountId: actor.id, organisationId: actor.organisationId, role: actor.role }, session) ===
			'ok'
	);
}

export async function sessionResults(
	actor: SessionUser,
	liveSessionId: string,
	locale: Locale = DEFAULT_LOCALE
): Promise<SessionResults> {
	const { row, data } = await loadQuizData(actor, liveSessionId);
	const questions = questionResults(data, locale);
	return {
		id: row.id,
		title: row.title,
		joinCode: row.joinCode,
		createdAt: row.createdAt,
		endedAt: row.endedAt,
		settings: data.settings,
		canControl: row.endedAt === null && mayControlSession(actor, row),
		questionsAsked: questions.filter((q) => q.shown && !q.skipped).length,
		questionCount: questions.length,
		questions,
		participants: participantResults(data)
	};
}

interface NumberedQuestion {
	slide: QuestionSlide;
	slideNumber: number;
	questionNumber: number;
	shown: boolean;
}

function questionsOf(data: Pick<QuizData, 'workshop' | 'state'>): NumberedQuestion[] {
	const out: NumberedQuestion[] = [];
	data.workshop.slides.forEach((slide, index) => {
		if (slide.kind !== 'question') return;
		out.push({
			slide,
			slideNumber: index + 1,
			questionNumber: out.length + 1,
			shown: index <= data.state.slideIndex
		});
	});
	return out;
}

/** The text of an option as the phone showed it (true/false options are implicit and translated). */
function optionText(q: QuestionSlide, optionId: string, locale: Locale): string {
	if (q.type === 'truefalse') return translate(locale, optionId === 'true' ? 'phone.true' : 'phone.false');
	return q.options.find((o) => o.id === optionId)?.text ?? optionId;
}

function questionResults(data: QuizData, locale: Locale): QuestionResult[] {
	const skipped = new Set(data.state.skipped);
	const nicknames = new Map(data.participants.map((p) => [p.id, p.nickname]));
	return questionsOf(data).map(({ slide: q, slideNumber, questionNumber, shown }) => {
		const d = distribution(q, data.answers, nicknames);
		const graded = isGraded(q);
		const choice = q.type !== 'open' && q.type !== 'order';
		return {
			slideId: q.id,
			slideNumber,
			questionNumber,
			prompt: q.prompt,
			type: q.type,
			points: q.points,
			shown,
			skipped: skipped.has(q.id),
			answered: d.answered,
			correct: graded ? d.correctCount : null,
			options: choice
				? optionIdsOf(q).map((id) => ({
						id,
						text: optionText(q, id, locale),
						count: d.counts[id] ?? 0,
						right: graded && q.correct.includes(id)
					}))
				: [],
			rightOrder: q.type === 'order' ? q.correct.map((id) => optionText(q, id, locale)) : [],
			texts: d.texts
		};
	});
}

function participantResults(data: QuizData): ParticipantResult[] {
	const skipped = new Set(data.state.skipped);
	const tally = new Map<string, { correct: number; answered: number }>();
	for (const a of data.answers) {
		if (skipped.has(a.slideId)) continue;
		const t = tally.get(a.participantId) ?? { correct: 0, answered: 0 };
		t.answered++;
		if (a.correct) t.correct++;
		tally.set(a.participantId, t);
	}
	// standings() already leaves out removed participants and skipped questions, and ranks ties alike.
	return standings(data).map((s) => ({
		participantId: s.participantId,
		rank: s.rank,
		nickname: s.nickname,
		score: s.score,
		correct: tally.get(s.participantId)?.correct ?? 0,
		answered: tally.get(s.participantId)?.answered ?? 0
	}));
}

/** An answer as a person reads it: chosen options, an order, or the typed text. */
function answerText(q: QuestionSlide, a: Answer, locale: Locale): string {
	if (a.kind === 'text') return a.text;
	// Choices in the question's own order, so equal answers read the same in every row.
	if (a.kind === 'choice')
		return optionIdsOf(q)
			.filter((id) => a.optionIds.includes(id))
			.map((id) => optionText(q, id, locale))
			.join(' | ');
	return a.optionIds.map((id) => optionText(q, id, locale)).join(' > ');
}

/**
 * The results as a spreadsheet: one row per participant per question the presenter got to.
 * Headers and yes/no come from the catalogue in the reader's language. Points are those that
 * count, so a skipped question shows 0 and is marked as skipped.
 */
export async function resultsCsv(
	actor: SessionUser,
	liveSessionId: string,
	locale: Locale = DEFAULT_LOCALE
): Promise<{ fileName: string; csv: string }> {
	const { row, data } = await loadQuizData(actor, liveSessionId);
	const m = (key: Parameters<typeof translate>[1]) => translate(locale, key);
	const skipped = new Set(data.state.skipped);
	const byKey = new Map<string, AnswerRecord>(
		data.answers.map((a) => [`${a.participantId}:${a.slideId}`, a])
	);
	const questions = questionsOf(data).filter((q) => q.shown);
	const rows: CsvCell[][] = [
		[
			m('results.nickname'),
			m('results.rank'),
			m('results.csv.totalScore'),
			m('results.csv.questionNumber'),
			m('results.question'),
			m('results.csv.answer'),
			m('results.correct'),
			m('results.csv.points'),
			m('results.csv.seconds'),
			m('results.csv.skipped')
		]
	];
	for (const p of standings(data)) {
		for (const { slide: q, questionNumber } of questions) {
			const a = byKey.get(`${p.participantId}:${q.id}`);
			const isSkipped = skipped.has(q.id);
			rows.push([
				p.nickname,
				p.rank,
				p.score,
				questionNumber,
				q.prompt,
				a ? answerText(q, a.answer, locale) : null,
				a?.correct === true ? m('results.csv.yes') : a?.correct === false ? m('results.csv.no') : null,
				a ? (isSkipped ? 0 : a.points) : null,
				a ? Math.round(a.elapsedMs / 100) / 10 : null,
				isSkipped ? m('results.csv.yes') : null
			]);
		}
	}
	return { fileName: csvFileName(row.title, row.createdAt, locale), csv: toCsv(rows) };
}

/** e.g. "resultaten-meld-verdacht-gedrag-2025-03-14.csv": the date as it was in the Netherlands. */
function csvFileName(title: string, createdAt: Date, locale: Locale): string {
	const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(createdAt);
	return safeFileName(`${translate(locale, 'results.csv.filePrefix')} ${title} ${day}`, 'csv');
}
