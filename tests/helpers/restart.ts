import { afterAll, beforeAll } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';
import { launchServer, type LaunchedServer } from './server';

/**
 * What the kill -9 tests (quiz, Boef in de Wijk, Houd u de boef tegen?) share: the production
 * server as a child process for the whole file, and socket.io clients that reconnect by
 * themselves like the app's (short delays keep the tests quick), all closed at the end.
 */

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ClientOptions {
	cookie?: string;
	auth?: Record<string, string>;
	/** Off for a throwaway client that must not come back after the crash. */
	reconnection?: boolean;
}

export interface RestartHarness {
	/** The running server; available inside tests (set up in beforeAll). */
	readonly server: LaunchedServer;
	client(opts?: ClientOptions): Client;
}

/** Registers beforeAll/afterAll; `beforeDispose` runs after the clients close, before the server goes. */
export function restartHarness(opts: { beforeDispose?: () => Promise<void> } = {}): RestartHarness {
	let server: LaunchedServer | undefined;
	const clients: Client[] = [];

	beforeAll(async () => {
		server = await launchServer();
	});
	afterAll(async () => {
		for (const c of clients) c.close();
		await opts.beforeDispose?.();
		await server?.dispose();
	});

	const harness: RestartHarness = {
		get server() {
			if (!server) throw new Error('the server is not launched yet');
			return server;
		},
		client(o: ClientOptions = {}): Client {
			const socket: Client = io(harness.server.url, {
				transports: ['websocket'],
				forceNew: true,
				reconnection: o.reconnection ?? true,
				reconnectionDelay: 200,
				reconnectionDelayMax: 500,
				auth: o.auth ?? {},
				extraHeaders: o.cookie ? { cookie: o.cookie } : {}
			});
			clients.push(socket);
			return socket;
		}
	};
	return harness;
}

/** Emits an event by name and resolves with its acknowledgement. */
export function emit<T>(socket: Client, event: string, payload: unknown): Promise<Ack<T>> {
	return new Promise((resolve) => (socket.emit as (...a: unknown[]) => void)(event, payload, resolve));
}

/** Resolves once the socket is connected (at once if it already is). */
export function connected(socket: Client): Promise<void> {
	return new Promise((resolve, reject) => {
		if (socket.connected) return resolve();
		socket.once('connect', () => resolve());
		socket.once('connect_error', reject);
	});
}

/** Polls until `check` holds; a restart on a busy machine can take a while. */
export async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 20));
	}
}
