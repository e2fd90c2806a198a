import { describe, expect, it } from 'vitest';
import type { PlayerReport } from '$lib/domain/boef/game-views';
import {
	acknowledge,
	addReport,
	dismiss,
	isRetryable,
	parseQueue,
	pendingReports,
	refuse,
	reportRows,
	serialiseQueue,
	toSend,
	withoutStored,
	type QueuedPayload
} from './report-queue';

const payload = (id: string, madeAt = 1000): QueuedPayload => ({
	id,
	madeAt,
	seenMinutesAgo: 5,
	behaviour: 'Voelde aan deurklinken',
	signalement: { person: { sex: 'man' } },
	channel: '112',
	place: { lat: 51.44, lng: 5.47 }
});

const stored = (id: string, atMs: number): PlayerReport => ({
	id,
	nickname: 'Anouk',
	mine: true,
	place: { lat: 51.44, lng: 5.47 },
	atMs,
	channel: '112',
	behaviour: '',
	signalement: {},
	feedback: null,
	feedbackAtMs: null
});

describe('report queue', () => {
	it('keeps a report until it is acknowledged, and a second add of the same id is ignored', () => {
		let q = addReport([], payload('a'));
		q = addReport(q, payload('a', 2000));
		expect(q).toHaveLength(1);
		expect(q[0]!.payload.madeAt).toBe(1000);
		expect(pendingReports(q).map((x) => x.payload.id)).toEqual(['a']);
		q = acknowledge(q, 'a');
		expect(q).toEqual([]);
		// A late second ack for the same report is harmless.
		expect(acknowledge(q, 'a')).toEqual([]);
	});

	it('sends the oldest first and refused reports no more', () => {
		let q = addReport([], payload('late', 3000));
		q = addReport(q, payload('early', 1000));
		q = addReport(q, payload('gone', 2000));
		q = refuse(q, 'gone', 'Dit spel is afgelopen.');
		expect(pendingReports(q).map((x) => x.payload.id)).toEqual(['early', 'late']);
		expect(q.find((x) => x.payload.id === 'gone')).toMatchObject({
			status: 'refused',
			error: 'Dit spel is afgelopen.'
		});
		expect(dismiss(q, 'gone').map((x) => x.payload.id)).toEqual(['late', 'early']);
	});

	it('drops reports the server already stored (ack lost on the way)', () => {
		const q = addReport(addReport([], payload('a')), payload('b'));
		expect(withoutStored(q, ['a']).map((x) => x.payload.id)).toEqual(['b']);
	});

	it('stamps each send with the phone clock and keeps the id and the moment it was made', () => {
		const [item] = addReport([], payload('a', 1000));
		expect(toSend(item!, 5000)).toEqual({ ...payload('a', 1000), sentAt: 5000 });
	});

	it('retries only what may succeed later', () => {
		expect(isRetryable('internal')).toBe(true);
		expect(isRetryable('rate_limited')).toBe(true);
		expect(isRetryable('too_late')).toBe(false);
		expect(isRetryable('invalid_payload')).toBe(false);
	});

	it('survives a reload through its serialised form and drops damaged entries', () => {
		const q = refuse(addReport(addReport([], payload('a')), payload('b')), 'b', 'nee');
		expect(parseQueue(serialiseQueue(q))).toEqual(q);
		expect(parseQueue(null)).toEqual([]);
		expect(parseQueue('{not json')).toEqual([]);
		expect(parseQueue('{"a":1}')).toEqual([]);
		const damaged = JSON.stringify([
			...q,
			{ status: 'waiting', payload: { id: 'x' } },
			{ status: 'odd', payload: payload('y') },
			{ status: 'waiting', payload: { ...payload('z'), channel: 'fax' } }
		]);
		expect(parseQueue(damaged).map((x) => x.payload.id)).toEqual(['a', 'b']);
	});

	it('lists what is still on the phone first, then the stored reports, newest first', () => {
		const q = addReport(addReport(addReport([], payload('q1', 100)), payload('q2', 200)), payload('s1', 50));
		const rows = reportRows([stored('s1', 10), stored('s2', 20)], q);
		expect(rows.map((r) => `${r.kind}:${r.id}`)).toEqual([
			'queued:q2',
			'queued:q1',
			'stored:s2',
			'stored:s1'
		]);
	});
});
