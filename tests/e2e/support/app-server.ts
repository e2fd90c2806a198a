/**
 * Starts the built production server (`node build/server.js`) for end-to-end tests: a free port,
 * fresh storage per launch, wait for /healthz, stop with SIGTERM and start again on the same
 * data. Storage is a temporary PGlite folder, or, when DATABASE_URL is set, a fresh PostgreSQL
 * database created next to the one DATABASE_URL names (dropped again by dispose()).
 *
 * Deliberately free of Playwright imports so a script or another runner can reuse it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ENTRY = path.join(ROOT, 'build', 'server.js');
/** Loopback only; the browser reaches it as http://localhost:PORT. */
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;
const MAX_LOG_LINES = 2_000;

/** Where one server's data lives; survives stop/start, removed by dispose(). */
interface Storage {
	readonly description: string;
	readonly env: Record<string, string>;
	dispose(): Promise<void>;
}

async function pgliteStorage(): Promise<Storage> {
	const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'duizend-ogen-e2e-'));
	return {
		description: `PGlite in ${dir}`,
		env: { DATA_DIR: dir },
		dispose: () => fs.promises.rm(dir, { recursive: true, force: true })
	};
}

/** Runs fn on a short-lived admin connection to the server DATABASE_URL points at. */
async function withAdmin<T>(adminUrl: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
	const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
	try {
		return await fn(sql);
	} finally {
		await sql.end({ timeout: 5 });
	}
}

async function postgresStorage(adminUrl: string): Promise<Storage> {
	// Letters and digits only, so the quoted identifier below cannot be abused.
	const name = `e2e_${randomBytes(6).toString('hex')}`;
	await withAdmin(adminUrl, (sql) => sql.unsafe(`CREATE DATABASE "${name}"`));
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		description: `PostgreSQL database ${name}`,
		env: { DATABASE_URL: url.toString() },
		dispose: async () => {
			await withAdmin(adminUrl, (sql) => sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
		}
	};
}

/** Asks the OS for a port nobody listens on right now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, HOST, () => {
			const address = probe.address();
			probe.close(() => {
				if (address && typeof address === 'object') resolve(address.port);
				else reject(new Error('Could not determine a free port'));
			});
		});
	});
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Servers still running, so a crashing test run does not leave orphans behind. */
const live = new Set<AppServer>();
process.once('exit', () => {
	for (const server of live) server.kill();
});

export interface LaunchOptions {
	/** Extra environment for the server process (e.g. SESSION_IDLE_MINUTES). */
	env?: Record<string, string>;
	/** PostgreSQL to create the test database in; defaults to process.env.DATABASE_URL. */
	databaseUrl?: string;
	/** Print the server's output to this process's stderr as it comes (or set E2E_SERVER_LOG=1). */
	echo?: boolean;
}

export class AppServer {
	readonly port: number;
	/** http://localhost:PORT: session cookies are only non-Secure on loopback host names. */
	readonly baseURL: string;
	readonly storage: Storage;
	private extraEnv: Record<string, string>;
	private readonly echo: boolean;
	private child: ChildProcess | null = null;
	private exited: Promise<number | null> | null = null;
	private readonly lines: string[] = [];
	private disposed = false;

	private constructor(port: number, storage: Storage, options: LaunchOptions) {
		this.port = port;
		this.baseURL = `http://localhost:${port}`;
		this.storage = storage;
		this.extraEnv = options.env ?? {};
		this.echo = options.echo ?? process.env.E2E_SERVER_LOG === '1';
	}

	/** Fresh storage, a free port, and a running, healthy server. */
	static async launch(options: LaunchOptions = {}): Promise<AppServer> {
		if (!fs.existsSync(ENTRY)) {
			throw new Error(`${ENTRY} is missing: run \`npm run build\` first (npm run test:e2e does).`);
		}
		const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
		const storage = databaseUrl ? await postgresStorage(databaseUrl) : await pgliteStorage();
		const server = new AppServer(await freePort(), storage, options);
		try {
			await server.start();
		} catch (err) {
			await server.dispose();
			throw err;
		}
		return server;
	}

	get running(): boolean {
		return this.child !== null;
	}

	url(pathname = '/'): string {
		return new URL(pathname, this.baseURL).toString();
	}

	/** The server's output so far (JSON log lines), newest last. */
	logs(): string {
		return this.lines.join('\n');
	}

	/** Starts the server on the same port and storage; resolves once /healthz answers ok. */
	async start(): Promise<void> {
		if (this.disposed) throw new Error('This server was disposed');
		if (this.child) throw new Error('The server is already running');
		this.note(`--- starting on port ${this.port} with ${this.storage.description}`);
		const env: NodeJS.ProcessEnv = { ...process.env };
		// The parent's database settings must not leak into the child; storage decides.
		delete env.DATABASE_URL;
		delete env.DATA_DIR;
		delete env.DEMO;
		Object.assign(env, {
			NODE_ENV: 'production',
			PORT: String(this.port),
			HOST,
			// As a deployment would: the one public origin (also what socket.io handshakes must match).
			ORIGIN: this.baseURL,
			LOG_LEVEL: 'info',
			SHUTDOWN_TIMEOUT: '5',
			...this.storage.env,
			...this.extraEnv
		});
		const child = spawn(process.execPath, [ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		this.child = child;
		live.add(this);
		this.exited = new Promise((resolve) => {
			child.once('exit', (code, signal) => {
				this.note(`--- exited with ${signal ?? `code ${code}`}`);
				if (this.child === child) this.child = null;
				live.delete(this);
				resolve(code);
			});
		});
		for (const stream of [child.stdout, child.stderr]) {
			stream?.setEncoding('utf8');
			let partial = '';
			stream?.on('data', (chunk: string) => {
				const parts = (partial + chunk).split('\n');
				partial = parts.pop() ?? '';
				for (const line of parts) this.note(line);
			});
		}
		await this.waitHealthy(child);
	}

	/** SIGTERM, then waits for the process to exit; returns its exit code (0 = clean shutdown). */
	async stop(): Promise<number | null> {
		const child = this.child;
		const exited = this.exited;
		if (!child || !exited) return null;
		child.kill('SIGTERM');
		const timer = setTimeout(() => {
			this.note(`--- no exit ${STOP_TIMEOUT_MS} ms after SIGTERM; sending SIGKILL`);
			child.kill('SIGKILL');
		}, STOP_TIMEOUT_MS);
		try {
			return await exited;
		} finally {
			clearTimeout(timer);
		}
	}

	/** Stops and starts again on the same storage, optionally with changed environment. */
	async restart(env: Record<string, string> = {}): Promise<void> {
		await this.stop();
		this.extraEnv = { ...this.extraEnv, ...env };
		await this.start();
	}

	/**
	 * Runs read-only queries against the server's database from the test. PGlite is one
	 * process's folder, so the server must be stopped for that; PostgreSQL is queried live.
	 */
	async inspect<T>(
		fn: (query: (text: string) => Promise<Record<string, unknown>[]>) => Promise<T>
	): Promise<T> {
		const url = this.storage.env.DATABASE_URL;
		if (url) {
			const sql = postgres(url, { max: 1, onnotice: () => {} });
			try {
				return await fn(async (text) => [...(await sql.unsafe(text))] as Record<string, unknown>[]);
			} finally {
				await sql.end({ timeout: 5 });
			}
		}
		if (this.child) throw new Error('Stop the server before inspecting its PGlite folder');
		const { PGlite } = await import('@electric-sql/pglite');
		const client = new PGlite(path.join(this.storage.env.DATA_DIR!, 'pglite'));
		try {
			return await fn(async (text) => (await client.query<Record<string, unknown>>(text)).rows);
		} finally {
			await client.close();
		}
	}

	/** Stops the server and removes its storage. Safe to call twice. */
	async dispose(): Promise<void> {
		if (this.disposed) return;
		await this.stop();
		this.disposed = true;
		await this.storage.dispose();
	}

	/** Immediate, synchronous kill for process exit. */
	kill(): void {
		this.child?.kill('SIGKILL');
	}

	private note(line: string): void {
		if (this.echo) process.stderr.write(`[server:${this.port}] ${line}\n`);
		this.lines.push(line);
		if (this.lines.length > MAX_LOG_LINES) this.lines.splice(0, this.lines.length - MAX_LOG_LINES);
	}

	private async waitHealthy(child: ChildProcess): Promise<void> {
		const deadline = Date.now() + START_TIMEOUT_MS;
		const health = `http://${HOST}:${this.port}/healthz`;
		while (Date.now() < deadline) {
			if (this.child !== child) {
				throw new Error(`The server exited during start-up. Output:\n${this.logs()}`);
			}
			try {
				const res = await fetch(health, { signal: AbortSignal.timeout(2_000) });
				if (res.ok) {
					const body = (await res.json()) as { status?: string };
					if (body.status === 'ok') return;
				}
			} catch {
				// Not listening yet.
			}
			await sleep(100);
		}
		child.kill('SIGKILL');
		throw new Error(
			`The server did not become healthy within ${START_TIMEOUT_MS} ms. Output:\n${this.logs()}`
		);
	}
}

/** Every server currently running in this process (for attaching logs to failed tests). */
export function liveServers(): AppServer[] {
	return [...live];
}
