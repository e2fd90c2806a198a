import { io, type Socket } from 'socket.io-client';
import type { MessageKey, MessageParams } from '$lib/i18n';
import type { PlayerView } from '$lib/domain/quiz-views';
import type { Answer } from '$lib/domain/workshop';
import type { AckError, ClientToServerEvents, JoinResult, ServerToClientEvents } from '$lib/realtime/events';
import { uuid } from '$lib/realtime/uuid';
import { Countdown } from '$lib/components/quiz/clock.svelte';

type PhoneSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type Connection = 'connecting' | 'connected' | 'offline';
/** The answer on its way (or stored), so the screen can show what was chosen before the next state arrives. */
export type Sending = {
	slideId: string;
	status: 'sending' | 'retrying' | 'unavailable' | 'received';
	answer?: Answer;
} | null;
export type Problem = { key: MessageKey; params?: MessageParams } | null;

const ACK_TIMEOUT_MS = 5000;
const storageKey = (code: string) => `duizend-ogen:participant:${code}`;

/**
 * Everything the phone knows about its session: the view the server last sent, the connection,
 * and an answer on its way. The token lives in localStorage, so closing the browser, a reload
 * or a locked phone comes back as the same participant with the same score. An answer is kept
 * until the server acknowledges it and is resent after reconnecting; its UUID makes a resend
 * count once.
 */
export class PhoneSession {
	view = $state<PlayerView | null>(null);
	connection = $state<Connection>('connecting');
	hasToken = $state(false);
	sending = $state<Sending>(null);
	problem = $state<Problem>(null);
	joining = $state(false);
	removed = $state(false);
	readonly clock = new Countdown();
	#socket: PhoneSocket | undefined;
	#pending: { id: string; slideId: string; answer: Answer } | null = null;

	constructor(
		readonly code: string,
		readonly locale: 'nl' | 'en'
	) {}

	start(): () => void {
		const token = localStorage.getItem(storageKey(this.code));
		this.hasToken = !!token;
		this.#connect(token);
		const stopClock = this.clock.start();
		return () => {
			stopClock();
			this.#socket?.close();
		};
	}

	#connect(token: string | null) {
		this.#socket?.close();
		const socket: PhoneSocket = io({
			path: '/socket.io',
			auth: { locale: this.locale, ...(token ? { participantToken: token } : {}) },
			transports: ['websocket', 'polling']
		});
		this.#socket = socket;
		socket.on('connect', () => {
			this.connection = 'connected';
			if (this.#pending) this.#send();
		});
		socket.on('disconnect', () => (this.connection = 'offline'));
		socket.io.on('reconnect_attempt', () => (this.connection = 'connecting'));
		socket.on('quiz:state', (view) => this.#receive(view));
		socket.on('quiz:removed', () => {
			this.removed = true;
			this.#forget();
			socket.close();
		});
		// A token the server no longer knows (session ended, data removed) leaves an anonymous
		// connection: ask who we are and start over with the join form if need be.
		if (token) {
			socket.once('connect', () =>
				socket.emit('system:whoami', {}, (ack) => {
					if (ack.ok && ack.data.kind !== 'participant') this.#forget();
				})
			);
		}
	}

	#forget() {
		localStorage.removeItem(storageKey(this.code));
		this.hasToken = false;
		this.view = null;
	}

	#receive(view: PlayerView) {
		this.clock.sync(view.serverNow);
		this.view = view;
		const slideId = view.slide?.id;
		if (view.you.answered && slideId) {
			this.sending = { slideId, status: 'received', answer: view.you.answered };
			if (this.#pending?.slideId === slideId) this.#pending = null;
		} else if (this.sending && this.sending.slideId !== slideId) {
			this.sending = null;
		}
		if (view.phase !== 'question') {
			this.#pending = null;
		}
	}

	join(nickname: string) {
		const socket = this.#socket;
		if (!socket || this.joining) return;
		this.joining = true;
		this.problem = null;
		socket.timeout(ACK_TIMEOUT_MS).emit('quiz:join', { code: this.code, nickname }, (err, ack) => {
			this.joining = false;
			if (err) return (this.problem = { key: 'phone.offline' });
			if (!ack.ok) return (this.problem = { key: ack.error.messageKey });
			this.#joined(ack.data);
		});
	}

	#joined(result: JoinResult) {
		localStorage.setItem(storageKey(this.code), result.participantToken);
		this.hasToken = true;
		// Reconnect so the server knows this socket as the participant from the handshake on.
		this.#connect(result.participantToken);
	}

	answer(answer: Answer) {
		const slideId = this.view?.slide?.id;
		if (!slideId || this.sending?.slideId === slideId) return;
		this.#pending = { id: uuid(), slideId, answer };
		this.problem = null;
		this.sending = { slideId, status: 'sending', answer };
		this.#send();
	}

	#send() {
		const pending = this.#pending;
		const socket = this.#socket;
		if (!pending || !socket?.connected) return;
		socket.timeout(ACK_TIMEOUT_MS).emit('quiz:answer', pending, (err, ack) => {
			if (this.#pending !== pending) return;
			if (err || (!ack.ok && (ack.error.code === 'internal' || ack.error.code === 'unavailable'))) {
				// Not stored (or no word back): keep it and try again; the UUID makes this safe.
				// While the database is away the server says so, and the phone shows it.
				const outage = !err && !ack.ok && ack.error.code === 'unavailable';
				this.sending = {
					slideId: pending.slideId,
					status: outage ? 'unavailable' : 'retrying',
					answer: pending.answer
				};
				setTimeout(() => this.#send(), 1000);
				return;
			}
			this.#pending = null;
			if (ack.ok) this.sending = { slideId: pending.slideId, status: 'received', answer: pending.answer };
			else this.#refused(ack.error);
		});
	}

	#refused(error: AckError) {
		this.sending = null;
		this.problem = { key: error.messageKey };
	}
}
