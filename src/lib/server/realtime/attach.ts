import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { Server } from 'socket.io';
import { bridge } from './bridge';
import { isAllowedOrigin, type HandshakeTarget } from './origin';

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
			callback(null, isAllowedOrigin(req.headers.origin, handshakeTarget(req), origins));
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

/**
 * The host and scheme a handshake came to, read the way adapter-node reads them for pages
 * (HOST_HEADER and PROTOCOL_HEADER name a reverse proxy's headers), so that without ORIGIN a
 * socket is accepted exactly when a form post from the same page would be.
 */
function handshakeTarget(req: IncomingMessage): HandshakeTarget {
	const header = (name: string | undefined) => {
		const value = name ? req.headers[name.toLowerCase()] : undefined;
		return (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim() || undefined;
	};
	const forwarded = header(process.env.PROTOCOL_HEADER);
	const encrypted = (req.socket as Partial<TLSSocket>).encrypted === true;
	return {
		host: header(process.env.HOST_HEADER) ?? req.headers.host,
		protocol: forwarded === 'https' || (!forwarded && encrypted) ? 'https' : 'http'
	};
}
