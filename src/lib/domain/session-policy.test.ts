import { describe, expect, it } from 'vitest';
import {
	LOGIN_WINDOW_MS,
	retryAfterMs,
	sessionState,
	shouldTouch,
	TOUCH_INTERVAL_MS
} from './session-policy';

const HOUR = 3_600_000;

describe('sessionState', () => {
	const limits = { idleMs: 2 * HOUR };
	it('is valid while used and before expiry', () => {
		expect(sessionState({ lastSeenAt: 0, expiresAt: 10 * HOUR }, HOUR, limits)).toBe('valid');
	});
	it('expires at the absolute expiry even when used constantly', () => {
		expect(sessionState({ lastSeenAt: 10 * HOUR - 1, expiresAt: 10 * HOUR }, 10 * HOUR, limits)).toBe(
			'expired'
		);
	});
	it('ends after the inactivity timeout', () => {
		expect(sessionState({ lastSeenAt: 0, expiresAt: 10 * HOUR }, 2 * HOUR, limits)).toBe('idle');
		expect(sessionState({ lastSeenAt: 0, expiresAt: 10 * HOUR }, 2 * HOUR - 1, limits)).toBe('valid');
	});
});

describe('shouldTouch', () => {
	it('writes last-seen at most once per interval', () => {
		expect(shouldTouch({ lastSeenAt: 0, expiresAt: HOUR }, TOUCH_INTERVAL_MS - 1)).toBe(false);
		expect(shouldTouch({ lastSeenAt: 0, expiresAt: HOUR }, TOUCH_INTERVAL_MS)).toBe(true);
	});
});

describe('retryAfterMs', () => {
	it('allows attempts below the limit', () => {
		expect(retryAfterMs([1, 2, 3, 4], 5, 10)).toBe(0);
	});
	it('blocks at the limit until the oldest relevant failure leaves the window', () => {
		const now = 100_000;
		expect(retryAfterMs([now - 5000, now - 4000, now - 3000, now - 2000, now - 1000], 5, now)).toBe(
			LOGIN_WINDOW_MS - 5000
		);
	});
	it('ignores failures outside the window', () => {
		const now = LOGIN_WINDOW_MS * 3;
		const old = [1, 2, 3, 4, 5].map((i) => now - LOGIN_WINDOW_MS - i);
		expect(retryAfterMs(old, 5, now)).toBe(0);
	});
	it('counts the right failure when more than the limit are recent', () => {
		const now = 1_000_000;
		const fails = [now - 50, now - 40, now - 30, now - 20, now - 10, now - 5];
		// Six recent failures, limit five: allowed again once two have left the window.
		expect(retryAfterMs(fails, 5, now)).toBe(LOGIN_WINDOW_MS - 40);
	});
});
