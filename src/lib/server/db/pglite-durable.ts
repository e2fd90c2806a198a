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
	NODEFS: { stream_ops: { fsync?: (stream: EmscriptenStream) => number } };
}

/** NodeFS whose files answer fsync with a real fs.fsyncSync on the file's descriptor. */
export class SyncingNodeFS extends NodeFS {
	override async init(...args: Parameters<NodeFS['init']>) {
		const result = await super.init(...args);
		const preRun = (result.emscriptenOpts.preRun ??= []) as ((mod: EmscriptenModule) => void)[];
		preRun.push((mod) => {
			// Emscripten's fd_sync calls stream_ops.fsync when present; a thrown error becomes EIO.
			mod.NODEFS.stream_ops.fsync = (stream) => {
				fs.fsyncSync(stream.nfd);
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
 * Flushes every file and directory below `dir` once. Whatever reached the folder without a real
 * fsync (PGlite copies a fresh cluster in without one; older versions of this app ran with
 * fsync off) is then on disk before new commits rely on it. Cheap when nothing is dirty.
 */
export function flushTree(dir: string): number {
	let count = 0;
	const visit = (p: string) => {
		const stat = fs.lstatSync(p);
		if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
		else if (!stat.isFile()) return;
		let fd: number;
		try {
			fd = fs.openSync(p, 'r');
		} catch (err) {
			// Windows cannot open a directory; its entries are flushed with the files there.
			if (stat.isDirectory()) return;
			throw err;
		}
		try {
			fs.fsyncSync(fd);
			count++;
		} finally {
			fs.closeSync(fd);
		}
	};
	visit(dir);
	return count;
}
