import { describe, expect, it } from 'vitest';
import type { QueuedPayload, QueuedReport } from '$lib/components/report/report-queue';
import { markSent, parseSent, residentRows, summaryOf } from './sent-reports';

const payload = (id: string, madeAt: number, behaviour = 'voelt aan deurklinken'): QueuedPayload => ({
	id,
	madeAt,
	behaviour,
	signalement: {},
	channel: '112',
	place: { lat: 52.1, lng: 5.1 }
});
const queued = (p: QueuedPayload, status: QueuedReport['status'] = 'waiting'): QueuedReport => ({
	payload: p,
	status
});

describe('summaryOf', () => {
	it('keeps a short description and cuts a long one', () => {
		expect(summaryOf({ behaviour: '  kijkt   in auto’s ' })).toBe('kijkt in auto’s');
		const long = summaryOf({ behaviour: 'x'.repeat(500) });
		expect(long).toHaveLength(120);
		expect(long.endsWith('…')).toBe(true);
	});
});

describe('markSent', () => {
	it('adds an acknowledged report once', () => {
		const once = markSent([], payload('a', 1));
		expect(markSent(once, payload('a', 1))).toEqual(once);
		expect(once).toEqual([{ id: 'a', madeAt: 1, summary: 'voelt aan deurklinken', channel: '112' }]);
	});
	it('keeps only the newest fifty', () => {
		let list = markSent([], payload('first', 0));
		for (let i = 1; i <= 50; i++) list = markSent(list, payload(`r${i}`, i));
		expect(list).toHaveLength(50);
		expect(list.some((s) => s.id === 'first')).toBe(false);
	});
});

describe('parseSent', () => {
	it('reads what it wrote and drops damaged entries', () => {
		const list = markSent([], payload('a', 1));
		expect(parseSent(JSON.stringify(list))).toEqual(list);
		expect(parseSent(JSON.stringify([{ id: 'b' }, ...list]))).toEqual(list);
		expect(parseSent('{nonsense')).toEqual([]);
		expect(parseSent(null)).toEqual([]);
	});
});

describe('residentRows', () => {
	it('shows waiting and sent reports newest first, a sent one only once', () => {
		const sent = markSent([], payload('old', 1));
		const rows = residentRows([queued(payload('new', 3)), queued(payload('old', 1))], sent);
		expect(rows.map((r) => [r.id, r.kind])).toEqual([
			['new', 'queued'],
			['old', 'sent']
		]);
	});
});
