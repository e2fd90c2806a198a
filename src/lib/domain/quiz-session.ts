/**
 * The flow of a live quiz session as a pure state machine. The presenter's commands and the
 * clock move it; the server stores the state after every change, so a restart resumes at the
 * same slide with the same deadline. Times are epoch milliseconds.
 */
import type { ScoringMode } from './scoring';
import type { Slide } from './workshop';

export type Phase = 'lobby' | 'info' | 'question' | 'reveal' | 'leaderboard' | 'podium' | 'ended';

export interface QuizSettings {
	scoring: ScoringMode;
	streakBonus: boolean;
	/** Show the leaderboard between questions. */
	showLeaderboard: boolean;
}

export const DEFAULT_SETTINGS: QuizSettings = { scoring: 'speed', streakBonus: true, showLeaderboard: true };

export interface QuizState {
	phase: Phase;
	/** Index of the current slide; -1 in the lobby, slides.length on the podium. */
	slideIndex: number;
	/** When the current question opened. */
	questionStartedAt: number | null;
	/** When answering closes; moves forward by the length of a pause. */
	deadline: number | null;
	/** Set while paused. */
	pausedAt: number | null;
	/** Total pause time within the current question, excluded from answer times. */
	pausedMs: number;
	lobbyLocked: boolean;
	/** Slides skipped by the presenter: their answers do not count. */
	skipped: string[];
}

export const HOST_COMMANDS = [
	'start',
	'next',
	'reveal',
	'leaderboard',
	'skip',
	'pause',
	'resume',
	'end',
	'lock',
	'unlock'
] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

export function initialState(): QuizState {
	return {
		phase: 'lobby',
		slideIndex: -1,
		questionStartedAt: null,
		deadline: null,
		pausedAt: null,
		pausedMs: 0,
		lobbyLocked: false,
		skipped: []
	};
}

export interface Context {
	slides: readonly Slide[];
	settings: QuizSettings;
	now: number;
}

export type TransitionResult = { ok: true; state: QuizState } | { ok: false; error: 'quiz.error.notNow' };

const notNow = { ok: false, error: 'quiz.error.notNow' } as const;
const ok = (state: QuizState): TransitionResult => ({ ok: true, state });

/** Opens slide `index` (or the podium past the last slide). */
function enter(state: QuizState, index: number, ctx: Context): QuizState {
	const base = {
		...state,
		slideIndex: index,
		questionStartedAt: null,
		deadline: null,
		pausedAt: null,
		pausedMs: 0
	};
	const slide = ctx.slides[index];
	if (!slide) return { ...base, slideIndex: ctx.slides.length, phase: 'podium' };
	if (slide.kind === 'info') return { ...base, phase: 'info' };
	return {
		...base,
		phase: 'question',
		questionStartedAt: ctx.now,
		deadline: ctx.now + slide.timeLimitSec * 1000
	};
}

export function transition(state: QuizState, command: HostCommand, ctx: Context): TransitionResult {
	if (state.phase === 'ended') return notNow;
	switch (command) {
		case 'lock':
			return ok({ ...state, lobbyLocked: true });
		case 'unlock':
			return ok({ ...state, lobbyLocked: false });
		case 'end':
			return ok({ ...state, phase: 'ended', pausedAt: null });
		case 'pause':
			return state.pausedAt === null ? ok({ ...state, pausedAt: ctx.now }) : notNow;
		case 'resume': {
			if (state.pausedAt === null) return notNow;
			const paused = ctx.now - state.pausedAt;
			// Only a running question has a clock to stop; elsewhere pausing just holds the screen.
			if (state.phase !== 'question') return ok({ ...state, pausedAt: null });
			return ok({
				...state,
				pausedAt: null,
				pausedMs: state.pausedMs + paused,
				deadline: state.deadline! + paused
			});
		}
	}
	if (state.pausedAt !== null) return notNow;
	switch (command) {
		case 'start':
			return state.phase === 'lobby' ? ok(enter(state, 0, ctx)) : notNow;
		case 'reveal':
			return state.phase === 'question' ? ok({ ...state, phase: 'reveal' }) : notNow;
		case 'leaderboard':
			return state.phase === 'reveal' ? ok({ ...state, phase: 'leaderboard' }) : notNow;
		case 'skip': {
			if (state.phase === 'lobby' || state.phase === 'podium') return notNow;
			const slide = ctx.slides[state.slideIndex];
			// A question skipped before its reveal does not count; after the reveal it already did.
			const skipped = state.phase === 'question' && slide ? [...state.skipped, slide.id] : state.skipped;
			return ok(enter({ ...state, skipped }, state.slideIndex + 1, ctx));
		}
		case 'next':
			switch (state.phase) {
				case 'lobby':
					return ok(enter(state, 0, ctx));
				case 'question':
					return ok({ ...state, phase: 'reveal' });
				case 'reveal':
					if (ctx.settings.showLeaderboard) return ok({ ...state, phase: 'leaderboard' });
					return ok(enter(state, state.slideIndex + 1, ctx));
				case 'info':
				case 'leaderboard':
					return ok(enter(state, state.slideIndex + 1, ctx));
				case 'podium':
					return ok({ ...state, phase: 'ended' });
			}
	}
	return notNow;
}

/** The slide on screen, if any. */
export function currentSlide(state: QuizState, slides: readonly Slide[]): Slide | undefined {
	return state.slideIndex >= 0 ? slides[state.slideIndex] : undefined;
}

/** Whether an answer to `slideId` received at `now` counts: the question is open, not paused, not past its deadline. */
export function acceptsAnswer(
	state: QuizState,
	slides: readonly Slide[],
	slideId: string,
	now: number
): boolean {
	const slide = currentSlide(state, slides);
	return (
		state.phase === 'question' &&
		slide?.kind === 'question' &&
		slide.id === slideId &&
		state.pausedAt === null &&
		state.deadline !== null &&
		now < state.deadline
	);
}

/** Time the participant took, excluding pauses, in ms. */
export function answerElapsedMs(state: QuizState, now: number): number {
	return Math.max(0, now - (state.questionStartedAt ?? now) - state.pausedMs);
}

/** The question's time is up and it should be revealed (the server's timer calls this). */
export function isTimeUp(state: QuizState, now: number): boolean {
	return (
		state.phase === 'question' && state.pausedAt === null && state.deadline !== null && now >= state.deadline
	);
}

/** New participants may join until the end, unless the presenter locked the lobby. */
export function acceptsJoin(state: QuizState): boolean {
	return state.phase !== 'ended' && !state.lobbyLocked;
}
