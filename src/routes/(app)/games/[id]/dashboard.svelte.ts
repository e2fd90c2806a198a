import type { GameCommand, PublishedClue } from '$lib/domain/boef/game';
import {
	gameLeaderboard,
	type FeedbackKey,
	type HostGameView,
	type HostReport
} from '$lib/domain/boef/game-views';
import type { SignalementField } from '$lib/domain/boef/signalement';
import { appendTrack, type TrackPoint } from '$lib/domain/boef/track';
import { connect, type AppClientSocket, type LiveState } from '$lib/realtime/client';
import type { Ack } from '$lib/realtime/events';
import { watchOnConnect } from '$lib/realtime/watch';
import { t } from '$lib/i18n/t';
import { keyFigures } from './figures';
import { readClock, upsert } from './live-view';

/** How often the clock, the waiting timers and a route boef's marker move, ms. */
const TICK_MS = 1000;
/**
 * Incremental updates (reports, fixes, finds) are shown at most this often, ms: in a burst the
 * server sends a batch every 20 ms, and recounting 2,000 reports for each would starve the page.
 */
const SHOW_EVERY_MS = 100;

/**
 * The spelleider's live connection to one game: the whole game as the server sees it (the
 * HostGameView), kept current by merging the server's incremental messages, and the commands.
 * Cookies identify the spelleider. Everything shown (counters, leaderboards) is derived from
 * the merged view with the same pure functions the server uses, so it stays consistent while
 * reports pour in between full updates.
 */
export class GameDashboard {
	view = $state.raw<HostGameView | null>(null);
	connection = $state<LiveState>('connecting');
	/** Why watching failed (translated by the server), e.g. the game ended meanwhile. */
	problem = $state<string | null>(null);
	/** Server clock minus the browser's, ms: timers use the server's time. */
	#offsetMs = 0;
	/** The server's time now, updated every second. */
	now = $state(Date.now());
	#socket: AppClientSocket | undefined;
	/** The newest merged view; `view` follows it at most every SHOW_EVERY_MS. */
	#latest: HostGameView | null = null;
	#showTimer: ReturnType<typeof setTimeout> | undefined;

	readonly figures = $derived(this.view ? keyFigures(this.view) : null);
	readonly leaderboard = $derived(this.view ? gameLeaderboard(this.view, 'finds') : []);
	readonly qualityBoard = $derived(this.view ? gameLeaderboard(this.view, 'quality') : []);
	readonly clock = $derived(this.view ? readClock(this.view, this.now) : null);

	constructor(readonly liveSessionId: string) {}

	start(): () => void {
		const timer = setInterval(() => (this.now = Date.now() + this.#offsetMs), TICK_MS);
		const close = connect({
			onState: (s) => (this.connection = s),
			onSocket: (socket) => {
				this.#socket = socket;
				watchOnConnect<HostGameView>(
					socket,
					(ack) => socket.emit('game:watch', { liveSessionId: this.liveSessionId }, ack),
					{ view: (v) => this.#receive(v), problem: (message) => (this.problem = message) }
				);
				socket.on('game:host', (v) => this.#receive(v));
				socket.on('game:reports', (rs) => this.#mergeReports(rs));
				socket.on('game:positions', (p) => this.#mergePositions(p.boefId, p.points));
				socket.on('game:finds', (fs) => this.#mergeFinds(fs));
			}
		});
		return () => {
			clearInterval(timer);
			clearTimeout(this.#showTimer);
			close();
		};
	}

	#receive(view: HostGameView) {
		this.#offsetMs = view.clock.serverNowMs - Date.now();
		this.now = view.clock.serverNowMs;
		clearTimeout(this.#showTimer);
		this.#showTimer = undefined;
		this.#latest = view;
		this.view = view;
	}

	/** Keeps a merged view and shows it soon (one screen update for a burst of messages). */
	#merged(view: HostGameView) {
		this.#latest = view;
		this.#showTimer ??= setTimeout(() => {
			this.#showTimer = undefined;
			this.view = this.#latest;
		}, SHOW_EVERY_MS);
	}

	#mergeReports(incoming: HostReport[]) {
		const v = this.#latest;
		if (!v) return;
		this.#merged({ ...v, reports: upsert(v.reports, incoming) });
	}

	#mergePositions(boefId: string, points: TrackPoint[]) {
		const v = this.#latest;
		if (!v || points.length === 0) return;
		this.#merged({ ...v, tracks: { ...v.tracks, [boefId]: appendTrack(v.tracks[boefId] ?? [], points) } });
	}

	#mergeFinds(incoming: HostGameView['finds']) {
		const v = this.#latest;
		if (!v) return;
		this.#merged({ ...v, finds: upsert(v.finds, incoming).sort((a, b) => a.atMs - b.atMs) });
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
	async command(command: GameCommand | Omit<Extract<GameCommand, { type: 'meldkamer' }>, 'recordedBy'>) {
		const ack = await this.#emit<HostGameView>((s, cb) =>
			s.emit('game:command', { liveSessionId: this.liveSessionId, command: command as GameCommand }, cb)
		);
		if (!ack.ok) return ack.error.message;
		this.#receive(ack.data);
		return null;
	}

	/** Removes every name of one burst (HostGameView `bursts`). */
	async removeBurst(burstId: string) {
		const ack = await this.#emit<HostGameView>((s, cb) =>
			s.emit('game:removeBurst', { liveSessionId: this.liveSessionId, burstId }, cb)
		);
		if (!ack.ok) return ack.error.message;
		this.#receive(ack.data);
		return null;
	}

	async review(reportId: string, change: { match?: string | 'rejected' | null; feedback?: FeedbackKey }) {
		const ack = await this.#emit<HostReport>((s, cb) =>
			s.emit('game:review', { liveSessionId: this.liveSessionId, reportId, ...change }, cb)
		);
		if (!ack.ok) return ack.error.message;
		this.#mergeReports([ack.data]);
		return null;
	}

	async publishClue(spec: {
		boefId: string | null;
		text: string;
		fields: SignalementField[];
		circle: boolean;
		radiusM?: number;
	}) {
		const ack = await this.#emit<PublishedClue>((s, cb) =>
			s.emit('game:clue', { liveSessionId: this.liveSessionId, id: crypto.randomUUID(), ...spec }, cb)
		);
		if (!ack.ok) return ack.error.message;
		const v = this.#latest;
		// The full update follows; until then the clue shows at once.
		if (v && !v.clues.some((c) => c.id === ack.data.id))
			this.#merged({ ...v, clues: [...v.clues, ack.data] });
		return null;
	}
}
