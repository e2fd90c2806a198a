import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { mailBudgetHit } from '$lib/server/db/schema';
import { hashToken } from '$lib/server/auth/tokens';
import { log } from '$lib/server/log';

/**
 * Budgets for the e-mail the public can make the app send (confirmations, new links, the
 * confirmation after a changed address), kept in the database so that a restart does not reset
 * them and several instances share them. Each mail is charged against:
 * - its e-mail address: 3 a day, so nobody can mail someone over and over;
 * - the network address it was asked from: 40 an hour and 120 a day, across all campaigns
 *   (a registration stand passes one household every 90 seconds; a script mails at most 40
 *   strangers an hour), unless it came through a workshop's invitation, which is charged to
 *   that workshop instead: twice its participants plus 20 (teams share a phone, a household
 *   may register a second address, typos), so 150 people on one venue's wifi all get through;
 * - the registration, for a changed address: 5 a day (a typo or two, not a mailing list);
 * - the installation: 300 an hour, to protect the mail server's reputation. Over it the
 *   registration still succeeds and the mail waits until the hour has room; a mail that would
 *   wait more than a day is not queued at all (the household has its page on the phone and can
 *   ask for a new link later with "Link kwijt?").
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type BudgetKind = 'email' | 'client' | 'invite' | 'registration';
export interface Limit {
	limit: number;
	windowMs: number;
}

export const MAIL_LIMITS = {
	email: [{ limit: 3, windowMs: DAY }],
	client: [
		{ limit: 40, windowMs: HOUR },
		{ limit: 120, windowMs: DAY }
	],
	registration: [{ limit: 5, windowMs: DAY }]
} satisfies Record<Exclude<BudgetKind, 'invite'>, Limit[]>;

/** A workshop invitation's budget, over a week (the end of a workshop to its campaign's period). */
export function inviteLimits(participants: number): Limit[] {
	return [{ limit: 2 * participants + 20, windowMs: 7 * DAY }];
}

export const INSTALLATION_LIMIT: Limit = { limit: 300, windowMs: HOUR };
/** A mail that would have to wait longer than this for the installation's budget is not queued. */
export const INSTALLATION_MAX_WAIT_MS = DAY;
const LONGEST_WINDOW_MS = 7 * DAY;

export interface Charge {
	kind: BudgetKind;
	value: string;
	limits: Limit[];
}

const keyOf = (kind: BudgetKind | 'installation', value: string) => hashToken(`mail:${kind}:${value}`);
/** The installation's one budget key (exported for tests that fill it). */
export const INSTALLATION_KEY = keyOf('installation', '');

/** How long until one more hit fits in every limit, from the hit times of a key (ms). */
function waitMs(times: number[], limits: Limit[], now: number): number {
	let wait = 0;
	for (const { limit, windowMs } of limits) {
		const inWindow = times.filter((t) => t > now - windowMs).sort((a, b) => a - b);
		if (inWindow.length >= limit) wait = Math.max(wait, inWindow[inWindow.length - limit]! + windowMs - now);
	}
	return wait;
}

export type ChargeResult =
	| { ok: true; /** When the mail may go; null: not at all (installation budget). */ sendAfter: Date | null }
	| { ok: false; refused: BudgetKind; waitMs: number };

/**
 * Charges one mail against all `charges` at once, or against none: the first budget that is
 * used up refuses it, with the wait until it has room. Inside one transaction that holds an
 * advisory lock per key (in a fixed order, so two charges cannot deadlock), so concurrent
 * requests are counted one after the other: a burst gets exactly the budget, no more, no less.
 */
export async function chargeMail(charges: readonly Charge[], now = Date.now()): Promise<ChargeResult> {
	await pruneNow(now);
	const keys = charges.map((c) => keyOf(c.kind, c.value));
	const longest = Math.max(...charges.flatMap((c) => c.limits.map((l) => l.windowMs)));
	const refusal = await db().transaction(async (tx) => {
		for (const key of [...new Set(keys)].sort())
			await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
		const rows = await tx
			.select({ key: mailBudgetHit.key, at: mailBudgetHit.at })
			.from(mailBudgetHit)
			.where(and(inArray(mailBudgetHit.key, keys), gt(mailBudgetHit.at, new Date(now - longest))));
		for (const [i, charge] of charges.entries()) {
			const times = rows.filter((r) => r.key === keys[i]).map((r) => r.at.getTime());
			const wait = waitMs(times, charge.limits, now);
			if (wait > 0) return { ok: false as const, refused: charge.kind, waitMs: wait };
		}
		await tx.insert(mailBudgetHit).values(keys.map((key) => ({ key, at: new Date(now) })));
		return null;
	});
	if (refusal) return refusal;
	return { ok: true, sendAfter: await installationSlot(now) };
}

/**
 * The moment the installation's hourly budget has room for one more mail, counted at the
 * moment each mail is due (a waiting mail counts when it goes), and reserved for this one.
 */
async function installationSlot(now: number): Promise<Date | null> {
	const key = INSTALLATION_KEY;
	const { limit, windowMs } = INSTALLATION_LIMIT;
	const at = await db().transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
		const rows = await tx
			.select({ at: mailBudgetHit.at })
			.from(mailBudgetHit)
			.where(and(eq(mailBudgetHit.key, key), gt(mailBudgetHit.at, new Date(now - windowMs))))
			.orderBy(asc(mailBudgetHit.at));
		const times = rows.map((r) => r.at.getTime());
		const slot = times.length < limit ? now : Math.max(now, times[times.length - limit]! + windowMs);
		if (slot - now > INSTALLATION_MAX_WAIT_MS) return null;
		await tx.insert(mailBudgetHit).values({ key, at: new Date(slot) });
		return slot;
	});
	if (at === null) log.warn({}, 'installation mail budget used up: mail not queued');
	return at === null ? null : new Date(at);
}

let lastPrune = 0;
/** Hits older than the longest window are of no use; drop them now and then (they hash addresses). */
async function pruneNow(now: number): Promise<void> {
	if (Math.abs(now - lastPrune) < HOUR) return;
	lastPrune = now;
	await db()
		.delete(mailBudgetHit)
		.where(lt(mailBudgetHit.at, new Date(now - LONGEST_WINDOW_MS)));
}
