import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase, type TestDatabase } from './db';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
		srv.on('error', reject);
	});
}

/**
 * The production server (build/server.js) as a child process on a random port, with its own
 * database: a temporary PGlite folder, or a throwaway PostgreSQL database when DATABASE_URL
 * is set. It can be stopped and started again on the same data.
 */
export async function launchServer(
	/** Extra environment; a function gets the server's URL first (e.g. for ORIGIN). */
	extraEnv: Record<string, string> | ((url: string) => Record<string, string>) = {},
	opts: {
		/** Another server's data folder, for the folder-lock test. */
		dataDir?: string;
		/** Rewrites the PostgreSQL URL the server gets, e.g. to go through a proxy a test can cut. */
		databaseUrl?: (url: string) => string;
		/** false: not started yet, so a test can seed the empty database in-process, then start(). */
		started?: boolean;
	} = {}
) {
	const port = await freePort();
	const database: TestDatabase = await freshDatabase('srv');
	// A given folder (another server's, for the folder-lock test) is its owner's to remove.
	const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'duizend-ogen-'));
	const url = `http://localhost:${port}`;
	const env = typeof extraEnv === 'function' ? extraEnv(url) : extraEnv;
	let child: ChildProcess | undefined;
	let output = '';

	async function start() {
		const childEnv: Record<string, string> = {
			...(process.env as Record<string, string>),
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			...env
		};
		delete childEnv.DATABASE_URL;
		if (database.databaseUrl)
			childEnv.DATABASE_URL = opts.databaseUrl?.(database.databaseUrl) ?? database.databaseUrl;
		child = spawn(process.execPath, ['build/server.js'], {
			env: childEnv,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout!.on('data', (d) => (output += d));
		child.stderr!.on('data', (d) => (output += d));
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			if (child.exitCode !== null)
				throw new Error(`server exited early (code ${child.exitCode}):\n${output}`);
			try {
				if ((await fetch(`${url}/healthz`)).ok) return;
			} catch {
				// not listening yet
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error(`server did not become healthy:\n${output}`);
	}

	/** Sends a signal and resolves with the exit code and how long the exit took. */
	async function stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; ms: number }> {
		const c = child;
		if (!c || c.exitCode !== null) return { code: c?.exitCode ?? null, ms: 0 };
		const started = Date.now();
		const exited = new Promise<number | null>((resolve) => c.once('exit', (code) => resolve(code)));
		c.kill(signal);
		return { code: await exited, ms: Date.now() - started };
	}

	if (opts.started !== false) await start();
	return {
		url,
		port,
		/** Where its data lives, for a test that seeds it in-process while the server is stopped. */
		dataDir,
		databaseUrl: database.databaseUrl,
		pid: () => child?.pid,
		start,
		stop,
		output: () => output,
		async dispose() {
			await stop('SIGKILL');
			await database.drop();
			if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

export type LaunchedServer = Awaited<ReturnType<typeof launchServer>>;

/** Posts a form to a SvelteKit action the way a browser on the same origin does. */
export function postForm(
	server: LaunchedServer,
	pathname: string,
	fields: Record<string, string>,
	cookie?: string
) {
	return fetch(`${server.url}${pathname}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields)
	});
}

/**
 * A request with headers fetch() will not send as given (Host), straight over node:http. The
 * connection goes to the server's port whatever the Host says.
 */
export function rawRequest(
	server: LaunchedServer,
	pathname: string,
	opts: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
	return new Promise((resolve, reject) => {
		const req = http.request(
			{
				host: '127.0.0.1',
				port: server.port,
				path: pathname,
				method: opts.method ?? 'GET',
				headers: { host: new URL(server.url).host, ...opts.headers }
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (d: string) => (body += d));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
			}
		);
		req.on('error', reject);
		req.end(opts.body);
	});
}
