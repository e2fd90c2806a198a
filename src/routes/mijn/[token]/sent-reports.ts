/**
 * The household's own reports as its phone remembers them. The server never sends a
 * neighbour's reports back (nor says whether an attempt was running), so "Sent" is what this
 * phone saw acknowledged; what is still in the outbox shows as waiting or refused. Pure.
 */
import { CHANNELS, type Channel } from '$lib/domain/boef/report';
import type { Queue, QueuedPayload, QueuedReport } from '$lib/components/report/report-queue';

export interface SentReport {
	id: string;
	/** The phone's clock when it was made, ms. */
	madeAt: number;
	/** The start of what they described, enough to recognise it. */
	summary: string;
	channel: Channel;
}

/** Enough to recognise a report in the list; the phone keeps no more than the last ones. */
const SUMMARY_LENGTH = 120;
const MAX_SENT = 50;

export function summaryOf(payload: Pick<QueuedPayload, 'behaviour'>): string {
	const text = payload.behaviour.trim().replace(/\s+/g, ' ');
	return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
}

/** An acknowledged report joins the list (once), which keeps only the newest. */
export function markSent(list: readonly SentReport[], payload: QueuedPayload): SentReport[] {
	if (list.some((s) => s.id === payload.id)) return [...list];
	const entry: SentReport = {
		id: payload.id,
		madeAt: payload.madeAt,
		summary: summaryOf(payload),
		channel: payload.channel
	};
	return [...list, entry].sort((a, b) => a.madeAt - b.madeAt).slice(-MAX_SENT);
}

function isSent(x: unknown): x is SentReport {
	if (typeof x !== 'object' || x === null) return false;
	const s = x as Record<string, unknown>;
	return (
		typeof s.id === 'string' &&
		typeof s.madeAt === 'number' &&
		Number.isFinite(s.madeAt) &&
		typeof s.summary === 'string' &&
		(CHANNELS as readonly unknown[]).includes(s.channel)
	);
}

/** Reads the stored list; anything damaged is dropped. */
export function parseSent(text: string | null): SentReport[] {
	if (!text) return [];
	try {
		const parsed: unknown = JSON.parse(text);
		return Array.isArray(parsed) ? parsed.filter(isSent) : [];
	} catch {
		return [];
	}
}

export type ResidentRow =
	| { kind: 'sent'; id: string; madeAt: number; summary: string; channel: Channel }
	| { kind: 'queued'; id: string; madeAt: number; summary: string; channel: Channel; item: QueuedReport };

/** One list, newest first; a report both sent and still queued (a lost ack) counts as sent. */
export function residentRows(queue: Queue, sent: readonly SentReport[]): ResidentRow[] {
	const done = new Set(sent.map((s) => s.id));
	const rows: ResidentRow[] = [
		...queue
			.filter((q) => !done.has(q.payload.id))
			.map((item) => ({
				kind: 'queued' as const,
				id: item.payload.id,
				madeAt: item.payload.madeAt,
				summary: summaryOf(item.payload),
				channel: item.payload.channel,
				item
			})),
		...sent.map((s) => ({ kind: 'sent' as const, ...s }))
	];
	return rows.sort((a, b) => b.madeAt - a.madeAt);
}
