import type { Server as HttpServer } from 'node:http';
import type { Plugin } from 'vite';
import { attachRealtime } from './attach';

/**
 * Serves socket.io from `vite dev` and `vite preview` on the same port as the app, as
 * server.ts does in production. List it before sveltekit() in vite.config.ts.
 */
export function realtime(): Plugin {
	return {
		name: 'duizend-ogen-realtime',
		configureServer(server) {
			const http = server.httpServer as HttpServer | null;
			if (!http) return; // middleware mode: the embedding server attaches socket.io itself
			attachRealtime(http, { keepOtherUpgrades: true });
			// SvelteKit runs its init hook (which registers the socket handlers) on the first
			// request in dev; make one so early socket connections are not kept waiting.
			http.once('listening', () => {
				const address = http.address();
				if (address && typeof address === 'object')
					fetch(`http://localhost:${address.port}/healthz`).catch(() => {});
			});
		},
		configurePreviewServer(server) {
			attachRealtime(server.httpServer as HttpServer);
		}
	};
}
