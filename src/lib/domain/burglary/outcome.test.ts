import { describe, expect, it } from 'vitest';
import { attemptOutcome } from './outcome';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 5, 20, 0);

describe('attemptOutcome', () => {
	it('a call within the window stops the boef', () => {
		const o = attemptOutcome({
			startedAtMs: T0,
			calls: [
				{ number: '112', atMs: T0 + 6 * MIN },
				{ number: '0900-8844', atMs: T0 + 20 * MIN }
			],
			reports: [{ atMs: T0 + 9 * MIN, called: '112' }]
		});
		expect(o).toEqual({
			stopped: true,
			byRule: true,
			overridden: false,
			calls: { '112': 1, '0900-8844': 1 },
			reports: 1,
			firstResponseMs: 6 * MIN,
			firstResponse: 'call'
		});
	});

	it('a report alone counts too; the first response is whichever came first', () => {
		const o = attemptOutcome({ startedAtMs: T0, calls: [], reports: [{ atMs: T0 + 3 * MIN, called: null }] });
		expect(o).toMatchObject({ stopped: true, firstResponse: 'report', firstResponseMs: 3 * MIN, reports: 1 });
	});

	it('too late or nothing: not stopped; calls before the start do not count', () => {
		expect(
			attemptOutcome({ startedAtMs: T0, calls: [{ number: '112', atMs: T0 + 16 * MIN }], reports: [] })
		).toMatchObject({ stopped: false, firstResponseMs: 16 * MIN, calls: { '112': 1 } });
		expect(
			attemptOutcome({ startedAtMs: T0, calls: [{ number: '112', atMs: T0 - MIN }], reports: [] })
		).toMatchObject({ stopped: false, firstResponseMs: null, firstResponse: null, calls: { '112': 0 } });
	});

	it('the window is configurable', () => {
		const input = { startedAtMs: T0, calls: [{ number: '112' as const, atMs: T0 + 16 * MIN }], reports: [] };
		expect(attemptOutcome({ ...input, stopWindowMs: 20 * MIN }).stopped).toBe(true);
	});

	it('the organiser has the final say, and the rule stays visible beside it', () => {
		const o = attemptOutcome({
			startedAtMs: T0,
			calls: [{ number: '112', atMs: T0 + MIN }],
			reports: [],
			override: { stopped: false }
		});
		expect(o).toMatchObject({ stopped: false, byRule: true, overridden: true });
		expect(
			attemptOutcome({ startedAtMs: T0, calls: [], reports: [], override: { stopped: false } }).overridden
		).toBe(false);
	});
});
