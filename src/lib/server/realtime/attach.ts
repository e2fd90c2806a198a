import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { bridge } from './bridge';
import { isAllowedOrigin } from './origin';

/** Socket payloads above this are refused: socket.io closes the connection. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/**
 * Attaches socket.io to an HTTP server that already has SvelteKit's request handler.
 * engine.io's attach() takes over the existing 'request' listeners and forwards every
 * non-socket request to them, so this must run after SvelteKit's handler is in place.
 * Only relative imports: this module is loaded by vite.config.ts and server.ts.
 */
export function attachRealtime(
	httpServer: HttpServer,
	{
		origins = originsFromEnv(),
		keepOtherUpgrades = false
	}: { origins?: readonly string[]; keepOtherUpgrades?: boolean } = {}
): Server {
	const io = new Server(httpServer, {
		path: '/socket.io',
		// In dev, Vite's HMR WebSocket shares the server: leave upgrades for other paths alone.
		destroyUpgrade: !keepOtherUpgrades,
		serveClient: false,
		maxHttpBufferSize: MAX_PAYLOAD_BYTES,
		allowRequest: (req, callback) => {
			const origin = req.headers.origin;
			callback(null, isAllowedOrigin(origin, req.headers.host, origins));
		}
	});
	const b = bridge();
	b.io = io;
	io.use((socket, next) => {
		// Handlers are registered by SvelteKit's init hook; hold early connections until then.
		b.ready.then(
			() => b.handlers!.authenticate(socket, next),
			(err: Error) => next(err)
		);
	});
	io.on('connection', (socket) => b.handlers!.onConnection(socket));
	return io;
}

/** adapter-node's ORIGIN: the one public origin of the site, when configured. */
function originsFromEnv(): string[] {
	const origin = process.env.ORIGIN?.trim();
	return origin ? [origin] : [];
}
