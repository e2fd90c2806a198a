/**
 * When the personal data of a Houd u de boef tegen? game (addresses, e-mail, names, the
 * boef's positions) is deleted: a set number of days after the outcome is published (default
 * 30), or, if no outcome is ever published, that many days after the end of the period, so an
 * abandoned game does not keep addresses for ever (GDPR art. 5: storage limitation). Pure and
 * clock-free: the scheduled job passes `now`.
 */

export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 3_600_000;

export interface RetentionInput {
	/** When the outcome was published, epoch ms, or null. */
	outcomePublishedAtMs: number | null;
	/** End of the attempt period, epoch ms. */
	periodEndMs: number;
	retentionDays?: number;
}

/** The moment the game's personal data must be gone, epoch ms. */
export function deletionDueAtMs(input: RetentionInput): number {
	const days = input.retentionDays ?? DEFAULT_RETENTION_DAYS;
	const from = input.outcomePublishedAtMs ?? input.periodEndMs;
	return from + days * DAY_MS;
}

export function isDeletionDue(input: RetentionInput, nowMs: number): boolean {
	return nowMs >= deletionDueAtMs(input);
}

/**
 * When the deletion job should run next for a set of games, epoch ms, or null when none has
 * personal data left. A job that was down past a due moment runs at once (returns ≤ now).
 */
export function nextDeletionRunMs(games: readonly (RetentionInput & { deleted: boolean })[]): number | null {
	let next: number | null = null;
	for (const g of games) {
		if (g.deleted) continue;
		const due = deletionDueAtMs(g);
		if (next === null || due < next) next = due;
	}
	return next;
}
