/**
 * Houd u de boef tegen?: which registered household the boef visits. The draw must be fair
 * (every eligible household equally likely), exclude households that withdrew their consent
 * or are away on the planned date, and be recorded so it can be explained afterwards. The
 * randomness is injected: the server passes `crypto.randomInt`, tests a seeded source.
 */

/** A registration as the draw needs it. Dates are calendar days, 'YYYY-MM-DD' in Dutch time. */
export interface DrawCandidate {
	id: string;
	/** Consent given and not withdrawn. */
	consent: boolean;
	/** Days the household said it is away (holiday, work): no attempt then. */
	awayDates: readonly string[];
}

/** `randomInt(n)` returns an integer in [0, n), uniformly. */
export type RandomInt = (n: number) => number;

export interface DrawRecord {
	/** The planned date of the attempt. */
	date: string;
	/** Ids of every eligible household, sorted: the draw picks among these. */
	eligible: string[];
	/** Ids left out, with why: for the record, never shown to participants. */
	excluded: { id: string; reason: 'no-consent' | 'away' }[];
	/** The drawn households, in draw order (several when more than one target home is planned). */
	chosen: string[];
}

export type DrawResult =
	{ ok: true; record: DrawRecord } | { ok: false; error: 'draw.error.noneEligible' | 'draw.error.badCount' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a household can be visited on `date`. */
export function eligibility(c: DrawCandidate, date: string): 'eligible' | 'no-consent' | 'away' {
	if (!c.consent) return 'no-consent';
	if (c.awayDates.includes(date)) return 'away';
	return 'eligible';
}

/**
 * Draws `count` different households among the eligible ones. The eligible list is sorted by
 * id first, so the outcome depends only on the randomness, not on the order the database
 * returned; each pick is uniform over what is left (a partial Fisher–Yates shuffle).
 */
export function drawTargets(
	candidates: readonly DrawCandidate[],
	date: string,
	count: number,
	randomInt: RandomInt
): DrawResult {
	if (!DATE.test(date) || !Number.isInteger(count) || count < 1)
		return { ok: false, error: 'draw.error.badCount' };
	const excluded: DrawRecord['excluded'] = [];
	const eligible: string[] = [];
	for (const c of candidates) {
		const e = eligibility(c, date);
		if (e === 'eligible') eligible.push(c.id);
		else excluded.push({ id: c.id, reason: e });
	}
	eligible.sort();
	excluded.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	if (eligible.length === 0) return { ok: false, error: 'draw.error.noneEligible' };
	if (count > eligible.length) return { ok: false, error: 'draw.error.badCount' };
	const pool = [...eligible];
	const chosen: string[] = [];
	for (let i = 0; i < count; i++) {
		const j = i + randomInt(pool.length - i);
		[pool[i], pool[j]] = [pool[j]!, pool[i]!];
		chosen.push(pool[i]!);
	}
	return { ok: true, record: { date, eligible, excluded, chosen } };
}
