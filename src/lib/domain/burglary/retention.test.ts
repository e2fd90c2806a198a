import { describe, expect, it } from 'vitest';
import { deletionDueAtMs, isDeletionDue, nextDeletionRunMs } from './retention';

const DAY = 24 * 3_600_000;
const PUBLISHED = Date.UTC(2026, 11, 20, 12);
const PERIOD_END = Date.UTC(2026, 11, 26);

describe('retention of personal data', () => {
	it('is due 30 days after the outcome by default, or a configured number of days', () => {
		const g = { outcomePublishedAtMs: PUBLISHED, periodEndMs: PERIOD_END };
		expect(deletionDueAtMs(g)).toBe(PUBLISHED + 30 * DAY);
		expect(isDeletionDue(g, PUBLISHED + 30 * DAY - 1)).toBe(false);
		expect(isDeletionDue(g, PUBLISHED + 30 * DAY)).toBe(true);
		expect(deletionDueAtMs({ ...g, retentionDays: 7 })).toBe(PUBLISHED + 7 * DAY);
	});

	it('an abandoned game (no outcome) is deleted after the period end instead of never', () => {
		expect(deletionDueAtMs({ outcomePublishedAtMs: null, periodEndMs: PERIOD_END })).toBe(
			PERIOD_END + 30 * DAY
		);
	});

	it('the job runs next at the earliest due game with data left, at once when overdue', () => {
		const games = [
			{ outcomePublishedAtMs: PUBLISHED, periodEndMs: PERIOD_END, deleted: false },
			{ outcomePublishedAtMs: PUBLISHED - 10 * DAY, periodEndMs: PERIOD_END, deleted: true },
			{ outcomePublishedAtMs: null, periodEndMs: PERIOD_END - 40 * DAY, deleted: false }
		];
		expect(nextDeletionRunMs(games)).toBe(PERIOD_END - 10 * DAY);
		expect(nextDeletionRunMs([])).toBeNull();
	});
});
