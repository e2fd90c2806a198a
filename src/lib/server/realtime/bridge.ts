import type { Server, Socket } from 'socket.io';

/**
 * Where the socket server (made by server.ts or the Vite plugin, outside SvelteKit's module
 * graph) meets the handlers (registered in SvelteKit's `init` hook, inside it, so they share
 * its single database client). Kept on globalThis under a registered symbol because the two
 * sides are loaded by different module loaders. Only relative imports here.
 */
export interface RealtimeHandlers {
	/** socket.io middleware: resolves the connection's identity or refuses it. */
	authenticate(socket: Socket, next: (err?: Error) => void): void;
	onConnection(socket: Socket): void;
}

export interface RealtimeBridge {
	io?: Server;
	handlers?: RealtimeHandlers;
	/** Resolves once handlers are registered; connections arriving earlier wait for it. */
	ready: Promise<void>;
	markReady(): void;
}

const KEY = Symbol.for('duizend-ogen.realtime');
type Holder = { [KEY]?: RealtimeBridge };

export function bridge(): RealtimeBridge {
	const holder = globalThis as Holder;
	if (!holder[KEY]) {
		let markReady!: () => void;
		const ready = new Promise<void>((resolve) => (markReady = resolve));
		holder[KEY] = { ready, markReady };
	}
	return holder[KEY];
}

/** Registers (or, after a dev reload, replaces) the handlers. */
export function registerHandlers(handlers: RealtimeHandlers): void {
	const b = bridge();
	b.handlers = handlers;
	b.markReady();
}
