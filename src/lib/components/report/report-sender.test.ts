import { describe, expect, it } from 'vitest';
import type { Ack, GameReportPayload } from '$lib/realtime/events';
import { acknowledge, addReport, type QueuedPayload, type QueuedReport } from './report-queue';
import { ReportSender } from './report-sender';

const payload = (id: string, madeAt = 1000): QueuedPayload => ({
	id,
	madeAt,
	seenMinutesAgo: 5,
	behaviour: 'Voelde aan deurklinken',
	signalement: { person: { sex: 'man' } },
	channel: '112',
	place: { lat: 51.44, lng: 5.47 }
});

type Reply = (err: Error | null, ack: Ack<string>) => void;

/** A sender whose sends wait until the test answers them. */
function harness() {
	const sent: { payload: GameReportPayload; reply: Reply }[] = [];
	const sender = new ReportSender<string>((p, reply) => sent.push({ payload: p, reply }));
	const stored: [string, string][] = [];
	const refused: [string, string][] = [];
	const outcome = {
		stored: (item: QueuedReport, data: string) => stored.push([item.payload.id, data]),
		refused: (item: QueuedReport, message: string) => refused.push([item.payload.id, message])
	};
	return { sent, sender, stored, refused, outcome };
}

const queue = addReport(addReport([], payload('b', 2000)), payload('a', 1000));

describe('ReportSender', () => {
	it('sends the waiting reports oldest first, each with the time of sending', () => {
		const h = harness();
		h.sender.flush(queue, h.outcome);
		expect(h.sent.map((s) => s.payload.id)).toEqual(['a', 'b']);
		expect(h.sent[0]!.payload.sentAt).toBeGreaterThan(0);
	});

	it('does not send a report again while it waits for an answer, and resends after a timeout', () => {
		const h = harness();
		h.sender.flush(queue, h.outcome);
		h.sender.flush(queue, h.outcome);
		expect(h.sent).toHaveLength(2);
		h.sent[0]!.reply(new Error('timeout'), { ok: true, data: '' });
		h.sender.flush(queue, h.outcome);
		expect(h.sent.map((s) => s.payload.id)).toEqual(['a', 'b', 'a']);
		expect(h.stored).toEqual([]);
	});

	it('reports what was stored, what was refused for good, and retries a passing failure', () => {
		const h = harness();
		h.sender.flush(queue, h.outcome);
		h.sent[0]!.reply(null, { ok: true, data: 'stored-a' });
		h.sent[1]!.reply(null, {
			ok: false,
			error: { code: 'internal', message: 'Even niet', messageKey: 'error.internal' }
		});
		expect(h.stored).toEqual([['a', 'stored-a']]);
		expect(h.refused).toEqual([]);
		// The caller takes a stored report out of its queue; the one that failed is sent again.
		h.sender.flush(acknowledge(queue, 'a'), h.outcome);
		expect(h.sent.map((s) => s.payload.id)).toEqual(['a', 'b', 'b']);
		h.sent[2]!.reply(null, {
			ok: false,
			error: { code: 'too_late', message: 'Het spel is voorbij', messageKey: 'error.internal' }
		});
		expect(h.refused).toEqual([['b', 'Het spel is voorbij']]);
	});
});
