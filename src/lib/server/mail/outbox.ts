import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { db, type Db, type Tx } from '$lib/server/db';
import { mailOutbox } from '$lib/server/db/schema';
import { log } from '$lib/server/log';

/**
 * E-mail through an outbox table. `queueMail` only inserts a row (a request never waits for
 * an SMTP server); `deliverDue` sends what is due, with retries after failures, and is run by
 * a worker (`startMailWorker`) that picks up where it was after a restart, because the outbox
 * is the record. Without SMTP the rows simply stay: the organiser reads them in the app.
 */

export interface MailInput {
	kind: string;
	to: string;
	subject: string;
	text: string;
	organisationId?: string | null;
	liveSessionId?: string | null;
}

export type QueuedMail = typeof mailOutbox.$inferSelect;

/** Waits before the next attempt after the n-th failure, ms; after the last one the worker gives up. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

/**
 * Queues several messages inside the caller's transaction, so they exist exactly when the
 * decision to send them is committed. Call `wakeMailWorker` after the commit.
 */
export async function insertMails(
	exec: Db | Tx,
	inputs: readonly MailInput[],
	now = new Date()
): Promise<void> {
	if (inputs.length === 0) return;
	await exec.insert(mailOutbox).values(inputs.map((input) => ({ ...input, sendAfter: now })));
}

export async function queueMail(input: MailInput, now = new Date()): Promise<string> {
	const [row] = await db()
		.insert(mailOutbox)
		.values({ ...input, sendAfter: now })
		.returning({ id: mailOutbox.id });
	wake();
	return row!.id;
}

export interface DeliveryOptions {
	/** smtp:// or smtps:// URL; undefined: nothing is sent, the outbox keeps the messages. */
	smtpUrl?: string;
	from: string;
	now?: Date;
	/** Most messages per run. */
	limit?: number;
}

export interface DeliveryReport {
	sent: number;
	failed: number;
	gaveUp: number;
}

const transports = new Map<string, Transporter>();
function transport(url: string) {
	let t = transports.get(url);
	if (!t) transports.set(url, (t = nodemailer.createTransport(url)));
	return t;
}

/** Sends the due messages once. Each is marked sent only after the SMTP server accepted it. */
export async function deliverDue(options: DeliveryOptions): Promise<DeliveryReport> {
	const report: DeliveryReport = { sent: 0, failed: 0, gaveUp: 0 };
	if (!options.smtpUrl) return report;
	const now = options.now ?? new Date();
	const due = await db()
		.select()
		.from(mailOutbox)
		.where(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt), lte(mailOutbox.sendAfter, now)))
		.orderBy(asc(mailOutbox.sendAfter))
		.limit(options.limit ?? 50);
	for (const mail of due) {
		try {
			await transport(options.smtpUrl).sendMail({
				from: options.from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text
			});
			await db()
				.update(mailOutbox)
				.set({ sentAt: new Date(), lastError: null })
				.where(eq(mailOutbox.id, mail.id));
			report.sent++;
		} catch (err) {
			const attempts = mail.attempts + 1;
			const delay = RETRY_DELAYS_MS[attempts - 1];
			const message = err instanceof Error ? err.message.slice(0, 500) : 'unknown error';
			await db()
				.update(mailOutbox)
				.set({
					attempts,
					lastError: message,
					sendAfter: new Date(now.getTime() + (delay ?? 0)),
					failedAt: delay === undefined ? now : null
				})
				.where(eq(mailOutbox.id, mail.id));
			if (delay === undefined) report.gaveUp++;
			else report.failed++;
			// No addresses in the log: the outbox row holds the details.
			log.warn({ mailId: mail.id, attempts, err: message }, 'e-mail not delivered');
		}
	}
	return report;
}

// ---------------------------------------------------------------- the worker

const KEY = Symbol.for('duizend-ogen.mail-worker');
type Worker = { timer?: ReturnType<typeof setTimeout>; running: boolean; wake: () => void; stop: () => void };
type Holder = { [KEY]?: Worker };

/** Pokes a running worker (a message was just queued); no-op without one. */
export function wakeMailWorker() {
	wake();
}

function wake() {
	(globalThis as Holder)[KEY]?.wake();
}

/**
 * Runs `deliverDue` now, whenever a message is queued, and every `intervalMs` (retries come
 * due on their own). One per process; starting again replaces nothing.
 */
export function startMailWorker(options: Omit<DeliveryOptions, 'now'>, intervalMs = 30_000): () => void {
	const holder = globalThis as Holder;
	if (holder[KEY]) return holder[KEY].stop;
	let stopped = false;
	const worker: Worker = {
		running: false,
		wake: () => {
			if (stopped) return;
			clearTimeout(worker.timer);
			worker.timer = setTimeout(run, 50);
		},
		stop: () => {
			stopped = true;
			clearTimeout(worker.timer);
			delete holder[KEY];
		}
	};
	async function run() {
		if (stopped || worker.running) return;
		worker.running = true;
		try {
			await deliverDue(options);
		} catch (err) {
			log.error({ err }, 'mail worker run failed');
		} finally {
			worker.running = false;
			if (!stopped) {
				worker.timer = setTimeout(run, intervalMs);
				worker.timer.unref?.();
			}
		}
	}
	holder[KEY] = worker;
	if (options.smtpUrl) worker.wake();
	return worker.stop;
}
