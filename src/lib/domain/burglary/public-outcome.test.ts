import { describe, expect, it } from 'vitest';
import { allStopped, outcomeOf, publicOutcome, reportersCalled, type AttemptRecord } from './public-outcome';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 5, 19, 0);

function attempt(over: Partial<AttemptRecord> = {}): AttemptRecord {
	return {
		number: 1,
		startedAtMs: T0,
		endedAtMs: T0 + 45 * MIN,
		prevention: {},
		override: null,
		calls: [],
		reports: [],
		...over
	};
}

describe('outcomeOf: the stop rule with the campaign’s window', () => {
	it('a report inside the window stops the boef; the same report later does not', () => {
		const reports = [{ atMs: T0 + 9 * MIN, channel: 'buurtapp' as const }];
		expect(outcomeOf(attempt({ reports }), 10)).toMatchObject({
			stopped: true,
			byRule: true,
			reports: 1,
			firstResponse: 'report',
			firstResponseMs: 9 * MIN
		});
		expect(outcomeOf(attempt({ reports }), 5)).toMatchObject({ stopped: false, byRule: false, reports: 1 });
	});

	it('a counted call stops him too, and the calls are counted per number', () => {
		const o = outcomeOf(
			attempt({
				calls: [
					{ number: '112', atMs: T0 + 4 * MIN },
					{ number: '112', atMs: T0 + 6 * MIN },
					{ number: '0900-8844', atMs: T0 + 30 * MIN }
				]
			}),
			15
		);
		expect(o).toMatchObject({ stopped: true, calls: { '112': 2, '0900-8844': 1 }, firstResponse: 'call' });
	});

	it('the organiser’s final say wins over the rule, and shows that it did', () => {
		const quiet = attempt();
		expect(outcomeOf({ ...quiet, override: { stopped: true } }, 15)).toMatchObject({
			stopped: true,
			byRule: false,
			overridden: true
		});
		const called = attempt({ calls: [{ number: '112', atMs: T0 + MIN }] });
		expect(outcomeOf({ ...called, override: { stopped: false } }, 15)).toMatchObject({
			stopped: false,
			byRule: true,
			overridden: true
		});
		// Agreeing with the rule is not an override.
		expect(outcomeOf({ ...called, override: { stopped: true } }, 15)).toMatchObject({ overridden: false });
	});

	it('an attempt that never started has no outcome', () => {
		expect(outcomeOf(attempt({ startedAtMs: null, endedAtMs: null }), 15)).toBeNull();
	});
});

describe('reportersCalled', () => {
	it('counts the numbers reporters say they called, not the buurtapp', () => {
		expect(
			reportersCalled([
				{ atMs: T0, channel: '112' },
				{ atMs: T0, channel: '112' },
				{ atMs: T0, channel: '0900-8844' },
				{ atMs: T0, channel: 'buurtapp' }
			])
		).toEqual({ '112': 2, '0900-8844': 1 });
		expect(reportersCalled([])).toEqual({ '112': 0, '0900-8844': 0 });
	});
});

describe('publicOutcome and allStopped', () => {
	const stopped = attempt({
		number: 2,
		reports: [{ atMs: T0 + 2 * MIN, channel: '112' }],
		prevention: { 'windows-closed': 'ok', lights: 'weak' }
	});
	const neverHeld = attempt({ number: 1, startedAtMs: null, endedAtMs: null });

	it('sorts attempts by number and sums up the prevention findings', () => {
		const o = publicOutcome({
			publishedAtMs: T0 + 3_600_000,
			households: 3,
			stopWindowMinutes: 15,
			attempts: [stopped, neverHeld]
		});
		expect(o.attempts.map((a) => a.number)).toEqual([1, 2]);
		expect(o.attempts[0]!.outcome).toBeNull();
		expect(o.attempts[1]).toMatchObject({
			outcome: { stopped: true },
			reportersCalled: { '112': 1, '0900-8844': 0 },
			prevention: { ok: 1, weak: 1, 'not-checked': 5 }
		});
	});

	it('all stopped: every attempt that took place; one never started does not spoil it', () => {
		const o = (attempts: AttemptRecord[]) =>
			publicOutcome({ publishedAtMs: T0, households: 2, stopWindowMinutes: 15, attempts });
		expect(allStopped(o([stopped, neverHeld]))).toBe(true);
		expect(allStopped(o([stopped, attempt({ number: 3 })]))).toBe(false);
		// Nothing took place: nobody stopped anyone.
		expect(allStopped(o([neverHeld]))).toBe(false);
		expect(allStopped(o([]))).toBe(false);
	});

	it('holds no personal field, even when the records passed in carry them', () => {
		const personal = {
			...stopped,
			id: '6f1e0b55-0000-4000-8000-000000000001',
			registrationId: '6f1e0b55-0000-4000-8000-000000000002',
			name: 'Fam. Jansen',
			email: 'jansen@voorbeeld.nl',
			postcode: '3511AB',
			houseNumber: '12a',
			place: { lat: 52.0912345, lng: 5.1212345 },
			reports: [
				{ atMs: T0 + 2 * MIN, channel: '112' as const, behaviour: 'Man in rode jas', lat: 52.0954321 }
			]
		};
		const o = publicOutcome({
			publishedAtMs: T0,
			households: 1,
			stopWindowMinutes: 15,
			attempts: [personal]
		});
		const json = JSON.stringify(o);
		for (const secret of ['6f1e0b55', 'Jansen', 'jansen@', '3511AB', '12a', '52.09', '5.12', 'rode jas'])
			expect(json).not.toContain(secret);
		expect(Object.keys(o).sort()).toEqual(['attempts', 'households', 'publishedAtMs', 'stopWindowMinutes']);
		expect(Object.keys(o.attempts[0]!).sort()).toEqual([
			'number',
			'outcome',
			'prevention',
			'reportersCalled'
		]);
		// The household's own weak spot ('lights') is only a count here.
		expect(json).not.toContain('lights');
	});
});
