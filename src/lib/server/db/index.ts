import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { log } from '../log';
import { acquireDataLock } from './data-lock';
import { durablePgliteOptions, flushOnce, isNewCluster } from './pglite-durable';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

interface DbHandle {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** Runs fn while holding an exclusive lock that spans every instance on the same database. */
	exclusive<T>(fn: () => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

/**
 * Exactly one database client per process. PGlite is single-connection and a second instance
 * on the same folder would corrupt it, so the handle lives on globalThis: module reloads in
 * `vite dev` and the test harness find the same client instead of opening another.
 */
const KEY = Symbol.for('duizend-ogen.db');
type Holder = { [KEY]?: Promise<DbHandle> };
const holder = globalThis as Holder;

export interface DbOptions {
	databaseUrl?: string;
	/** Folder for PGlite; undefined means in memory (tests). */
	dataDir?: string;
}

export function openDb(options: DbOptions): Promise<DbHandle> {
	holder[KEY] ??= create(options);
	return holder[KEY];
}

async function create({ databaseUrl, dataDir }: DbOptions): Promise<DbHandle> {
	if (databaseUrl) {
		const { default: postgres } = await import('postgres');
		const { drizzle } = await import('drizzle-orm/postgres-js');
		const client = postgres(databaseUrl, { max: 10, onnotice: () => {} });
		return {
			db: drizzle(client, { schema }) as unknown as Db,
			kind: 'postgres',
			async exclusive(fn) {
				// A session-level advisory lock must be taken and released on the same connection.
				const conn = await client.reserve();
				try {
					await conn`select pg_advisory_lock(724031)`;
					return await fn();
				} finally {
					await conn`select pg_advisory_unlock(724031)`;
					conn.release();
				}
			},
			close: () => client.end({ timeout: 5 })
		};
	}
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	if (!dataDir) {
		const client = new PGlite();
		await client.waitReady;
		return pgliteHandle(drizzle(client, { schema }) as unknown as Db, () => client.close());
	}
	const dir = path.join(dataDir, 'pglite');
	// Before PGlite touches the folder: a second process on it would destroy it (DataLockError).
	const lock = acquireDataLock(dir, {
		onStale: (previous, reason) =>
			log.warn({ folder: dir, previousPid: previous?.pid, reason }, 'took over a stale database lock')
	});
	try {
		fs.mkdirSync(dir, { recursive: true });
		const wasNew = isNewCluster(dir);
		const client = new PGlite(durablePgliteOptions(dir));
		await client.waitReady;
		flushOnce(dir, wasNew);
		return pgliteHandle(drizzle(client, { schema }) as unknown as Db, async () => {
			try {
				await client.close();
			} finally {
				lock.release();
			}
		});
	} catch (err) {
		lock.release();
		throw err;
	}
}

function pgliteHandle(db: Db, close: () => Promise<void>): DbHandle {
	// One process owns the database (the folder lock makes sure), so there is nobody to exclude.
	return { db, kind: 'pglite', exclusive: (fn) => fn(), close };
}

export async function closeDb(): Promise<void> {
	const pending = holder[KEY];
	delete holder[KEY];
	if (pending) await (await pending).close();
}

let current: DbHandle | undefined;

/** Called once at start-up (hooks.server.ts init) and by tests. */
export async function initDb(options: DbOptions): Promise<DbHandle> {
	current = await openDb(options);
	return current;
}

/** The process's database. Throws when called before initDb, which is a programming error. */
export function db(): Db {
	if (!current) throw new Error('Database used before initDb()');
	return current.db;
}

export function dbHandle(): DbHandle {
	if (!current) throw new Error('Database used before initDb()');
	return current;
}

export { schema };
