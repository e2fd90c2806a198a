import { appendTrack, type TrackPoint } from '$lib/domain/boef/track';
import type { CallNumber } from '$lib/domain/burglary/outcome';
import type { PreventionChecklist } from '$lib/domain/burglary/prevention';
import type { BurglaryHostView } from '$lib/domain/burglary/views';
import { t } from '$lib/i18n/t';
import { connect, type AppClientSocket, type LiveState } from '$lib/realtime/client';
import type { Ack, AttemptCommand } from '$lib/realtime/events';
import { watchOnConnect } from '$lib/realtime/watch';

/** How often the clocks tick, ms. */
const TICK_MS = 1000;

/**
 * The organiser's live connection to one campaign: the whole campaign as the server sees it
 * (replaced by every `burglary:host`), the boef's GPS fixes appended as they come, and the
 * commands. A campaign is small (a few attempts, tens of reports), so the server resends the
 * whole view after every change; only the fixes arrive on their own, often.
 */
export class BurglaryLive {
	view = $state.raw<BurglaryHostView | null>(null);
	connection = $state<LiveState>('connecting');
	/** Why watching failed (translated by the server). */
	problem = $state<string | null>(null);
	/** The server's time now (its clock, not the browser's), updated every second. */
	now = $state(Date.now());
	/** Server clock minus the browser's, ms. */
	#offsetMs = 0;
	#socket: AppClientSocket | undefined;

	constructor(readonly liveSessionId: string) {}

	/** The server's time at this very moment (`now` may be up to a tick old), ms. */
	serverNow(): number {
		return Date.now() + this.#offsetMs;
	}

	start(): () => void {
		const timer = setInterval(() => (this.now = Date.now() + this.#offsetMs), TICK_MS);
		const close = connect({
			onState: (s) => (this.connection = s),
			onSocket: (socket) => {
				this.#socket = socket;
				watchOnConnect<BurglaryHostView>(
					socket,
					(ack) => socket.emit('burglary:watch', { liveSessionId: this.liveSessionId }, ack),
					{ view: (v) => this.#receive(v), problem: (message) => (this.problem = message) }
				);
				socket.on('burglary:host', (v) => this.#receive(v));
				socket.on('burglary:positions', (p) => this.#mergePositions(p.boefId, p.points));
			}
		});
		return () => {
			clearInterval(timer);
			close();
		};
	}

	#receive(view: BurglaryHostView) {
		this.#offsetMs = view.nowMs - Date.now();
		this.now = view.nowMs;
		this.view = view;
	}

	#mergePositions(boefId: string, points: TrackPoint[]) {
		const v = this.view;
		if (!v || points.length === 0) return;
		this.view = { ...v, tracks: { ...v.tracks, [boefId]: appendTrack(v.tracks[boefId] ?? [], points) } };
	}

	#emit<T>(send: (socket: AppClientSocket, ack: (a: Ack<T>) => void) => void): Promise<Ack<T>> {
		const socket = this.#socket;
		if (!socket?.connected)
			return Promise.resolve({
				ok: false,
				error: {
					code: 'internal',
					message: t('dashboard.live.offline'),
					messageKey: 'dashboard.live.offline'
				}
			});
		return new Promise((resolve) => send(socket, resolve));
	}

	/** Each action resolves to the server's translated refusal, or null when done. */
	async command(command: AttemptCommand): Promise<string | null> {
		const ack = await this.#emit<{ done: true }>((s, cb) =>
			s.emit('burglary:command', { liveSessionId: this.liveSessionId, command }, cb)
		);
		return ack.ok ? null : ack.error.message;
	}

	/**
	 * A call the meldkamer counted. The id is made once per entry by the caller and reused when
	 * the organiser presses again after a failure, so a resend never counts twice.
	 */
	async call(input: {
		id: string;
		attemptId: string;
		number: CallNumber;
		atMs: number;
	}): Promise<string | null> {
		const ack = await this.#emit<{ stored: true }>((s, cb) =>
			s.emit('burglary:call', { liveSessionId: this.liveSessionId, ...input }, cb)
		);
		return ack.ok ? null : ack.error.message;
	}

	async prevention(attemptId: string, checklist: PreventionChecklist): Promise<string | null> {
		const ack = await this.#emit<PreventionChecklist>((s, cb) =>
			s.emit('burglary:prevention', { liveSessionId: this.liveSessionId, attemptId, checklist }, cb)
		);
		return ack.ok ? null : ack.error.message;
	}
}
