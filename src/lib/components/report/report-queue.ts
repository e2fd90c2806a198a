/**
 * The phone's outbox of reports. Outdoors a phone loses its connection and locks, so a report
 * goes into this queue first (kept in localStorage) and leaves it only when the server has
 * acknowledged it; until then it is resent with the same id, which the server counts once.
 * Pure functions on plain data, so the rules are unit-tested (report-queue.test.ts) and the
 * state class only stores, sends and calls them.
 */
import type { PlayerReport } from '$lib/domain/boef/game-views';
import { CHANNELS } from '$lib/domain/boef/report';
import type { ErrorCode, GameReportPayload } from '$lib/realtime/events';

/** What the phone keeps of a report: everything but the send time, which each send sets. */
export type QueuedPayload = Omit<GameReportPayload, 'sentAt'>;

/** What a report form hands over; the outbox adds the id and the moment. */
export type NewReport = Omit<QueuedPayload, 'id' | 'madeAt'>;

export interface QueuedReport {
	payload: QueuedPayload;
	/** 'waiting': not acknowledged yet (resent); 'refused': the server said no, `error` says why. */
	status: 'waiting' | 'refused';
	/** The server's refusal, already translated. */
	error?: string;
}

export type Queue = readonly QueuedReport[];

/** Queues a report; a second one with the same id changes nothing. */
export function addReport(queue: Queue, payload: QueuedPayload): QueuedReport[] {
	if (queue.some((q) => q.payload.id === payload.id)) return [...queue];
	return [...queue, { payload, status: 'waiting' }];
}

/** The server has stored it: it leaves the queue. */
export function acknowledge(queue: Queue, id: string): QueuedReport[] {
	return queue.filter((q) => q.payload.id !== id);
}

/** The server refused it for good (e.g. the game ended): keep it in sight with the reason. */
export function refuse(queue: Queue, id: string, error: string): QueuedReport[] {
	return queue.map((q) => (q.payload.id === id ? { ...q, status: 'refused', error } : q));
}

/** The reporter has read the refusal and removes the report. */
export function dismiss(queue: Queue, id: string): QueuedReport[] {
	return queue.filter((q) => q.payload.id !== id);
}

/** Reports still to send, oldest first. */
export function pendingReports(queue: Queue): QueuedReport[] {
	return queue.filter((q) => q.status === 'waiting').sort((a, b) => a.payload.madeAt - b.payload.madeAt);
}

/** Reports the server already has (e.g. it stored one but the ack was lost) leave the queue. */
export function withoutStored(queue: Queue, storedIds: readonly string[]): QueuedReport[] {
	return queue.filter((q) => !storedIds.includes(q.payload.id));
}

/** The payload of one send: the phone's clock now, so the server can correct for its drift. */
export function toSend(item: QueuedReport, nowMs: number): GameReportPayload {
	return { ...item.payload, sentAt: nowMs };
}

/**
 * Whether a refusal is worth another try: the server failed, its database is away for now, or
 * it asked to slow down. Anything
 * else (game ended, bad input, not allowed) will not change by resending.
 */
export function isRetryable(code: ErrorCode): boolean {
	return code === 'internal' || code === 'unavailable' || code === 'rate_limited';
}

export function serialiseQueue(queue: Queue): string {
	return JSON.stringify(queue);
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function isQueuedReport(x: unknown): x is QueuedReport {
	if (!isObject(x) || !isObject(x.payload)) return false;
	const p = x.payload;
	return (
		(x.status === 'waiting' || x.status === 'refused') &&
		typeof p.id === 'string' &&
		isNumber(p.madeAt) &&
		typeof p.behaviour === 'string' &&
		isObject(p.signalement) &&
		(CHANNELS as readonly unknown[]).includes(p.channel) &&
		isObject(p.place) &&
		isNumber(p.place.lat) &&
		isNumber(p.place.lng)
	);
}

/** Reads a stored queue; anything damaged (an old format, a half-written value) is dropped. */
export function parseQueue(text: string | null): QueuedReport[] {
	if (!text) return [];
	try {
		const parsed: unknown = JSON.parse(text);
		return Array.isArray(parsed) ? parsed.filter(isQueuedReport) : [];
	} catch {
		return [];
	}
}

/** One line in the list of the team's reports: stored by the server, or still on this phone. */
export type ReportRow =
	{ kind: 'stored'; id: string; report: PlayerReport } | { kind: 'queued'; id: string; item: QueuedReport };

/**
 * The team's reports as the phone shows them: what is still on this phone first (newest
 * first), then what the server has, newest first. A report in both counts as stored.
 */
export function reportRows(stored: readonly PlayerReport[], queue: Queue): ReportRow[] {
	const known = new Set(stored.map((r) => r.id));
	const queued: ReportRow[] = queue
		.filter((q) => !known.has(q.payload.id))
		.sort((a, b) => b.payload.madeAt - a.payload.madeAt)
		.map((item) => ({ kind: 'queued', id: item.payload.id, item }));
	const server: ReportRow[] = [...stored]
		.sort((a, b) => b.atMs - a.atMs)
		.map((report) => ({ kind: 'stored', id: report.id, report }));
	return [...queued, ...server];
}
