import { randomBytes } from 'node:crypto';
import path from 'node:path';
import postgres from 'postgres';

export interface TestDatabase {
	/** For an in-process initDb(): undefined databaseUrl means an in-memory PGlite. */
	databaseUrl?: string;
	/** Removes the database again (PostgreSQL only). */
	drop(): Promise<void>;
}

/**
 * A clean, throwaway database per test file. With DATABASE_URL set (CI's PostgreSQL run) a new
 * database is created next to the given one; otherwise PGlite in memory.
 */
export async function freshDatabase(prefix = 'it'): Promise<TestDatabase> {
	const base = process.env.DATABASE_URL;
	if (!base) return { drop: async () => {} };
	const name = `${prefix}_${randomBytes(6).toString('hex')}`;
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	return {
		databaseUrl: url.toString(),
		async drop() {
			const sql = postgres(base, { max: 1, onnotice: () => {} });
			await sql.unsafe(`drop database if exists ${name} with (force)`);
			await sql.end();
		}
	};
}

/** A fresh database opened as the process's database, migrated; `close` ends and drops it. */
export async function openTestDatabase(): Promise<{ close(): Promise<void> }> {
	const { closeDb, initDb } = await import('$lib/server/db');
	const { migrateDb } = await import('$lib/server/db/migrate');
	const database = await freshDatabase();
	await initDb({ databaseUrl: database.databaseUrl });
	await migrateDb(path.resolve('drizzle'));
	return {
		async close() {
			await closeDb();
			await database.drop();
		}
	};
}
