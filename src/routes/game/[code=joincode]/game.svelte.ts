import type { PlayerClue, PlayerGameView, PlayerReport } from '$lib/domain/boef/game-views';
import type { MessageKey } from '$lib/i18n';
import { t } from '$lib/i18n/t';
import { connect, type AppClientSocket, type LiveState } from '$lib/realtime/client';
import { uuid } from '$lib/realtime/uuid';
import { freshClues, newlyAnswered } from './news';
import * as outbox from '$lib/components/report/report-queue';
import {
	REPORT_ACK_TIMEOUT_MS,
	REPORT_RESEND_EVERY_MS,
	ReportSender
} from '$lib/components/report/report-sender';

const ACK_TIMEOUT_MS = REPORT_ACK_TIMEOUT_MS;
const storageKey = (code: string, what: 'token' | 'queue' | 'view') => `duizend-ogen:game:${code}:${what}`;

/** A message to show: its catalogue key (which also tells which field it is about) and the server's translation. */
export type Problem = { key: MessageKey; text?: string };

export type FindState =
	| { status: 'sending'; codeWord: string }
	| { status: 'found'; boefName: string; first: boolean }
	| { status: 'wrong'; codeWord: string }
	| { status: 'refused'; message: string }
	| null;

/** What a report form hands over; the session adds the id and the moment. */
export type NewReport = outbox.NewReport;

function vibrate(pattern: number | number[]) {
	// Not every phone can, and some refuse before the first tap: never let that break anything.
	try {
		if ('vibrate' in navigator) navigator.vibrate(pattern);
	} catch {
		// ignore
	}
}

function read(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function write(key: string, value: string | null) {
	// Private mode or a full storage must not stop the game; the queue then lives in memory.
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
	} catch {
		// ignore
	}
}

/**
 * A participant's phone in a Boef in de Wijk game: the connection, the game as the server last
 * sent it, the team's reports, new clues and replies to announce, and the outbox of reports.
 * The token lives in localStorage, so a reload or a locked phone comes back as the same
 * participant; so does the outbox, so a report made without a connection is sent when the
 * phone is back and counted once (its id is made here and kept).
 */
export class GameSession {
	view = $state<PlayerGameView | null>(null);
	connection = $state<LiveState>('connecting');
	/** Connected at least once: a later 'connecting' means the connection was lost. */
	everConnected = $state(false);
	hasToken = $state(false);
	/** The phone's token is no longer valid: the game ended, or the participant was removed. */
	gone = $state(false);
	/** The browser is logged in: the server takes it for the account, not for a participant. */
	loggedIn = $state(false);
	joining = $state(false);
	joinProblem = $state<Problem | null>(null);
	queue = $state<outbox.QueuedReport[]>([]);
	/** The own and the team's reports as the server has them. */
	reports = $state<PlayerReport[]>([]);
	clueAlert = $state<PlayerClue | null>(null);
	feedbackAlert = $state<PlayerReport | null>(null);
	find = $state<FindState>(null);
	/** The server's clock now (ms), ticking every second: countdowns must not trust the phone's clock. */
	now = $state(Date.now());
	#offsetMs = 0;
	#socket: AppClientSocket | undefined;
	#close: (() => void) | undefined;
	/** The server confirmed this connection is the participant: only then are reports sent. */
	#identified = false;
	/** Reports sent and not answered yet (not shown anywhere; a set of ids to avoid double sends). */
	#sender = new ReportSender<PlayerReport>((payload, reply) =>
		this.#socket?.timeout(ACK_TIMEOUT_MS).emit('game:report', payload, reply)
	);
	#pendingFind: { id: string; codeWord: string; sending: boolean } | null = null;
	/** Ids of the clues this phone has had; null until the first state. */
	#seenClues: string[] | null = null;

	constructor(
		readonly code: string,
		/** The game had ended when the page was loaded. */
		readonly ended: boolean
	) {}

	start(): () => void {
		this.queue = outbox.parseQueue(read(storageKey(this.code, 'queue')));
		const token = read(storageKey(this.code, 'token'));
		this.hasToken = !!token;
		// The game as this phone last saw it: a reload without a connection still shows the map,
		// the clues and the outbox, and after the end (when the server sends nothing more) the result.
		if (token || this.ended) this.#restoreView();
		this.#connect(token);
		const tick = setInterval(() => (this.now = Date.now() + this.#offsetMs), 1000);
		const resend = setInterval(() => this.#flush(), REPORT_RESEND_EVERY_MS);
		return () => {
			clearInterval(tick);
			clearInterval(resend);
			this.#close?.();
		};
	}

	#connect(token: string | null) {
		this.#close?.();
		this.#identified = false;
		this.#close = connect({
			participantToken: token ?? undefined,
			onState: (state) => {
				this.connection = state;
				if (state === 'connected') this.everConnected = true;
				else this.#identified = false;
			},
			onSocket: (socket) => {
				this.#socket = socket;
				socket.on('game:state', (view) => this.#receive(view));
				socket.on('game:clue', (clue) => this.#clue(clue));
				// The spelleider removed this name (a burst of bots); the server disconnects next.
				socket.on('game:removed', () => this.#lost(false));
				socket.on('game:feedback', (reports) => {
					for (const report of reports) this.#storedReport(report, true);
				});
				// Ask on every connection who the server takes us for: a token can stop working
				// while the phone was away (game ended, participant removed).
				socket.on('connect', () => {
					if (!token) return;
					socket.emit('system:whoami', {}, (ack) => {
						if (!ack.ok) return;
						if (ack.data.kind === 'participant') {
							this.#identified = true;
							this.#flush();
						} else this.#lost(ack.data.kind === 'account');
					});
				});
			}
		});
	}

	/** The token no longer identifies a participant. */
	#lost(loggedIn: boolean) {
		this.loggedIn = loggedIn;
		if (loggedIn) return;
		write(storageKey(this.code, 'token'), null);
		this.hasToken = false;
		// A stale running game must not come back on the next visit.
		if (this.view?.phase !== 'ended') write(storageKey(this.code, 'view'), null);
		if (this.view) {
			this.gone = true;
			// Nothing waiting can be delivered any more: say so instead of "waiting" forever.
			for (const item of outbox.pendingReports(this.queue))
				this.queue = outbox.refuse(this.queue, item.payload.id, t('gamePhone.report.gone'));
			this.#persist();
		}
	}

	#restoreView() {
		try {
			const saved = read(storageKey(this.code, 'view'));
			if (!saved) return;
			const view = JSON.parse(saved) as PlayerGameView;
			if (typeof view !== 'object' || view === null || !Array.isArray(view.clues)) return;
			// The game ended while this phone was away: its copy is of no use.
			if (this.ended && view.phase !== 'ended') return;
			this.view = view;
			this.reports = view.reports;
			this.#seenClues = view.clues.map((c) => c.id);
		} catch {
			// A damaged copy: wait for the server's state instead.
		}
	}

	#receive(view: PlayerGameView) {
		this.#offsetMs = view.clock.serverNowMs - Date.now();
		this.now = view.clock.serverNowMs;
		const announce = this.view !== null;
		// Clues that came while the phone was away are announced too, the newest one.
		const fresh = freshClues(this.#seenClues, view.clues).at(-1);
		this.#seenClues = view.clues.map((c) => c.id);
		if (fresh) this.#announceClue(fresh);
		this.#absorbReports(view.reports, announce);
		this.view = view;
		this.queue = outbox.withoutStored(
			this.queue,
			view.reports.map((r) => r.id)
		);
		this.#persist();
		write(storageKey(this.code, 'view'), JSON.stringify(view));
	}

	#clue(clue: PlayerClue) {
		const view = this.view;
		if (view && !view.clues.some((c) => c.id === clue.id))
			this.view = { ...view, clues: [...view.clues, clue] };
		if (this.#seenClues?.includes(clue.id)) return;
		this.#seenClues = [...(this.#seenClues ?? []), clue.id];
		this.#announceClue(clue);
	}

	#announceClue(clue: PlayerClue) {
		this.clueAlert = clue;
		vibrate([200, 100, 200]);
	}

	#absorbReports(list: readonly PlayerReport[], announce: boolean) {
		const answered = announce ? newlyAnswered(this.reports, list) : null;
		if (answered) this.#announceFeedback(answered);
		this.reports = [...list];
	}

	/** A report the server stored or answered: from an acknowledgement or 'game:feedback'. */
	#storedReport(report: PlayerReport, announce: boolean) {
		const previous = this.reports.find((r) => r.id === report.id);
		this.reports = previous
			? this.reports.map((r) => (r.id === report.id ? report : r))
			: [...this.reports, report];
		if (this.queue.some((q) => q.payload.id === report.id)) {
			this.queue = outbox.acknowledge(this.queue, report.id);
			this.#persist();
		}
		if (announce && report.feedback !== null && previous?.feedback !== report.feedback)
			this.#announceFeedback(report);
	}

	#announceFeedback(report: PlayerReport) {
		this.feedbackAlert = report;
		vibrate(150);
	}

	dismissClue() {
		this.clueAlert = null;
	}

	dismissFeedback() {
		this.feedbackAlert = null;
	}

	join(nickname: string, team: string) {
		const socket = this.#socket;
		if (!socket || this.joining) return;
		this.joining = true;
		this.joinProblem = null;
		const payload = { code: this.code, nickname, ...(team.trim() ? { team } : {}) };
		socket.timeout(ACK_TIMEOUT_MS).emit('game:join', payload, (err, ack) => {
			this.joining = false;
			if (err) return (this.joinProblem = { key: 'phone.offline' });
			if (!ack.ok) return (this.joinProblem = { key: ack.error.messageKey, text: ack.error.message });
			write(storageKey(this.code, 'token'), ack.data.participantToken);
			this.hasToken = true;
			// Reconnect so the server knows this socket as the participant from the handshake on.
			this.#connect(ack.data.participantToken);
		});
	}

	/** Puts a report in the outbox (kept on the phone) and sends it when possible. */
	report(report: NewReport): string {
		const payload: outbox.QueuedPayload = { ...report, id: uuid(), madeAt: Date.now() };
		this.queue = outbox.addReport(this.queue, payload);
		this.#persist();
		this.#flush();
		return payload.id;
	}

	dismissReport(id: string) {
		this.queue = outbox.dismiss(this.queue, id);
		this.#persist();
	}

	/** Sends what waits: reports without an acknowledgement, and a code word. Safe to call often. */
	#flush() {
		if (!this.#socket?.connected || !this.#identified) return;
		this.#sender.flush(this.queue, {
			stored: (_item, report) => this.#storedReport(report, false),
			refused: (item, message) => {
				this.queue = outbox.refuse(this.queue, item.payload.id, message);
				this.#persist();
			}
		});
		this.#sendFind();
	}

	#persist() {
		write(storageKey(this.code, 'queue'), this.queue.length > 0 ? outbox.serialiseQueue(this.queue) : null);
	}

	/** Enters a boef's code word. A resend after a lost answer has the same id: it counts once. */
	enterCodeWord(codeWord: string) {
		if (this.#pendingFind) return;
		this.#pendingFind = { id: uuid(), codeWord, sending: false };
		this.find = { status: 'sending', codeWord };
		this.#sendFind();
	}

	#sendFind() {
		const socket = this.#socket;
		const pending = this.#pendingFind;
		if (!pending || pending.sending || !socket?.connected || !this.#identified) return;
		pending.sending = true;
		socket
			.timeout(ACK_TIMEOUT_MS)
			.emit('game:find', { id: pending.id, codeWord: pending.codeWord }, (err, ack) => {
				pending.sending = false;
				// A wrong-code limit is shown, not retried: only a server failure or outage is.
				if (err || (!ack.ok && (ack.error.code === 'internal' || ack.error.code === 'unavailable'))) return;
				this.#pendingFind = null;
				if (!ack.ok) this.find = { status: 'refused', message: ack.error.message };
				else if (ack.data.found) {
					this.find = { status: 'found', boefName: ack.data.boefName ?? '', first: ack.data.first };
					vibrate([100, 50, 100, 50, 300]);
				} else this.find = { status: 'wrong', codeWord: pending.codeWord };
			});
	}
}
