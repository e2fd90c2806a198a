import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connectClient, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';
import { attachRealtime } from '$lib/server/realtime/attach';
import { wireRealtime } from '$lib/server/realtime/wire';
import { openTestDatabase } from './db';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The real socket stack in this process: a fresh database, the migrations, the handlers the
 * app registers, and socket.io attached to an HTTP server on a random port. Tests use the
 * services directly to create accounts and participants, and real socket.io clients to talk.
 */
export async function startRealtimeServer() {
	const database = await openTestDatabase();
	wireRealtime();
	const server = http.createServer((_req, res) => {
		res.statusCode = 404;
		res.end();
	});
	const io = attachRealtime(server, { origins: [] });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const url = `http://127.0.0.1:${port}`;
	const clients: TestClient[] = [];

	return {
		url,
		port,
		/** A real socket.io client; not connected until awaited with `connected()`. */
		client(opts: { auth?: Record<string, unknown>; headers?: Record<string, string> } = {}): TestClient {
			const socket: TestClient = connectClient(url, {
				path: '/socket.io',
				transports: ['websocket'],
				reconnection: false,
				forceNew: true,
				auth: opts.auth ?? {},
				extraHeaders: opts.headers ?? {}
			});
			clients.push(socket);
			return socket;
		},
		async stop() {
			for (const c of clients) c.close();
			await new Promise<void>((resolve) => void io.close(() => resolve()));
			await database.close();
		}
	};
}

export function connected(socket: TestClient): Promise<void> {
	return new Promise((resolve, reject) => {
		socket.once('connect', () => resolve());
		socket.once('connect_error', reject);
	});
}

export function refused(socket: TestClient): Promise<Error> {
	return new Promise((resolve, reject) => {
		socket.once('connect', () => reject(new Error('connection was accepted')));
		socket.once('connect_error', resolve);
	});
}

export function disconnected(socket: TestClient): Promise<string> {
	return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}
