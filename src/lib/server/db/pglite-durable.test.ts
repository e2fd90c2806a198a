import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDb, db, initDb } from './index';
import { flushOnce, flushTree } from './pglite-durable';

/** The app's own PGlite client on a folder, as the production server opens it. */
let dataDir: string;
beforeAll(async () => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-durable-'));
	await initDb({ dataDir });
}, 60_000);
afterAll(async () => {
	await closeDb();
	fs.rmSync(dataDir, { recursive: true, force: true });
});

const show = async (name: 'fsync' | 'wal_sync_method') =>
	((await db().execute(sql.raw(`show ${name}`))) as unknown as { rows: Record<string, string>[] }).rows[0]![
		name
	];

describe('the embedded database on a folder', () => {
	it('runs with fsync on, and flushes the WAL with fsync()', async () => {
		expect(await show('fsync')).toBe('on');
		expect(await show('wal_sync_method')).toBe('fsync');
	});

	it('reaches the disk: a commit calls fs.fsyncSync before it returns', async () => {
		await db().execute(sql`create table if not exists durability_probe (id int primary key)`);
		const spy = vi.spyOn(fs, 'fsyncSync');
		try {
			await db().execute(sql`insert into durability_probe values (1)`);
			expect(spy).toHaveBeenCalled();
			spy.mockClear();
			// A read-only statement writes no WAL and so waits for no disk.
			await db().execute(sql`select count(*) from durability_probe`);
			expect(spy).not.toHaveBeenCalled();
		} finally {
			spy.mockRestore();
		}
	});

	it('holds the folder lock while open (the folder flushed once), and releases the lock on close', async () => {
		const lockFile = path.join(dataDir, 'pglite.lock');
		expect(fs.existsSync(lockFile)).toBe(true);
		expect(fs.existsSync(path.join(dataDir, 'pglite.flushed'))).toBe(true);
		await closeDb();
		expect(fs.existsSync(lockFile)).toBe(false);
	});
});

describe('flushOnce', () => {
	it('flushes a folder the first time and for a new cluster, then leaves a marker that skips it', () => {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'flush-once-'));
		const dir = path.join(root, 'pglite');
		try {
			fs.mkdirSync(dir);
			fs.writeFileSync(path.join(dir, 'PG_VERSION'), '17');
			expect(flushOnce(dir, false)).toBe(2);
			expect(fs.existsSync(`${dir}.flushed`)).toBe(true);
			expect(flushOnce(dir, false)).toBe(0);
			expect(flushOnce(dir, true)).toBe(2);
		} finally {
			fs.rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('flushTree', () => {
	it('flushes every file and directory below a folder', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flush-tree-'));
		try {
			fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
			fs.writeFileSync(path.join(dir, 'a', 'b', 'f'), 'x');
			fs.writeFileSync(path.join(dir, 'g'), 'y');
			expect(flushTree(dir)).toBe(5);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
