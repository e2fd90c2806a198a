/**
 * Production entry point: one HTTP server for SvelteKit's pages and socket.io, on PORT/HOST.
 * Built into build/server.js by scripts/build-server.js (next to SvelteKit's build/handler.js).
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { attachRealtime } from './src/lib/server/realtime/attach';
import { closeDb } from './src/lib/server/db/index';
import { log } from './src/lib/server/log';

const here = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT ?? 10) * 1000;

/**
 * adapter-node assumes https unless told otherwise, which breaks form actions (CSRF origin
 * check) and cookies when the server is reached directly over http, e.g. on a laptop in a
 * community centre. Without ORIGIN or PROTOCOL_HEADER from the operator, tell it the real
 * protocol of each connection through a header only this process sets.
 */
const OWN_PROTOCOL_HEADER = 'x-duizend-ogen-protocol';
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;

// Importing the handler runs SvelteKit's init hook (database, migrations, socket handlers).
const { handler } = (await import(pathToFileURL(path.join(here, 'handler.js')).href)) as {
	handler: http.RequestListener;
};

const server = http.createServer((req, res) => {
	// Overwrites anything a client sent under this name: the connection itself is the truth.
	if (ownProtocol)
		req.headers[OWN_PROTOCOL_HEADER] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
	handler(req, res);
});
// After SvelteKit's handler, so engine.io forwards non-socket requests to it.
const io = attachRealtime(server);

server.listen(port, host, () => log.info({ port, host }, 'listening'));

let stopping = false;
async function shutdown(signal: string) {
	if (stopping) return;
	stopping = true;
	log.info({ signal }, 'shutting down');
	const force = setTimeout(() => {
		log.warn('shutdown timed out; closing remaining connections');
		server.closeAllConnections();
	}, shutdownTimeoutMs);
	force.unref();
	// Disconnects every socket and stops accepting connections; then closes the HTTP server.
	await new Promise<void>((resolve) => {
		void io.close(() => resolve());
		server.closeIdleConnections();
	});
	await closeDb();
	log.info('stopped');
	process.exit(0);
}

// A bug in one request or socket handler must not take every workshop in progress down with it.
process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
