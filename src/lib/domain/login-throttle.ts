import { LOGIN_WINDOW_MS, MAX_FAILURES_PER_IP, retryAfterMs } from './session-policy';

/**
 * How long a login attempt must wait, from the failed attempts in the window (epoch ms).
 * Three counters, so that a lockout cannot be used as a weapon:
 * - per (account, network address) pair, or per known device: a progressive delay and then
 *   a lock, but only for that pair: guessing one password from one place stops quickly;
 * - per network address across accounts (password spraying): a lock of that address;
 * - per account from all addresses: only ever a short, capped delay, never a lock, so an
 *   attacker elsewhere cannot lock the owner out (a known device skips even that delay),
 *   while guessing from many addresses stays at about one try a minute.
 */

/** Wait after the n-th failure of a pair (index n-1); from the 5th on the pair is locked. */
export const PAIR_DELAYS_MS = [0, 0, 10_000, 60_000] as const;
export const PAIR_LOCK_AFTER = PAIR_DELAYS_MS.length + 1;
/** Failures of one account from all addresses before its (small) delay starts. */
export const ACCOUNT_FREE_FAILURES = 10;
export const ACCOUNT_FIRST_DELAY_MS = 1_000;
export const ACCOUNT_MAX_DELAY_MS = 60_000;

function recent(failures: readonly number[], now: number): number[] {
	return failures.filter((t) => now - t < LOGIN_WINDOW_MS).sort((a, b) => a - b);
}

/** Wait for a pair (account + address) or a known device: 0, 0, 10 s, 60 s, then 15 min. */
export function pairWaitMs(failures: readonly number[], now: number): number {
	const list = recent(failures, now);
	if (list.length >= PAIR_LOCK_AFTER) return retryAfterMs(list, PAIR_LOCK_AFTER, now);
	if (list.length === 0) return 0;
	const delay = PAIR_DELAYS_MS[list.length - 1]!;
	return Math.max(0, list[list.length - 1]! + delay - now);
}

/** Wait for an account from any address: none for 10 failures, then 1 s doubling up to 60 s. */
export function accountWaitMs(failures: readonly number[], now: number): number {
	const list = recent(failures, now);
	if (list.length < ACCOUNT_FREE_FAILURES) return 0;
	const delay = Math.min(
		ACCOUNT_MAX_DELAY_MS,
		ACCOUNT_FIRST_DELAY_MS * 2 ** (list.length - ACCOUNT_FREE_FAILURES)
	);
	return Math.max(0, list[list.length - 1]! + delay - now);
}

/** Wait for a network address across accounts: locked after 30 failures in the window. */
export function addressWaitMs(failures: readonly number[], now: number): number {
	return retryAfterMs(recent(failures, now), MAX_FAILURES_PER_IP, now);
}
