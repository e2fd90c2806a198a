import { describe, expect, it } from 'vitest';
import { accountWaitMs, addressWaitMs, pairWaitMs } from './login-throttle';
import { LOGIN_WINDOW_MS } from './session-policy';

const at = (n: number, start = 0, step = 1) => Array.from({ length: n }, (_, i) => start + i * step);

describe('pairWaitMs', () => {
	it('lets two failures pass, then waits 10 s, 60 s and locks for the window after the fifth', () => {
		expect(pairWaitMs([], 0)).toBe(0);
		expect(pairWaitMs(at(2), 2)).toBe(0);
		expect(pairWaitMs(at(3), 3)).toBe(10_000 - 1);
		expect(pairWaitMs(at(3), 10_002)).toBe(0);
		expect(pairWaitMs(at(4), 4)).toBe(60_000 - 1);
		expect(pairWaitMs(at(5), 5)).toBe(LOGIN_WINDOW_MS - 5);
		expect(pairWaitMs(at(5), LOGIN_WINDOW_MS)).toBe(0);
	});
});

describe('accountWaitMs', () => {
	it('never waits more than a minute, however many addresses fail', () => {
		expect(accountWaitMs(at(9), 9)).toBe(0);
		expect(accountWaitMs(at(10), 9)).toBe(1_000);
		expect(accountWaitMs(at(11), 10)).toBe(2_000);
		expect(accountWaitMs(at(16), 15)).toBe(60_000);
		expect(accountWaitMs(at(500, 0, 10), 4_990)).toBe(60_000);
		expect(accountWaitMs(at(500, 0, 10), 4_990 + 60_000)).toBe(0);
	});
});

describe('addressWaitMs', () => {
	it('locks an address after 30 failures in the window', () => {
		expect(addressWaitMs(at(29), 29)).toBe(0);
		expect(addressWaitMs(at(30), 30)).toBe(LOGIN_WINDOW_MS - 30);
	});
});
