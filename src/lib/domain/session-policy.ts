/** Lifetime rules of a login session. Times are epoch milliseconds. */
export interface SessionTimes {
	lastSeenAt: number;
	expiresAt: number;
}

export interface SessionLimits {
	/** A session unused for this long ends. */
	idleMs: number;
}

/** Touching last-seen on every request would make every page view a write; once a minute is enough. */
export const TOUCH_INTERVAL_MS = 60_000;

export type SessionState = 'valid' | 'expired' | 'idle';

export function sessionState(s: SessionTimes, now: number, limits: SessionLimits): SessionState {
	if (now >= s.expiresAt) return 'expired';
	if (now - s.lastSeenAt >= limits.idleMs) return 'idle';
	return 'valid';
}

export function shouldTouch(s: SessionTimes, now: number): boolean {
	return now - s.lastSeenAt >= TOUCH_INTERVAL_MS;
}

/** Failed-login window, and the limit per IP across accounts (spraying); see login-throttle.ts. */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_IP = 30;

/**
 * Given the failure times in the window (epoch ms, any order), how long the caller must wait
 * before trying again, in ms; 0 when allowed.
 */
export function retryAfterMs(
	failures: number[],
	max: number,
	now: number,
	windowMs = LOGIN_WINDOW_MS
): number {
	const recent = failures.filter((t) => now - t < windowMs).sort((a, b) => a - b);
	if (recent.length < max) return 0;
	// The attempt becomes allowed again once enough of the recent failures leave the window.
	const oldestThatMustExpire = recent[recent.length - max]!;
	return Math.max(0, oldestThatMustExpire + windowMs - now);
}
