import { t } from '$lib/i18n/t';
import * as outbox from '$lib/components/report/report-queue';
import {
	REPORT_ACK_TIMEOUT_MS,
	REPORT_RESEND_EVERY_MS,
	ReportSender
} from '$lib/components/report/report-sender';
import { readResident, writeResident } from '$lib/components/registration/resident-storage';
import { connect, type AppClientSocket, type LiveState } from '$lib/realtime/client';
import { uuid } from '$lib/realtime/uuid';
import { markSent, parseSent, residentRows, type SentReport } from './sent-reports';

/**
 * A household's reports from its personal page. A report goes into an outbox on the phone
 * first (localStorage) and leaves it only when the server has stored it; until then it is
 * resent with the same id (counted once), also after a reload or a lost connection. The
 * socket knows the household by its personal link's token.
 */
export class ResidentReports {
	connection = $state<LiveState>('connecting');
	queue = $state<outbox.QueuedReport[]>([]);
	sent = $state<SentReport[]>([]);
	/** The link no longer identifies the household (withdrawn, or the outcome is out). */
	gone = $state(false);
	/** A login cookie wins over the token: this browser is an officer's. */
	loggedIn = $state(false);
	rows = $derived(residentRows(this.queue, this.sent));
	#socket: AppClientSocket | undefined;
	#identified = false;
	#sender = new ReportSender<{ id: string; receivedAtMs: number }>((payload, reply) =>
		this.#socket?.timeout(REPORT_ACK_TIMEOUT_MS).emit('burglary:report', payload, reply)
	);

	constructor(
		readonly token: string,
		readonly code: string
	) {}

	start(): () => void {
		this.queue = outbox.parseQueue(readResident(this.code, 'queue'));
		this.sent = parseSent(readResident(this.code, 'sent'));
		// The mail's link opened on this phone: the public page can lead back here from now on.
		writeResident(this.code, 'token', this.token);
		const close = connect({
			residentToken: this.token,
			onState: (state) => {
				this.connection = state;
				if (state !== 'connected') this.#identified = false;
			},
			onSocket: (socket) => {
				this.#socket = socket;
				socket.on('connect', () => this.#identify(socket));
			}
		});
		const resend = setInterval(() => this.#flush(), REPORT_RESEND_EVERY_MS);
		return () => {
			clearInterval(resend);
			close();
		};
	}

	/** Ask who the server takes us for: the link may have stopped working while away. */
	#identify(socket: AppClientSocket) {
		socket.emit('system:whoami', {}, (ack) => {
			if (!ack.ok) return;
			this.loggedIn = ack.data.kind === 'account';
			if (ack.data.kind === 'resident') {
				this.#identified = true;
				this.#flush();
			} else if (!this.loggedIn) {
				this.gone = true;
				for (const item of outbox.pendingReports(this.queue))
					this.queue = outbox.refuse(this.queue, item.payload.id, t('burglaryPhone.report.gone'));
				this.#persist();
			}
		});
	}

	/** Puts a report in the outbox (kept on the phone) and sends it when possible. */
	report(report: outbox.NewReport): string {
		const payload: outbox.QueuedPayload = { ...report, id: uuid(), madeAt: Date.now() };
		this.queue = outbox.addReport(this.queue, payload);
		this.#persist();
		this.#flush();
		return payload.id;
	}

	dismiss(id: string) {
		this.queue = outbox.dismiss(this.queue, id);
		this.#persist();
	}

	#flush() {
		if (!this.#socket?.connected || !this.#identified) return;
		this.#sender.flush(this.queue, {
			stored: (item) => {
				this.sent = markSent(this.sent, item.payload);
				this.queue = outbox.acknowledge(this.queue, item.payload.id);
				this.#persist();
			},
			refused: (item, message) => {
				this.queue = outbox.refuse(this.queue, item.payload.id, message);
				this.#persist();
			}
		});
	}

	#persist() {
		writeResident(this.code, 'queue', this.queue.length > 0 ? outbox.serialiseQueue(this.queue) : null);
		writeResident(this.code, 'sent', this.sent.length > 0 ? JSON.stringify(this.sent) : null);
	}
}
