/**
 * The send half of the report outbox (report-queue.ts), shared by Boef in de Wijk's phone and a
 * household's personal page. Each round sends every waiting report that is not already on its
 * way; an unanswered send is simply tried again next round with the same id (the server counts
 * it once). What "stored" means differs per game, so the caller says what to do with an answer.
 */
import type { Ack, GameReportPayload } from '$lib/realtime/events';
import { isRetryable, pendingReports, toSend, type Queue, type QueuedReport } from './report-queue';

/** How long to wait for the server's acknowledgement of one report. */
export const REPORT_ACK_TIMEOUT_MS = 8000;
/** How often reports without an acknowledgement are sent again. */
export const REPORT_RESEND_EVERY_MS = 5000;

/** Sends one report; `reply` gets an error when no answer came in time (socket.io's timeout). */
export type EmitReport<T> = (
	payload: GameReportPayload,
	reply: (err: Error | null, ack: Ack<T>) => void
) => void;

export interface SendOutcome<T> {
	/** The server stored it; `data` is its acknowledgement. */
	stored: (item: QueuedReport, data: T) => void;
	/** The server refused it for good (resending will not help); `message` is translated. */
	refused: (item: QueuedReport, message: string) => void;
}

export class ReportSender<T> {
	/** Ids sent and not answered yet: a round does not send them twice at once. */
	#inflight = new Set<string>();

	constructor(private readonly emit: EmitReport<T>) {}

	/** Sends what waits in the queue. Safe to call often (on connect, on a timer, after a new report). */
	flush(queue: Queue, outcome: SendOutcome<T>) {
		for (const item of pendingReports(queue)) {
			const id = item.payload.id;
			if (this.#inflight.has(id)) continue;
			this.#inflight.add(id);
			this.emit(toSend(item, Date.now()), (err, ack) => {
				this.#inflight.delete(id);
				// No answer in time: the next round sends it again with the same id.
				if (err) return;
				if (ack.ok) outcome.stored(item, ack.data);
				else if (!isRetryable(ack.error.code)) outcome.refused(item, ack.error.message);
			});
		}
	}
}
