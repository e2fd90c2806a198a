/**
 * Points for quiz answers. Like Kahoot!: a correct answer earns between 500 and 1000 points
 * depending on the time left, or a flat 1000 per correct answer when the presenter prefers
 * that (calmer for an audience of residents). An optional streak bonus rewards consecutive
 * correct answers.
 */
export const MAX_POINTS = 1000;
export const MIN_CORRECT_POINTS = 500;
export const STREAK_STEP = 100;
export const STREAK_MAX_BONUS = 500;

export type ScoringMode = 'speed' | 'flat';

export interface ScoreInput {
	correct: boolean | null;
	/** Time from question start to the answer, in ms. */
	elapsedMs: number;
	/** Question time limit, in ms. */
	limitMs: number;
	mode: ScoringMode;
	/** The question counts for points. */
	pointsEnabled: boolean;
	streakBonus: boolean;
	/** Consecutive correct graded answers before this one. */
	streakBefore: number;
}

export interface ScoreResult {
	points: number;
	/** Consecutive correct answers including this one (0 after a wrong answer). */
	streak: number;
}

/** Base points for a correct answer: 1000 at once, falling linearly to 500 at the deadline. */
export function basePoints(mode: ScoringMode, elapsedMs: number, limitMs: number): number {
	if (mode === 'flat') return MAX_POINTS;
	const fraction = Math.min(1, Math.max(0, elapsedMs / limitMs));
	return Math.round(MAX_POINTS * (1 - fraction / 2));
}

export function streakBonusFor(streak: number): number {
	return Math.min(STREAK_MAX_BONUS, Math.max(0, streak - 1) * STREAK_STEP);
}

/**
 * Scores one answer. Ungraded questions (poll, open: correct === null) and questions without
 * points leave score and streak untouched.
 */
export function scoreAnswer(input: ScoreInput): ScoreResult {
	if (input.correct === null || !input.pointsEnabled) return { points: 0, streak: input.streakBefore };
	if (!input.correct) return { points: 0, streak: 0 };
	const streak = input.streakBefore + 1;
	const bonus = input.streakBonus ? streakBonusFor(streak) : 0;
	return { points: basePoints(input.mode, input.elapsedMs, input.limitMs) + bonus, streak };
}

export interface Ranked<T> {
	item: T;
	/** 1-based; equal scores share a rank (1, 2, 2, 4). */
	rank: number;
}

/** Sorts by score, highest first; ties share a rank and keep a stable order by name. */
export function rank<T extends { score: number; name: string }>(items: readonly T[]): Ranked<T>[] {
	const sorted = [...items].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'));
	let previousScore: number | undefined;
	let previousRank = 0;
	return sorted.map((item, i) => {
		const r = item.score === previousScore ? previousRank : i + 1;
		previousScore = item.score;
		previousRank = r;
		return { item, rank: r };
	});
}
