import { describe, expect, it } from 'vitest';
import type { HostAttempt, HostBurglaryReport } from '$lib/domain/burglary/views';
import {
	attemptClock,
	attemptReports,
	attemptState,
	attemptTally,
	callTimeMs,
	dutchClock,
	mmss
} from './live-figures';

const START = Date.parse('2025-06-10T18:00:00Z');
const MIN = 60_000;

function attempt(over: Partial<HostAttempt> = {}): HostAttempt {
	return {
		id: 'a1',
		number: 1,
		boefId: 'b1',
		plannedDate: '2025-06-10',
		startedAtMs: START,
		endedAtMs: null,
		target: null,
		prevention: {},
		preventionBy: null,
		override: null,
		calls: [],
		outcome: null,
		...over
	};
}

function report(over: Partial<HostBurglaryReport>): HostBurglaryReport {
	return {
		id: 'r',
		attemptId: 'a1',
		seenAtMs: START,
		reportedAtMs: START,
		receivedAtMs: START,
		behaviour: '',
		signalement: {},
		channel: 'buurtapp',
		place: { lat: 52, lng: 5 },
		flags: [],
		...over
	};
}

describe('mmss', () => {
	it('pads minutes and seconds and does not wrap into hours', () => {
		expect(mmss(0)).toBe('00:00');
		expect(mmss(65_999)).toBe('01:05');
		expect(mmss(75 * MIN)).toBe('75:00');
		expect(mmss(-5000)).toBe('00:00');
	});
});

describe('attemptState and attemptClock', () => {
	it('has no clock before the start', () => {
		expect(attemptState(attempt({ startedAtMs: null }))).toBe('waiting');
		expect(attemptClock(attempt({ startedAtMs: null }), START, 15)).toBeNull();
	});

	it('counts up from the start and down the stop window', () => {
		const c = attemptClock(attempt(), START + 4 * MIN + 30_000, 15)!;
		expect(attemptState(attempt())).toBe('live');
		expect(c.elapsedMs).toBe(4 * MIN + 30_000);
		expect(c.windowLeftMs).toBe(10 * MIN + 30_000);
		expect(c.windowOpen).toBe(true);
	});

	it('closes the window when it runs out, and stops the clock at the end', () => {
		expect(attemptClock(attempt(), START + 20 * MIN, 15)!.windowOpen).toBe(false);
		const ended = attempt({ endedAtMs: START + 5 * MIN });
		expect(attemptState(ended)).toBe('ended');
		const c = attemptClock(ended, START + 30 * MIN, 15)!;
		expect(c.elapsedMs).toBe(5 * MIN);
		expect(c.windowOpen).toBe(false);
	});

	it('never shows a negative time when the browser clock lags the start', () => {
		expect(attemptClock(attempt(), START - 2000, 15)!.elapsedMs).toBe(0);
	});
});

describe('attemptTally', () => {
	it('is null before the start', () => {
		expect(attemptTally(attempt({ startedAtMs: null }), [], 15)).toBeNull();
	});

	it('counts this attempt’s reports, what reporters called, and the meldkamer’s calls', () => {
		const reports = [
			report({ id: 'r1', reportedAtMs: START + 6 * MIN, channel: '112' }),
			report({ id: 'r2', reportedAtMs: START + 8 * MIN, channel: '0900-8844' }),
			report({ id: 'r3', reportedAtMs: START + 9 * MIN, channel: 'buurtapp' }),
			report({ id: 'other', attemptId: 'a2', reportedAtMs: START + MIN, channel: '112' }),
			report({ id: 'none', attemptId: null, reportedAtMs: START + MIN, channel: '112' })
		];
		const a = attempt({
			calls: [
				{ id: 'c1', number: '112', atMs: START + 3 * MIN },
				{ id: 'c2', number: '112', atMs: START + 7 * MIN },
				{ id: 'c3', number: '0900-8844', atMs: START + 10 * MIN }
			]
		});
		expect(attemptTally(a, reports, 15)).toEqual({
			reports: 3,
			reportersCalled: { '112': 1, '0900-8844': 1 },
			calls: { '112': 2, '0900-8844': 1 },
			firstResponseMs: 3 * MIN,
			firstResponse: 'call',
			stoppedByRule: true,
			stopped: true,
			overridden: false
		});
		expect(attemptReports(reports, 'a1').map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
	});

	it('follows the organiser’s final say', () => {
		const t = attemptTally(attempt({ override: { stopped: true } }), [], 15)!;
		expect(t.stoppedByRule).toBe(false);
		expect(t.stopped).toBe(true);
		expect(t.overridden).toBe(true);
	});

	it('does not stop the boef for a response after the window', () => {
		const t = attemptTally(attempt(), [report({ reportedAtMs: START + 20 * MIN })], 15)!;
		expect(t.stoppedByRule).toBe(false);
		expect(t.firstResponse).toBe('report');
		expect(t.firstResponseMs).toBe(20 * MIN);
	});
});

describe('Dutch call times', () => {
	it('shows and reads the time in Dutch summer and winter time', () => {
		const summer = Date.parse('2025-07-01T12:05:30Z');
		expect(dutchClock(summer)).toBe('14:05');
		expect(callTimeMs('14:05', summer)).toBe(Date.parse('2025-07-01T12:05:00Z'));
		const winter = Date.parse('2025-01-15T13:20:00Z');
		expect(dutchClock(winter)).toBe('14:20');
		expect(callTimeMs('14:05', winter)).toBe(Date.parse('2025-01-15T13:05:00Z'));
	});

	it('takes a time later than now as yesterday (an attempt past midnight)', () => {
		const justAfterMidnight = Date.parse('2025-07-01T22:10:00Z'); // 00:10 on 2 July
		expect(callTimeMs('23:55', justAfterMidnight)).toBe(Date.parse('2025-07-01T21:55:00Z'));
		expect(callTimeMs('00:05', justAfterMidnight)).toBe(Date.parse('2025-07-01T22:05:00Z'));
	});

	it('accepts a minute of clock drift into the future', () => {
		const now = Date.parse('2025-07-01T12:05:30Z');
		expect(callTimeMs('14:06', now)).toBe(Date.parse('2025-07-01T12:06:00Z'));
	});

	it('counts a call in the minute of the start from the start', () => {
		const start = Date.parse('2025-07-01T12:05:40Z');
		expect(callTimeMs('14:05', start + 5000, start)).toBe(start);
		expect(callTimeMs('14:04', start + 5000, start)).toBe(Date.parse('2025-07-01T12:04:00Z'));
		expect(callTimeMs('14:06', start + 30_000, start)).toBe(Date.parse('2025-07-01T12:06:00Z'));
	});

	it('refuses anything that is not a time', () => {
		expect(callTimeMs('', 0)).toBeNull();
		expect(callTimeMs('24:00', 0)).toBeNull();
		expect(callTimeMs('9:5', 0)).toBeNull();
	});
});
