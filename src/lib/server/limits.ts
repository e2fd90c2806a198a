import { error } from '@sveltejs/kit';
import { translate, type Locale } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { GuessLimiter, TokenBucket, retryMinutes, type GuessPolicy } from './guess-limit';

/**
 * The guessing and joining limits of this process, and the one way every code lookup goes
 * through them (sockets and HTTP alike). In memory: a restart forgets them, and several
 * instances each count their own (issue 17 moves them into PostgreSQL or Redis).
 */

/**
 * Unknown join codes per address: 3 free, then each waits 250 ms doubling to 4 s; 30 in 15
 * minutes and the address is refused for the rest of the window. Past their free three, all
 * addresses together share 2 lookups a second (burst 60), so many addresses cannot add up to
 * more than ~7,000 guesses an hour (against 50,000 a minute before): with 50 live codes in a
 * million that is a hit every ~3 hours, where one address alone needs weeks.
 */
export const CODE_LOOKUP_POLICY: GuessPolicy = {
	windowMs: 15 * 60_000,
	maxFailures: 30,
	freeFailures: 3,
	delayMs: 250,
	maxDelayMs: 4_000,
	shared: { capacity: 60, perSecond: 2 }
};

/** Every "unknown code" answer waits this long: a script waits for each of its guesses too. */
export const UNKNOWN_CODE_DELAY_MS = 300;

/**
 * Wrong code words in one game: 10 per address per 5 minutes (a team at one table shares a
 * venue's wifi), whatever participants they come from (throwaway participants bought unlimited
 * guesses before); past 5 each next one waits. Addresses past their first 3 wrong words also
 * share 100 per game per 5 minutes, so many addresses add up to little; an address with fewer
 * wrong words is never held up by them, so a flood cannot stop the honest finds.
 */
export const CODE_WORD_POLICY_ADDRESS: GuessPolicy = {
	windowMs: 5 * 60_000,
	maxFailures: 10,
	freeFailures: 5,
	delayMs: 250,
	maxDelayMs: 2_000
};
export const CODE_WORD_POLICY_GAME: GuessPolicy = {
	windowMs: 5 * 60_000,
	maxFailures: 100,
	freeFailures: 100,
	delayMs: 0,
	maxDelayMs: 0
};
/** Wrong code words an address may have in a game before the game-wide count applies to it. */
export const CODE_WORDS_BEFORE_GAME_LIMIT = 3;

/**
 * Joins per address per session: a burst of 240 then 4 a second. 200 phones behind one venue
 * wifi join within a minute; a script gets no further than that and is reported (join-bursts).
 */
export const JOIN_BURST = 240;
export const JOINS_PER_SECOND = 4;

interface Limits {
	codes: GuessLimiter;
	wordsByAddress: GuessLimiter;
	wordsByGame: GuessLimiter;
	joins: Map<string, TokenBucket>;
	/** `${address}|${code}` → until when that address may look up a code it found before, in ms. */
	known: Map<string, number>;
	/** The time every limit here reads, and how the slowdowns wait: tests replace both. */
	clock: () => number;
	sleep: (ms: number) => Promise<void>;
}

/** On globalThis so dev reloads keep one set. */
const KEY = Symbol.for('duizend-ogen.limits');
export function limits(): Limits {
	const holder = globalThis as { [KEY]?: Limits };
	if (!holder[KEY]) {
		const now = () => l.clock();
		const l: Limits = {
			codes: new GuessLimiter(CODE_LOOKUP_POLICY, now),
			wordsByAddress: new GuessLimiter(CODE_WORD_POLICY_ADDRESS, now),
			wordsByGame: new GuessLimiter(CODE_WORD_POLICY_GAME, now),
			joins: new Map(),
			known: new Map(),
			clock: Date.now,
			sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref?.())
		};
		holder[KEY] = l;
	}
	return holder[KEY];
}

const tooMany = (retryAfterMs: number) =>
	new AppError('error.tooManyAttempts', 429, { minutes: retryMinutes(retryAfterMs) });

/** How long an address may keep looking up a code it found, whatever its wrong guesses, in ms. */
export const KNOWN_CODE_MS = 6 * 3_600_000;

/**
 * Looks a join code up for `address` under the guessing limits: refused (429) when the address
 * guessed wrong too often, slowed down after a few wrong ones, and every unknown code answered
 * a little late. A code that exists costs nothing, and an address that found a code keeps
 * finding it: a prankster on the venue's wifi typing wrong codes cannot lock the room out of
 * its own workshop (the address learns nothing it did not know).
 */
export async function lookUpCode<T>(
	address: string,
	code: string,
	lookup: () => Promise<T | null>
): Promise<T | null> {
	const l = limits();
	const key = `${address}|${code}`;
	if ((l.known.get(key) ?? 0) > l.clock()) {
		const found = await lookup();
		if (found !== null) return found;
		l.known.delete(key);
	}
	const verdict = l.codes.begin(address);
	if (!verdict.ok) throw tooMany(verdict.retryAfterMs);
	let found: T | null;
	try {
		if (verdict.delayMs) await l.sleep(verdict.delayMs);
		found = await lookup();
	} catch (err) {
		// The database failed, not the guess: release it uncounted.
		verdict.settle(false);
		throw err;
	}
	verdict.settle(found === null);
	if (found === null) await l.sleep(UNKNOWN_CODE_DELAY_MS);
	else remember(l, key);
	return found;
}

function remember(l: Limits, key: string) {
	const now = l.clock();
	if (l.known.size > 20_000) for (const [k, until] of l.known) if (until <= now) l.known.delete(k);
	l.known.set(key, now + KNOWN_CODE_MS);
}

/** Guesses a game's code word under both limits (per address in the game, and per game). */
export async function guessCodeWord<T extends { found: boolean }>(
	liveSessionId: string,
	address: string,
	guess: () => Promise<T>
): Promise<T> {
	const l = limits();
	const addressKey = `${liveSessionId}|${address}`;
	const refused = (ms: number) => new AppError('game.error.tooManyCodes', 429, { minutes: retryMinutes(ms) });
	const byAddress = l.wordsByAddress.begin(addressKey);
	if (!byAddress.ok) throw refused(byAddress.retryAfterMs);
	let byGame: ReturnType<GuessLimiter['begin']> | null = null;
	if (l.wordsByAddress.failures(addressKey) >= CODE_WORDS_BEFORE_GAME_LIMIT) {
		byGame = l.wordsByGame.begin(liveSessionId);
		if (!byGame.ok) {
			byAddress.settle(false);
			throw refused(byGame.retryAfterMs);
		}
	}
	let wrong = false;
	try {
		if (byAddress.delayMs) await l.sleep(byAddress.delayMs);
		const result = await guess();
		wrong = !result.found;
		return result;
	} finally {
		if (byGame?.ok) byGame.settle(wrong);
		byAddress.settle(wrong);
	}
}

/** One join of `address` into a session, under the per-address join rate (429 when over it). */
export function admitJoin(liveSessionId: string, address: string, now = limits().clock()): void {
	const { joins } = limits();
	const key = `${liveSessionId}|${address}`;
	let bucket = joins.get(key);
	if (!bucket) {
		if (joins.size > 10_000) for (const [k, b] of joins) if (b.full(now)) joins.delete(k);
		bucket = new TokenBucket(JOIN_BURST, JOINS_PER_SECOND, now);
		joins.set(key, bucket);
	}
	if (!bucket.take(now)) throw tooMany(bucket.waitMs(now));
}

/**
 * `lookUpCode` for a page load or form action: the client's address as adapter-node sees it,
 * and a refusal as a translated 429 page.
 */
export async function lookUpCodeForPage<T>(
	event: { getClientAddress: () => string; locals: { locale: Locale } },
	code: string,
	lookup: () => Promise<T | null>
): Promise<T | null> {
	try {
		return await lookUpCode(event.getClientAddress(), code, lookup);
	} catch (err) {
		if (err instanceof AppError && err.status === 429)
			error(429, translate(event.locals.locale, err.code, err.params));
		throw err;
	}
}
