import { io, type Socket } from 'socket.io-client';
import type { HostCommand } from '$lib/domain/quiz-session';
import type { HostView } from '$lib/domain/quiz-views';
import type { MessageKey } from '$lib/i18n';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';
import { Countdown } from '$lib/components/quiz/clock.svelte';

type HostSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The presenter's live connection, shared by the projector and the remote: the session as the
 * server sees it, the live answer count, and the commands. Cookies identify the presenter.
 */
export class HostSession {
	view = $state<HostView | null>(null);
	answered = $state(0);
	connection = $state<'connecting' | 'connected' | 'offline' | 'ended'>('connecting');
	problem = $state<MessageKey | null>(null);
	busy = $state(false);
	readonly clock = new Countdown();
	#socket: HostSocket | undefined;

	constructor(
		readonly liveSessionId: string,
		readonly locale: 'nl' | 'en'
	) {}

	start(): () => void {
		const socket: HostSocket = io({
			path: '/socket.io',
			auth: { locale: this.locale },
			transports: ['websocket', 'polling']
		});
		this.#socket = socket;
		socket.on('connect', () => {
			this.connection = 'connected';
			// Rooms do not survive a reconnect: watch again every time.
			socket.emit('quiz:watch', { liveSessionId: this.liveSessionId }, (ack) => {
				if (ack.ok) this.#receive(ack.data);
				else this.problem = ack.error.messageKey;
			});
		});
		socket.on('disconnect', () => {
			if (this.connection !== 'ended') this.connection = 'offline';
		});
		socket.on('auth:ended', () => (this.connection = 'ended'));
		socket.on('quiz:host', (view) => this.#receive(view));
		socket.on('quiz:count', (c) => {
			if (c.slideId === this.view?.slide?.id) this.answered = c.answered;
		});
		const stopClock = this.clock.start();
		return () => {
			stopClock();
			socket.close();
		};
	}

	#receive(view: HostView) {
		this.clock.sync(view.serverNow);
		this.view = view;
		this.answered = view.answered;
	}

	command(command: HostCommand) {
		if (!this.#socket || this.busy) return;
		this.busy = true;
		this.problem = null;
		this.#socket.emit('quiz:command', { liveSessionId: this.liveSessionId, command }, (ack) => {
			this.busy = false;
			if (ack.ok) this.#receive(ack.data);
			else this.problem = ack.error.messageKey;
		});
	}

	/** Removes every name of one burst (the warning's button). */
	removeBurst(burstId: string) {
		this.#socket?.emit('quiz:removeBurst', { liveSessionId: this.liveSessionId, burstId }, (ack) => {
			if (ack.ok) this.#receive(ack.data);
			else this.problem = ack.error.messageKey;
		});
	}

	remove(participantId: string) {
		this.#socket?.emit('quiz:remove', { liveSessionId: this.liveSessionId, participantId }, (ack) => {
			if (ack.ok) this.#receive(ack.data);
			else this.problem = ack.error.messageKey;
		});
	}
}

/** The one button that moves the session on, by phase. */
export function primaryCommand(view: HostView): { command: HostCommand; label: MessageKey } | null {
	switch (view.state.phase) {
		case 'lobby':
			return { command: 'start', label: 'host.start' };
		case 'question':
			return { command: 'reveal', label: 'host.reveal' };
		case 'reveal':
			return view.settings.showLeaderboard
				? { command: 'leaderboard', label: 'host.showLeaderboard' }
				: { command: 'next', label: 'host.next' };
		case 'info':
		case 'leaderboard':
		case 'podium':
			return { command: 'next', label: view.state.phase === 'podium' ? 'host.end' : 'host.next' };
		case 'ended':
			return null;
	}
}
