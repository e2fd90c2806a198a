/**
 * Limits on guessing secrets that are short on purpose (six-digit join codes, spoken code
 * words). Pure logic with an injected clock; in memory per process, so a restart forgets the
 * counts and several instances each count their own (issue 17 moves them into the database).
 *
 * A guess is counted from the moment it is asked until it is answered (so opening many
 * connections or sending in parallel buys nothing), and only a wrong one stays counted: a
 * right code costs nothing, which keeps a venue's wifi with 200 phones on one address usable.
 */

/** A bucket of `capacity` tokens, refilled at `perSecond`: bursts up to the capacity, then a steady rate. */
export class TokenBucket {
	#tokens: number;
	#at: number;

	constructor(
		readonly capacity: number,
		readonly perSecond: number,
		now: number
	) {
		this.#tokens = capacity;
		this.#at = now;
	}

	#refill(now: number) {
		if (now > this.#at)
			this.#tokens = Math.min(this.capacity, this.#tokens + ((now - this.#at) / 1000) * this.perSecond);
		this.#at = Math.max(this.#at, now);
	}

	/** Takes one token if there is one. */
	take(now: number): boolean {
		this.#refill(now);
		if (this.#tokens < 1) return false;
		this.#tokens -= 1;
		return true;
	}

	/** How long until a token is there again, in ms (0: now). */
	waitMs(now: number): number {
		this.#refill(now);
		return this.#tokens >= 1 ? 0 : Math.ceil(((1 - this.#tokens) / this.perSecond) * 1000);
	}

	full(now: number): boolean {
		this.#refill(now);
		return this.#tokens >= this.capacity;
	}
}

export interface GuessPolicy {
	/** Wrong guesses of one key are counted over this window, in ms. */
	windowMs: number;
	/** Wrong guesses (plus guesses still being answered) a key may have in the window; then refused. */
	maxFailures: number;
	/** Wrong guesses before the next ones wait, and before the shared bucket applies. */
	freeFailures: number;
	/** The wait after the free ones, doubled per further wrong guess, at most `maxDelayMs`. */
	delayMs: number;
	maxDelayMs: number;
	/**
	 * One bucket for all keys past their free failures: many addresses together still cannot
	 * guess faster than `perSecond` (on average). Absent: no shared limit.
	 */
	shared?: { capacity: number; perSecond: number };
}

export type GuessVerdict =
	| {
			ok: true;
			/** Wait this long before answering (progressive slowdown). */
			delayMs: number;
			/** Says how the guess went; a wrong one stays counted. Call exactly once. */
			settle: (wrong: boolean) => void;
	  }
	| { ok: false; retryAfterMs: number };

export class GuessLimiter {
	readonly #failures = new Map<string, number[]>();
	readonly #pending = new Map<string, number>();
	#shared: TokenBucket | null = null;

	constructor(
		public policy: GuessPolicy,
		private readonly clock: () => number = Date.now
	) {}

	/** Asks whether `key` may guess now; counts the guess as pending until settled. */
	begin(key: string): GuessVerdict {
		const now = this.clock();
		const { windowMs, maxFailures, freeFailures } = this.policy;
		const failures = this.#recent(key, now);
		const pending = this.#pending.get(key) ?? 0;
		const used = failures.length + pending;
		if (used >= maxFailures) {
			// Nothing failed yet (all pending): the answers are moments away; say a minute.
			const retryAfterMs = failures.length ? failures[0]! + windowMs - now : 60_000;
			return { ok: false, retryAfterMs: Math.max(1000, retryAfterMs) };
		}
		if (used >= freeFailures && this.policy.shared) {
			this.#shared ??= new TokenBucket(this.policy.shared.capacity, this.policy.shared.perSecond, now);
			if (!this.#shared.take(now))
				return { ok: false, retryAfterMs: Math.max(60_000, this.#shared.waitMs(now)) };
		}
		this.#pending.set(key, pending + 1);
		const over = used - freeFailures;
		const delayMs = over < 0 ? 0 : Math.min(this.policy.maxDelayMs, this.policy.delayMs * 2 ** over);
		let settled = false;
		return {
			ok: true,
			delayMs,
			settle: (wrong) => {
				if (settled) return;
				settled = true;
				const left = (this.#pending.get(key) ?? 1) - 1;
				if (left > 0) this.#pending.set(key, left);
				else this.#pending.delete(key);
				if (wrong) this.#fail(key, this.clock());
			}
		};
	}

	/** Wrong guesses of `key` in the window (for tests and figures). */
	failures(key: string): number {
		return this.#recent(key, this.clock()).length;
	}

	#recent(key: string, now: number): number[] {
		const list = this.#failures.get(key);
		if (!list) return [];
		const recent = list.filter((t) => now - t < this.policy.windowMs);
		if (recent.length) this.#failures.set(key, recent);
		else this.#failures.delete(key);
		return recent;
	}

	#fail(key: string, now: number) {
		const list = this.#recent(key, now);
		list.push(now);
		this.#failures.set(key, list);
		// Keys that went quiet are forgotten, so the map does not grow for ever.
		if (this.#failures.size > 50_000) for (const k of [...this.#failures.keys()]) this.#recent(k, now);
	}

	/** Forgets every count (tests). */
	reset() {
		this.#failures.clear();
		this.#pending.clear();
		this.#shared = null;
	}
}

/** Minutes to show in "try again in N minutes": rounded up, at least 1. */
export const retryMinutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));
