import { describe, expect, it } from 'vitest';
import {
	addDays,
	attemptAt,
	campaignPhase,
	daysBetween,
	defaultSettings,
	dutchDate,
	liveAttempt,
	mayDraw,
	missingPreconditions,
	NO_PRECONDITIONS,
	periodEndMs,
	registrationOpen,
	startRefusal,
	type AttemptTimes,
	type Preconditions
} from './campaign';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 11, 5, 19, 0);

const ALL_TICKED: Preconditions = {
	meldkamer: {
		by: 'acc',
		atMs: T0 - HOUR,
		informedWho: 'Meldkamer Oost, mw. De Vries',
		informedAtMs: T0 - 2 * HOUR
	},
	briefing: { by: 'acc', atMs: T0 - HOUR },
	area: { by: 'acc', atMs: T0 - HOUR }
};

describe('attemptAt: which attempt a report belongs to', () => {
	const attempts: AttemptTimes[] = [
		{ id: 'a1', startedAtMs: T0, endedAtMs: T0 + 30 * MIN },
		{ id: 'a2', startedAtMs: T0 + 2 * HOUR, endedAtMs: null },
		{ id: 'a3', startedAtMs: null, endedAtMs: null }
	];

	it('the attempt running at the moment the report was made, edges included', () => {
		expect(attemptAt(attempts, T0)).toBe('a1');
		expect(attemptAt(attempts, T0 + 10 * MIN)).toBe('a1');
		expect(attemptAt(attempts, T0 + 30 * MIN)).toBe('a1');
		expect(attemptAt(attempts, T0 + 3 * HOUR)).toBe('a2');
	});

	it('none before any start, between attempts, or for an attempt that never started', () => {
		expect(attemptAt(attempts, T0 - 1)).toBeNull();
		expect(attemptAt(attempts, T0 + 30 * MIN + 1)).toBeNull();
		expect(attemptAt([{ id: 'x', startedAtMs: null, endedAtMs: null }], T0)).toBeNull();
		expect(attemptAt([], T0)).toBeNull();
	});

	it('a report made during an attempt and delivered after its end still belongs to it', () => {
		// The phone was offline: made at +20 min, it arrives an hour after the end. Only the moment
		// it was made decides; the moment of arrival plays no part.
		const madeAt = T0 + 20 * MIN;
		const deliveredAt = T0 + 90 * MIN;
		expect(deliveredAt).toBeGreaterThan(attempts[0]!.endedAtMs!);
		expect(attemptAt(attempts, madeAt)).toBe('a1');
	});
});

describe('startRefusal', () => {
	const target = { id: 'a1', startedAtMs: null, endedAtMs: null, hasTarget: true };
	const base = { preconditions: ALL_TICKED, attempt: target, attempts: [target], published: false };

	it('allows a start when everything is in place', () => {
		expect(startRefusal(base)).toBeNull();
	});

	it('gives the first reason in a fixed order: published, started, preconditions, target, other live', () => {
		const other = { id: 'a2', startedAtMs: T0, endedAtMs: null };
		const everythingWrong = {
			preconditions: NO_PRECONDITIONS,
			attempt: { ...target, startedAtMs: T0, hasTarget: false },
			attempts: [other],
			published: true
		};
		expect(startRefusal(everythingWrong)).toBe('burglary.error.published');
		expect(startRefusal({ ...everythingWrong, published: false })).toBe('burglary.error.alreadyStarted');
		const notStarted = {
			...everythingWrong,
			published: false,
			attempt: { ...everythingWrong.attempt, startedAtMs: null }
		};
		expect(startRefusal(notStarted)).toBe('burglary.error.preconditions');
		expect(startRefusal({ ...notStarted, preconditions: ALL_TICKED })).toBe('burglary.error.noTarget');
		expect(
			startRefusal({
				...notStarted,
				preconditions: ALL_TICKED,
				attempt: { ...notStarted.attempt, hasTarget: true }
			})
		).toBe('burglary.error.otherAttemptLive');
	});

	it('one missing precondition is enough to refuse', () => {
		for (const k of ['meldkamer', 'briefing', 'area'] as const) {
			const p = { ...ALL_TICKED, [k]: null };
			expect(missingPreconditions(p)).toEqual([k]);
			expect(startRefusal({ ...base, preconditions: p })).toBe('burglary.error.preconditions');
		}
		expect(missingPreconditions(NO_PRECONDITIONS)).toEqual(['meldkamer', 'briefing', 'area']);
	});

	it('an ended attempt does not block the next one', () => {
		const ended = { id: 'a0', startedAtMs: T0 - HOUR, endedAtMs: T0 - 30 * MIN };
		expect(startRefusal({ ...base, attempts: [ended, target] })).toBeNull();
		expect(liveAttempt([ended, target])).toBeNull();
	});
});

describe('campaignPhase', () => {
	const phase = (over: Partial<Parameters<typeof campaignPhase>[0]>) =>
		campaignPhase({ drawn: false, attempts: [], publishedAtMs: null, deletedAtMs: null, ...over });

	it('follows the campaign from registering to deleted', () => {
		expect(phase({})).toBe('registering');
		const drawn = [{ id: 'a1', startedAtMs: null, endedAtMs: null }];
		expect(phase({ drawn: true, attempts: drawn })).toBe('drawn');
		const live = [{ id: 'a1', startedAtMs: T0, endedAtMs: null }];
		expect(phase({ drawn: true, attempts: live })).toBe('live');
		const done = [{ id: 'a1', startedAtMs: T0, endedAtMs: T0 + HOUR }];
		expect(phase({ drawn: true, attempts: done })).toBe('done');
		expect(phase({ drawn: true, attempts: done, publishedAtMs: T0 + 2 * HOUR })).toBe('published');
		expect(phase({ drawn: true, attempts: done, publishedAtMs: T0, deletedAtMs: T0 + 30 * 24 * HOUR })).toBe(
			'deleted'
		);
	});

	it('is live while any attempt runs, and done only when every attempt ended', () => {
		const mixed = [
			{ id: 'a1', startedAtMs: T0, endedAtMs: T0 + HOUR },
			{ id: 'a2', startedAtMs: T0 + 2 * HOUR, endedAtMs: null }
		];
		expect(phase({ drawn: true, attempts: mixed })).toBe('live');
		const oneLeft = [mixed[0]!, { id: 'a2', startedAtMs: null, endedAtMs: null }];
		expect(phase({ drawn: true, attempts: oneLeft })).toBe('drawn');
	});

	it('registration stays open until published; the draw may be redone until a start', () => {
		expect(registrationOpen('live')).toBe(true);
		expect(registrationOpen('done')).toBe(true);
		expect(registrationOpen('published')).toBe(false);
		expect(registrationOpen('deleted')).toBe(false);
		expect(mayDraw('drawn', false)).toBe(true);
		expect(mayDraw('drawn', true)).toBe(false);
		expect(mayDraw('live', true)).toBe(false);
	});
});

describe('dates', () => {
	/** The first whole hour (UTC) at which it is no longer `iso` in the Netherlands. */
	function dutchDayEnd(iso: string): number {
		let ms = Date.parse(`${iso}T18:00:00Z`);
		while (dutchDate(ms) === iso) ms += HOUR;
		return ms;
	}

	it('periodEndMs is never before the end of the last day in Dutch time, winter or summer', () => {
		// Winter, summer, and the two days the clocks change.
		for (const end of ['2026-12-20', '2026-07-10', '2026-03-29', '2026-10-25', '2027-01-01']) {
			const real = dutchDayEnd(end);
			const computed = periodEndMs({ periodEnd: end });
			expect(computed).toBeGreaterThanOrEqual(real);
			// …and not much later: the deletion date shown to households stays honest.
			expect(computed - real).toBeLessThanOrEqual(2 * HOUR);
			// The whole last day lies inside the period.
			expect(dutchDate(computed - 2 * HOUR - 1)).toBe(end);
		}
	});

	it('dutchDate is the calendar date in Amsterdam, not in UTC', () => {
		expect(dutchDate(Date.parse('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
		expect(dutchDate(Date.parse('2026-07-10T22:30:00Z'))).toBe('2026-07-11');
		expect(dutchDate(Date.parse('2026-07-10T21:30:00Z'))).toBe('2026-07-10');
	});

	it('addDays and daysBetween count calendar days across both clock changes', () => {
		// Spring forward on 29 March 2026, fall back on 25 October 2026.
		expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
		expect(addDays('2026-10-26', -2)).toBe('2026-10-24');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
		expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
		expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
		for (let d = 0; d < 400; d += 7) expect(daysBetween('2026-01-01', addDays('2026-01-01', d))).toBe(d);
	});

	it('a new campaign runs three weeks from tomorrow with one boef on GPS', () => {
		const s = defaultSettings('2026-03-20', 'Boef Bert');
		expect(s).toMatchObject({
			periodStart: '2026-03-21',
			periodEnd: '2026-04-10',
			targetCount: 1,
			stopWindowMinutes: 15,
			retentionDays: 30,
			boeven: [{ id: 'b1', name: 'Boef Bert', movement: { kind: 'gps' } }]
		});
	});
});
