/**
 * What is new in a game state compared with what the phone had: clues to announce with a
 * vibration, and replies of the spelleider to show. Pure, so a phone that was away for a while
 * announces what it missed, exactly once (news.test.ts).
 */
import type { PlayerClue, PlayerReport } from '$lib/domain/boef/game-views';

/** The clues not seen before, newest last; none on the first state (nothing is "new" then). */
export function freshClues(seenIds: readonly string[] | null, clues: readonly PlayerClue[]): PlayerClue[] {
	if (seenIds === null) return [];
	return clues.filter((c) => !seenIds.includes(c.id)).sort((a, b) => a.publishedAtMs - b.publishedAtMs);
}

/** The report whose reply is new (the last one when several are), or null. */
export function newlyAnswered(
	before: readonly PlayerReport[],
	after: readonly PlayerReport[]
): PlayerReport | null {
	const answered = after.filter(
		(r) => r.feedback !== null && before.find((b) => b.id === r.id)?.feedback !== r.feedback
	);
	return answered.at(-1) ?? null;
}
