import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * PGlite on a folder that really reaches the disk (issue 11, item 13).
 *
 * Out of the box PGlite starts PostgreSQL with `-F` (fsync off). Turning fsync on is not enough:
 * PGlite mounts the folder with Emscripten's NODEFS, which writes through to the real files
 * (`fs.writeSync`, so a killed process loses nothing) but has no `fsync` of its own, and its
 * `fdatasync` does nothing. strace shows zero fsync calls reaching the kernel with `fsync=on`.
 * So the folder's NODEFS gets an fsync that calls `fs.fsyncSync`, and the WAL is flushed with
 * `fsync()` (the one that reaches it) instead of the default `fdatasync()`. Then PostgreSQL's own
 * rules hold: a commit returns after its WAL is on disk; a checkpoint flushes the data files
 * before it moves the redo point.
 */

/** The PostgreSQL options PGlite normally starts with, minus `-F`, plus the WAL sync method that reaches the disk. */
export function durableStartParams(): string[] {
	return [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];
}

interface EmscriptenStream {
	nfd: number;
}
interface EmscriptenModule {
	NODEFS: {
		stream_ops: { fsync?: (stream: EmscriptenStream) => number };
		/** Turns a Node fs error into the errno PostgreSQL sees. */
		tryFSOperation<T>(f: () => T): T;
	};
}

/** NodeFS whose files answer fsync with a real fs.fsyncSync on the file's descriptor. */
export class SyncingNodeFS extends NodeFS {
	override async init(...args: Parameters<NodeFS['init']>) {
		const result = await super.init(...args);
		const preRun = (result.emscriptenOpts.preRun ??= []) as ((mod: EmscriptenModule) => void)[];
		preRun.push((mod) => {
			// Emscripten's fd_sync calls stream_ops.fsync when present. A failed fsync reaches
			// PostgreSQL as its errno, and PostgreSQL stops (PANIC) rather than trust the file.
			mod.NODEFS.stream_ops.fsync = (stream) => {
				mod.NODEFS.tryFSOperation(() => fs.fsyncSync(stream.nfd));
				return 0;
			};
		});
		return result;
	}
}

export function durablePgliteOptions(dir: string): PGliteOptions {
	return { fs: new SyncingNodeFS(dir), startParams: durableStartParams() };
}

/**
 * Flushes the folder the first time this app opens it durably: a new cluster (PGlite copies it
 * in without an fsync) or a folder written by an older version with fsync off. A marker beside
 * the folder records that it is done, so later starts (about 1,000 files) skip it. Call it after
 * PGlite is ready; `wasNew` is whether the folder had no cluster before it opened.
 */
export function flushOnce(dir: string, wasNew: boolean): number {
	const marker = `${dir}.flushed`;
	if (!wasNew && fs.existsSync(marker)) return 0;
	const count = flushTree(dir);
	const fd = fs.openSync(marker, 'w');
	try {
		fs.writeSync(fd, `${new Date().toISOString()}\n`);
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
	fsyncPath(path.dirname(marker), true);
	return count;
}

/** Whether `dir` holds no PostgreSQL cluster yet (checked before PGlite opens it). */
export const isNewCluster = (dir: string) => !fs.existsSync(path.join(dir, 'PG_VERSION'));

/** Flushes every file and directory below `dir`; returns how many. */
export function flushTree(dir: string): number {
	const stat = fs.lstatSync(dir);
	let count = 0;
	if (stat.isDirectory()) for (const name of fs.readdirSync(dir)) count += flushTree(path.join(dir, name));
	else if (!stat.isFile()) return 0;
	return count + fsyncPath(dir, stat.isDirectory());
}

/** fsync of one file or directory (a directory's fsync makes its new entries durable). */
function fsyncPath(p: string, isDirectory: boolean): number {
	let fd: number;
	try {
		fd = fs.openSync(p, 'r');
	} catch (err) {
		// Windows cannot open a directory; its entries are flushed with the files there.
		if (isDirectory) return 0;
		throw err;
	}
	try {
		fs.fsyncSync(fd);
		return 1;
	} finally {
		fs.closeSync(fd);
	}
}
