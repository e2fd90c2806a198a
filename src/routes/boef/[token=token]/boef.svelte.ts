import type { PreventionChecklist } from '$lib/domain/burglary/prevention';
import type { AnyBoefView } from '$lib/realtime/events';
import { connect, type AppClientSocket, type LiveState } from '$lib/realtime/client';
import * as fixes from './fix-queue';

const ACK_TIMEOUT_MS = 10_000;
/** One message a second at most: a single fix normally, a chunk of the backlog after a gap. */
const SEND_EVERY_MS = 1000;
/** Writing the whole backlog to storage on every fix is wasteful: every few seconds is enough. */
const PERSIST_EVERY_MS = 3000;
const STORAGE_KEY = 'duizend-ogen:boef:fixes';

export type LinkState = 'checking' | 'ok' | 'invalid' | 'revoked';
export type GpsState = 'off' | 'waiting' | 'ok' | 'denied' | 'unavailable' | 'unsupported';
export type WakeState = 'off' | 'on' | 'unsupported';
/** Saving the prevention checklist (Houd u de boef tegen?). */
export type SaveState =
	| { status: 'idle' }
	| { status: 'saving' }
	| { status: 'saved'; atMs: number }
	| { status: 'failed'; message: string };

/**
 * The officer playing a boef: his secret link identifies him to the server (no login), his
 * phone shares its GPS while the game runs. Every fix is queued (also in localStorage) and
 * leaves the queue only when the server has acknowledged it, so after a reconnect or a reload
 * the backlog follows and the dashboard's track has a gap only while the phone was offline.
 */
export class BoefSession {
	view = $state<AnyBoefView | null>(null);
	connection = $state<LiveState>('connecting');
	link = $state<LinkState>('checking');
	/** Following the GPS (the officer pressed start). */
	sharing = $state(false);
	gps = $state<GpsState>('off');
	accuracyM = $state<number | null>(null);
	/** Phone clock of the last acknowledged message, ms. */
	lastSentAt = $state<number | null>(null);
	/** Fixes on the phone not yet acknowledged. */
	waiting = $state(0);
	wake = $state<WakeState>('off');
	now = $state(Date.now());
	prevention = $state<SaveState>({ status: 'idle' });
	#queue: fixes.Fix[] = [];
	#socket: AppClientSocket | undefined;
	#close: (() => void) | undefined;
	#inflight = false;
	#watchId: number | null = null;
	#lock: WakeLockSentinel | null = null;
	#dirty = false;

	constructor(readonly token: string) {}

	start(): () => void {
		this.#queue = fixes.parseFixes(read(STORAGE_KEY));
		this.waiting = this.#queue.length;
		this.#close = connect({
			boefToken: this.token,
			onState: (state) => (this.connection = state),
			onSocket: (socket) => this.#listen(socket)
		});
		const sender = setInterval(() => {
			this.now = Date.now();
			this.#send();
		}, SEND_EVERY_MS);
		const saver = setInterval(() => this.#persist(), PERSIST_EVERY_MS);
		const visibility = () => {
			// A screen lock drops the wake lock; ask again when the page is back in front.
			if (document.visibilityState === 'visible' && this.sharing) void this.#keepAwake();
			else this.#persist();
		};
		document.addEventListener('visibilitychange', visibility);
		return () => {
			clearInterval(sender);
			clearInterval(saver);
			document.removeEventListener('visibilitychange', visibility);
			this.stopSharing();
			this.#persist();
			this.#close?.();
		};
	}

	#listen(socket: AppClientSocket) {
		this.#socket = socket;
		socket.on('boef:state', (view) => this.#receive(view));
		socket.on('boef:revoked', () => this.#revoked());
		// A link that is unknown, revoked or of an ended game gives a plain anonymous connection:
		// ask who we are. The answer tells nothing about the link to anyone who lacks it.
		socket.on('connect', () =>
			socket.emit('system:whoami', {}, (ack) => {
				if (!ack.ok) return;
				if (ack.data.kind === 'boef') this.link = 'ok';
				else if (this.link !== 'revoked') {
					this.link = 'invalid';
					this.stopSharing();
				}
			})
		);
	}

	#receive(view: AnyBoefView) {
		this.view = view;
		if (view.game === 'houd_de_boef') {
			// After his attempt his position is nobody's business (the server drops it anyway).
			if (view.attempt?.endedAtMs != null) {
				this.stopSharing();
				this.#clear();
			}
			return;
		}
		// After the end or once caught his position is of no use: save the battery.
		if (view.phase === 'ended' || view.status === 'caught') {
			this.stopSharing();
			if (view.phase === 'ended') this.#clear();
		}
	}

	/** Saves the prevention checklist of his attempt; the server answers with what it stored. */
	savePrevention(attemptId: string, checklist: PreventionChecklist) {
		const socket = this.#socket;
		if (!socket?.connected || this.link !== 'ok') {
			this.prevention = { status: 'failed', message: '' };
			return;
		}
		this.prevention = { status: 'saving' };
		socket.timeout(ACK_TIMEOUT_MS).emit('burglary:prevention', { attemptId, checklist }, (err, ack) => {
			if (err) this.prevention = { status: 'failed', message: '' };
			else if (!ack.ok) this.prevention = { status: 'failed', message: ack.error.message };
			else this.prevention = { status: 'saved', atMs: Date.now() };
		});
	}

	#revoked() {
		this.link = 'revoked';
		this.stopSharing();
		// A revoked link may mean a lost phone: nothing more leaves this one.
		this.#clear();
		this.#close?.();
	}

	#clear() {
		this.#queue = [];
		this.waiting = 0;
		this.#dirty = true;
		this.#persist();
	}

	/** Call from a tap: several phones ask for location permission only after a user gesture. */
	startSharing() {
		if (this.#watchId !== null) return;
		if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
			this.gps = 'unsupported';
			return;
		}
		this.sharing = true;
		this.gps = 'waiting';
		this.#watchId = navigator.geolocation.watchPosition(
			(p) => this.#fix(p),
			(err) => {
				if (err.code === err.PERMISSION_DENIED) {
					this.gps = 'denied';
					this.stopSharing();
				} else {
					// No signal for a while (indoors, a tunnel): keep watching, it may come back.
					this.gps = 'unavailable';
				}
			},
			{ enableHighAccuracy: true, maximumAge: 0, timeout: 30_000 }
		);
		void this.#keepAwake();
	}

	stopSharing() {
		if (this.#watchId !== null) navigator.geolocation.clearWatch(this.#watchId);
		this.#watchId = null;
		this.sharing = false;
		if (this.gps === 'waiting' || this.gps === 'ok') this.gps = 'off';
		void this.#lock?.release().catch(() => {});
		this.#lock = null;
	}

	#fix(p: GeolocationPosition) {
		const fix = fixes.toFix(p.coords, p.timestamp);
		if (!fix) return;
		this.#queue = fixes.addFix(this.#queue, fix);
		this.waiting = this.#queue.length;
		this.accuracyM = fix.accuracyM ?? null;
		this.gps = 'ok';
		this.#dirty = true;
	}

	#send() {
		const socket = this.#socket;
		if (this.#inflight || !socket?.connected || this.link !== 'ok' || this.#queue.length === 0) return;
		const chunk = fixes.nextChunk(this.#queue);
		this.#inflight = true;
		socket.timeout(ACK_TIMEOUT_MS).emit('boef:position', { sentAt: Date.now(), fixes: chunk }, (err, ack) => {
			this.#inflight = false;
			// No answer: the same fixes go again next second.
			if (err) return;
			if (ack.ok) {
				this.#drop(chunk);
				this.lastSentAt = Date.now();
			} else if (ack.error.code === 'invalid_payload' || ack.error.code === 'too_late') {
				// Never accepted however often sent (a bad fix, a game that ended): let go.
				this.#drop(chunk);
			}
		});
	}

	#drop(chunk: fixes.Fix[]) {
		this.#queue = fixes.dropSent(this.#queue, chunk);
		this.waiting = this.#queue.length;
		this.#dirty = true;
	}

	#persist() {
		if (!this.#dirty) return;
		this.#dirty = false;
		write(STORAGE_KEY, this.#queue.length > 0 ? fixes.serialiseFixes(this.#queue) : null);
	}

	async #keepAwake() {
		if (!('wakeLock' in navigator)) {
			this.wake = 'unsupported';
			return;
		}
		try {
			const lock = await navigator.wakeLock.request('screen');
			this.#lock = lock;
			this.wake = 'on';
			lock.addEventListener('release', () => {
				if (this.#lock === lock) this.#lock = null;
				this.wake = 'off';
			});
		} catch {
			// Refused (battery saver, page not visible): the hint to keep the screen on stays.
			this.wake = 'off';
		}
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
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
	} catch {
		// A full or blocked storage: the queue still lives in memory.
	}
}
