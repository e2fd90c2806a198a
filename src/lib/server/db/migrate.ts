import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { dbHandle } from './index';

/**
 * Applies the committed SQL migrations in `drizzle/`. On PostgreSQL an advisory lock keeps
 * two instances starting together from applying the same migration twice.
 */
export async function migrateDb(migrationsFolder: string): Promise<void> {
	const handle = dbHandle();
	if (handle.kind === 'pglite') {
		const { migrate } = await import('drizzle-orm/pglite/migrator');
		await migrate(handle.db as unknown as PgliteDatabase, { migrationsFolder });
		return;
	}
	const { migrate } = await import('drizzle-orm/postgres-js/migrator');
	await handle.exclusive(() => migrate(handle.db as unknown as PostgresJsDatabase, { migrationsFolder }));
}
