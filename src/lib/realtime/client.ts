import { io, type Socket } from 'socket.io-client';
import { page } from '$app/state';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from './events';

export type AppClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type LiveState = 'connecting' | 'connected' | 'offline' | 'ended';

/** How long after a refused handshake the client tries again, ms. */
const HANDSHAKE_RETRY_MS = 3000;

export interface ConnectOptions {
	participantToken?: string;
	/** The boef page's link token. */
	boefToken?: string;
	/** A household's personal link token (Houd u de boef tegen?). */
	residentToken?: string;
	onState?: (state: LiveState) => void;
	onSocket?: (socket: AppClientSocket) => void;
}

/**
 * Opens the socket to the same origin (cookies ride along for logged-in users) and reports
 * its state. socket.io reconnects by itself; 'ended' means the server closed the login session,
 * after which reconnecting is pointless. Returns a function that closes the socket.
 */
export function connect(options: ConnectOptions = {}): () => void {
	const auth: HandshakeAuth = { locale: page.data.locale === 'en' ? 'en' : 'nl' };
	if (options.participantToken) auth.participantToken = options.participantToken;
	if (options.boefToken) auth.boefToken = options.boefToken;
	if (options.residentToken) auth.residentToken = options.residentToken;
	const socket: AppClientSocket = io({ path: '/socket.io', auth, transports: ['websocket', 'polling'] });
	let ended = false;
	const report = (s: LiveState) => options.onState?.(ended ? 'ended' : s);
	socket.on('connect', () => report('connected'));
	socket.on('disconnect', () => report('offline'));
	socket.io.on('reconnect_attempt', () => report('connecting'));
	socket.on('auth:ended', () => {
		ended = true;
		report('ended');
		socket.close();
	});
	let closed = false;
	socket.on('connect_error', () => {
		// socket.io gives up after a handshake the server refused (its database was away, say);
		// keep trying, so a phone comes back on its own and sends what it kept.
		if (socket.active || ended || closed) return;
		report('offline');
		setTimeout(() => {
			if (!ended && !closed) socket.connect();
		}, HANDSHAKE_RETRY_MS);
	});
	options.onSocket?.(socket);
	return () => {
		closed = true;
		socket.close();
	};
}
