import net from 'node:net';

/**
 * A TCP proxy on a random local port in front of PostgreSQL, which a test can cut and restore:
 * to the app behind it the database simply disappears (connections drop, new ones are refused)
 * and comes back, as when PostgreSQL restarts or the network to it fails.
 */
export async function tcpProxy(target: { host: string; port: number }) {
	const sockets = new Set<net.Socket>();
	let server: net.Server | undefined;
	let port = 0;

	async function listen(): Promise<void> {
		server = net.createServer((client) => {
			const upstream = net.connect(target.port, target.host);
			for (const s of [client, upstream]) {
				sockets.add(s);
				s.on('close', () => sockets.delete(s));
				s.on('error', () => {});
			}
			client.pipe(upstream).pipe(client);
			client.on('close', () => upstream.destroy());
			upstream.on('close', () => client.destroy());
		});
		await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
		port = (server.address() as net.AddressInfo).port;
	}

	await listen();
	return {
		get port() {
			return port;
		},
		/** Drops every connection and refuses new ones. */
		async cut(): Promise<void> {
			const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
			for (const s of sockets) s.destroy();
			await closed;
		},
		/** Accepts connections again on the same port. */
		restore: listen,
		close(): Promise<void> {
			for (const s of sockets) s.destroy();
			return new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve()));
		}
	};
}
