import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

/**
 * The production server (build/server.js) as a child process for the benchmark. Like
 * tests/helpers/server.ts, but it also tells where its data lives (the PGlite folder or the
 * PostgreSQL database) and its process id, so the benchmark can count the stored rows itself
 * and read the server's CPU time.
 */

export type DbKind = 'pglite' | 'postgres';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

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

/** Whether a PostgreSQL server answers at this URL (quickly: used to decide what to run). */
export async function postgresReachable(url: string): Promise<boolean> {
	const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
	try {
		await sql`select 1`;
		return true;
	} catch {
		return false;
	} finally {
		await sql.end({ timeout: 1 }).catch(() => {});
	}
}

export interface BenchServer {
	kind: DbKind;
	url: string;
	port: number;
	/** The server's folder (PGlite lives in `<dataDir>/pglite`). */
	dataDir: string;
	/** The throwaway PostgreSQL database, when kind is postgres. */
	databaseUrl?: string;
	pid(): number | undefined;
	output(): string;
	start(): Promise<void>;
	stop(signal?: NodeJS.Signals): Promise<number | null>;
	/** Stops the server and removes its folder and database. */
	dispose(): Promise<void>;
}

export async function launchBenchServer(
	kind: DbKind,
	postgresBaseUrl?: string,
	entry = 'build/server.js'
): Promise<BenchServer> {
	const port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizend-ogen-bench-'));
	let databaseUrl: string | undefined;
	let dbName: string | undefined;
	if (kind === 'postgres') {
		if (!postgresBaseUrl) throw new Error('PostgreSQL needs a base URL');
		dbName = `bench_${randomBytes(6).toString('hex')}`;
		const admin = postgres(postgresBaseUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${dbName}`);
		await admin.end();
		const u = new URL(postgresBaseUrl);
		u.pathname = `/${dbName}`;
		databaseUrl = u.toString();
	}
	const url = `http://127.0.0.1:${port}`;
	let child: ChildProcess | undefined;
	let output = '';

	async function start() {
		const env: Record<string, string> = {
			...(process.env as Record<string, string>),
			NODE_ENV: 'production',
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			// Each simulated phone says its own address (phoneAddress), as phones on mobile data have:
			// from one address the server takes joins only at a venue-wifi rate (limits.ts).
			ADDRESS_HEADER: 'x-forwarded-for'
		};
		delete env.DATABASE_URL;
		delete env.ORIGIN;
		if (databaseUrl) env.DATABASE_URL = databaseUrl;
		child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout!.on('data', (d) => (output += d));
		child.stderr!.on('data', (d) => (output += d));
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
			try {
				if ((await fetch(`${url}/healthz`)).ok) return;
			} catch {
				// not listening yet
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error(`server did not become healthy:\n${output}`);
	}

	async function stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
		const c = child;
		if (!c || c.exitCode !== null || c.signalCode !== null) return c?.exitCode ?? null;
		const exited = new Promise<number | null>((resolve) => c.once('exit', (code) => resolve(code)));
		c.kill(signal);
		const force = setTimeout(() => c.kill('SIGKILL'), 15_000);
		const code = await exited;
		clearTimeout(force);
		return code;
	}

	await start();
	return {
		kind,
		url,
		port,
		dataDir,
		databaseUrl,
		pid: () => child?.pid,
		output: () => output,
		start,
		stop,
		async dispose() {
			await stop('SIGKILL');
			fs.rmSync(dataDir, { recursive: true, force: true });
			if (dbName && postgresBaseUrl) {
				const admin = postgres(postgresBaseUrl, { max: 1, onnotice: () => {} });
				await admin.unsafe(`drop database if exists ${dbName} with (force)`).catch(() => {});
				await admin.end();
			}
		}
	};
}

/** CPU time (user + system) a process has used so far, in ms; undefined where /proc is missing. */
export function cpuTimeMs(pid: number | undefined): number | undefined {
	if (!pid) return undefined;
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may hold spaces) start at ") ".
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const ticks = Number(fields[11]) + Number(fields[12]);
		return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
	} catch {
		return undefined;
	}
}
