/**
 * What each screen of a live quiz receives, built from the session's plain data. Pure, so
 * the rule "phones never see the right answer before the reveal" is testable here.
 */
import { burstViews, type BurstView, type JoinBurst } from './join-bursts';
import { rank } from './scoring';
import { currentSlide, type Phase, type QuizSettings, type QuizState } from './quiz-session';
import {
	optionIdsOf,
	publicQuestion,
	type Answer,
	type IllustrationId,
	type PublicQuestion,
	type QuestionSlide,
	type Slide,
	type Workshop
} from './workshop';

export interface ParticipantRecord {
	id: string;
	nickname: string;
	team: string | null;
	removed: boolean;
	/** Open sockets of this participant on this server. */
	connections: number;
}

export interface AnswerRecord {
	participantId: string;
	slideId: string;
	answer: Answer;
	correct: boolean | null;
	points: number;
	streak: number;
	elapsedMs: number;
}

export interface QuizData {
	title: string;
	joinCode: string;
	workshop: Workshop;
	settings: QuizSettings;
	state: QuizState;
	participants: readonly ParticipantRecord[];
	/** Every stored answer of the session. */
	answers: readonly AnswerRecord[];
	/** Joins far faster than people type, per address (in memory: a restart forgets them). */
	joinBursts?: readonly JoinBurst[];
}

export type PublicSlide =
	| { kind: 'info'; id: string; title: string; body: string; illustration?: IllustrationId }
	| ({ kind: 'question' } & PublicQuestion);

export interface Standing {
	participantId: string;
	nickname: string;
	score: number;
	rank: number;
}

export interface PlayerView {
	title: string;
	phase: Phase;
	paused: boolean;
	slideNumber: number;
	slideCount: number;
	/** Among the questions only: "question 3 of 26" means more to a player than slide numbers. */
	questionNumber: number;
	questionCount: number;
	slide: PublicSlide | null;
	/** Epoch ms when answering closes; compare with `serverNow` to count down without trusting the phone's clock. */
	deadline: number | null;
	serverNow: number;
	you: {
		participantId: string;
		nickname: string;
		score: number;
		rank: number | null;
		/** The answer to the current question, once stored. */
		answered: Answer | null;
		/** After the reveal only. */
		result: { correct: boolean | null; points: number } | null;
	};
	/** After the reveal only: the right option ids (in order for ordering questions). */
	correct: string[] | null;
	/** On the leaderboard and the podium. */
	top: Standing[] | null;
}

export interface Distribution {
	/** Count per option id (choice, poll; for ordering: how many put each option first). */
	counts: Record<string, number>;
	/** Open answers, for the presenter to show. */
	texts: { nickname: string; text: string }[];
	correctCount: number;
	answered: number;
}

export interface HostView {
	title: string;
	joinCode: string;
	settings: QuizSettings;
	state: QuizState;
	slideCount: number;
	slide: Slide | null;
	serverNow: number;
	participants: { id: string; nickname: string; team: string | null; connected: boolean; score: number }[];
	answered: number;
	/** After the reveal only (the presenter may glance at the remote during the question; the room may not). */
	distribution: Distribution | null;
	standings: Standing[];
	/** Names that came in a burst from one address and are still here: the presenter may remove them at once. */
	bursts: BurstView[];
}

const REVEALED: readonly Phase[] = ['reveal', 'leaderboard'];

/**
 * Scores count answers to questions that were not skipped, and not the question still open:
 * a score that rises before the reveal would tell the player the answer was right.
 */
export function scores(data: Pick<QuizData, 'answers' | 'state' | 'workshop'>): Map<string, number> {
	const skipped = new Set(data.state.skipped);
	if (data.state.phase === 'question') {
		const open = data.workshop.slides[data.state.slideIndex];
		if (open) skipped.add(open.id);
	}
	const result = new Map<string, number>();
	for (const a of data.answers) {
		if (skipped.has(a.slideId)) continue;
		result.set(a.participantId, (result.get(a.participantId) ?? 0) + a.points);
	}
	return result;
}

export function standings(data: QuizData): Standing[] {
	const totals = scores(data);
	return rank(
		data.participants
			.filter((p) => !p.removed)
			.map((p) => ({
				participantId: p.id,
				name: p.nickname,
				nickname: p.nickname,
				score: totals.get(p.id) ?? 0
			}))
	).map(({ item, rank }) => ({
		participantId: item.participantId,
		nickname: item.nickname,
		score: item.score,
		rank
	}));
}

function publicSlide(slide: Slide | undefined): PublicSlide | null {
	if (!slide) return null;
	if (slide.kind === 'info') return slide;
	return { kind: 'question', ...publicQuestion(slide) };
}

export function distribution(
	question: QuestionSlide,
	answers: readonly AnswerRecord[],
	nicknames: Map<string, string>
): Distribution {
	const counts: Record<string, number> = Object.fromEntries(optionIdsOf(question).map((id) => [id, 0]));
	const texts: Distribution['texts'] = [];
	let correctCount = 0;
	let answered = 0;
	for (const a of answers) {
		if (a.slideId !== question.id) continue;
		answered++;
		if (a.correct) correctCount++;
		if (a.answer.kind === 'text')
			texts.push({ nickname: nicknames.get(a.participantId) ?? '', text: a.answer.text });
		else if (a.answer.kind === 'order')
			counts[a.answer.optionIds[0]!] = (counts[a.answer.optionIds[0]!] ?? 0) + 1;
		else for (const o of a.answer.optionIds) counts[o] = (counts[o] ?? 0) + 1;
	}
	return { counts, texts, correctCount, answered };
}

/** Shared work for many player views of the same moment (one broadcast to every phone). */
export interface ViewContext {
	table: Standing[];
	/** The current slide's answers by participant. */
	current: Map<string, AnswerRecord>;
}

export function viewContext(data: QuizData): ViewContext {
	const slide = currentSlide(data.state, data.workshop.slides);
	const current = new Map<string, AnswerRecord>();
	if (slide) for (const a of data.answers) if (a.slideId === slide.id) current.set(a.participantId, a);
	return { table: standings(data), current };
}

export function playerView(
	data: QuizData,
	participantId: string,
	now: number,
	ctx: ViewContext = viewContext(data),
	top = 5
): PlayerView {
	const slide = currentSlide(data.state, data.workshop.slides);
	const revealed = REVEALED.includes(data.state.phase) && slide?.kind === 'question';
	const mine = ctx.current.get(participantId);
	const table = ctx.table;
	const me = table.find((s) => s.participantId === participantId);
	const nickname = data.participants.find((p) => p.id === participantId)?.nickname ?? '';
	const showTop =
		data.state.phase === 'leaderboard' || data.state.phase === 'podium' || data.state.phase === 'ended';
	return {
		title: data.title,
		phase: data.state.phase,
		paused: data.state.pausedAt !== null,
		slideNumber: Math.min(data.state.slideIndex + 1, data.workshop.slides.length),
		slideCount: data.workshop.slides.length,
		questionNumber: data.workshop.slides
			.slice(0, data.state.slideIndex + 1)
			.filter((s) => s.kind === 'question').length,
		questionCount: data.workshop.slides.filter((s) => s.kind === 'question').length,
		slide: publicSlide(slide),
		deadline: data.state.phase === 'question' ? data.state.deadline : null,
		serverNow: now,
		you: {
			participantId,
			nickname,
			score: me?.score ?? 0,
			rank: me?.rank ?? null,
			answered: mine?.answer ?? null,
			result: revealed
				? {
						correct: mine?.correct ?? (slide.type === 'poll' || slide.type === 'open' ? null : false),
						points: mine?.points ?? 0
					}
				: null
		},
		correct: revealed ? [...slide.correct] : null,
		top: showTop ? table.slice(0, top) : null
	};
}

export function hostView(data: QuizData, now: number): HostView {
	const slide = currentSlide(data.state, data.workshop.slides) ?? null;
	const totals = scores(data);
	const answered = slide ? data.answers.filter((a) => a.slideId === slide.id).length : 0;
	const nicknames = new Map(data.participants.map((p) => [p.id, p.nickname]));
	return {
		title: data.title,
		joinCode: data.joinCode,
		settings: data.settings,
		state: data.state,
		slideCount: data.workshop.slides.length,
		slide,
		serverNow: now,
		participants: data.participants
			.filter((p) => !p.removed)
			.map((p) => ({
				id: p.id,
				nickname: p.nickname,
				team: p.team,
				connected: p.connections > 0,
				score: totals.get(p.id) ?? 0
			})),
		answered,
		distribution:
			slide?.kind === 'question' && REVEALED.includes(data.state.phase)
				? distribution(slide, data.answers, nicknames)
				: null,
		standings: standings(data),
		bursts: burstViews(data.joinBursts ?? [], data.participants)
	};
}
