import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * An exclusive lock on the embedded database's folder. PGlite has no lock of its own: a second
 * process on the same folder serves happily and the folder is destroyed once both have written
 * (issue 11, item 12). The lock is a file beside the folder, created atomically (`wx`), holding
 * who owns it. A lock whose owner is gone (a crash, kill -9, a power cut) is stale and is taken
 * over, so a restart never needs a human to delete it.
 */

export interface LockOwner {
	pid: number;
	hostname: string;
	/** ISO time the lock was taken, for the operator. */
	startedAt: string;
	/** Linux boot id: a pid from an earlier boot is somebody else now. */
	bootId?: string;
	/** Linux start time of the process (clock ticks since boot, /proc/<pid>/stat field 22): catches pid reuse. */
	processStart?: string;
	/** Random per lock, so release never removes somebody else's lock. */
	token: string;
}

/** What the lock needs from the machine; replaced in unit tests. */
export interface LockHost {
	pid: number;
	hostname: string;
	now(): Date;
	bootId(): string | undefined;
	processStart(pid: number): string | undefined;
	/** false only when the process certainly does not exist (ESRCH). */
	isAlive(pid: number): boolean;
}

export const systemHost: LockHost = {
	pid: process.pid,
	hostname: os.hostname(),
	now: () => new Date(),
	bootId: () => readTrimmed('/proc/sys/kernel/random/boot_id'),
	processStart: (pid) => procStat(pid)?.[19],
	isAlive(pid) {
		try {
			process.kill(pid, 0);
		} catch (err) {
			// EPERM: it exists but belongs to another user, which still holds the folder.
			return (err as NodeJS.ErrnoException).code !== 'ESRCH';
		}
		// A killed process nobody has reaped yet (a zombie) still answers kill(pid, 0).
		return procStat(pid)?.[0] !== 'Z';
	}
};

/** Fields 3 and on of /proc/<pid>/stat (Linux); the command name before them may hold spaces. */
function procStat(pid: number): string[] | undefined {
	const stat = readTrimmed(`/proc/${pid}/stat`);
	return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function readTrimmed(file: string): string | undefined {
	try {
		return fs.readFileSync(file, 'utf8').trim();
	} catch {
		return undefined;
	}
}

/** A lock file this young without readable content is being written by a starting process. */
const UNREADABLE_GRACE_MS = 10_000;

export class DataLockError extends Error {
	constructor(
		readonly lockFile: string,
		readonly folder: string,
		readonly owner: LockOwner | undefined
	) {
		const who = owner
			? `process ${owner.pid} on ${owner.hostname}, since ${owner.startedAt}`
			: 'a process that is starting right now';
		super(
			`The database folder ${folder} is in use by another Duizend Ogen process (${who}). ` +
				'Two processes on one folder destroy it, so this one does not start. Stop the other process first ' +
				`(or use another DATA_DIR). If you are sure it no longer runs, delete ${lockFile}.`
		);
		this.name = 'DataLockError';
	}
}

export interface DataLock {
	readonly file: string;
	/** Removes the lock if it is still ours. Safe to call twice. */
	release(): void;
}

export interface AcquireOptions {
	host?: LockHost;
	/** Told when a stale lock is taken over (the operator should know a crash happened). */
	onStale?: (previous: LockOwner | undefined, reason: string) => void;
}

/** Lock files this process holds (by pid and file), so taking one twice is caught as the programming error it is. */
const ours = new Set<string>();

type Verdict = { held: true } | { held: false; reason: string };

/** Whether the recorded owner still holds the folder. */
function judge(owner: LockOwner | undefined, ageMs: number, host: LockHost): Verdict {
	if (!owner)
		return ageMs < UNREADABLE_GRACE_MS ? { held: true } : { held: false, reason: 'unreadable lock file' };
	// Another machine (a shared folder): its processes cannot be checked from here.
	if (owner.hostname !== host.hostname) return { held: true };
	// Not this very process (it would be in `ours`): an earlier one that had the same pid, as pid 1 in a container.
	if (owner.pid === host.pid) return { held: false, reason: `process id ${owner.pid} is now this process` };
	const bootId = host.bootId();
	if (owner.bootId && bootId && owner.bootId !== bootId)
		return { held: false, reason: 'the machine has restarted since' };
	if (!host.isAlive(owner.pid)) return { held: false, reason: `process ${owner.pid} no longer runs` };
	const start = host.processStart(owner.pid);
	if (owner.processStart && start && owner.processStart !== start)
		return { held: false, reason: `process id ${owner.pid} now belongs to another process` };
	return { held: true };
}

function parse(text: string): LockOwner | undefined {
	try {
		const o = JSON.parse(text) as Partial<LockOwner>;
		return typeof o.pid === 'number' && typeof o.hostname === 'string' && typeof o.token === 'string'
			? (o as LockOwner)
			: undefined;
	} catch {
		return undefined;
	}
}

function read(file: string): { text: string; owner: LockOwner | undefined; mtimeMs: number } | undefined {
	try {
		const text = fs.readFileSync(file, 'utf8');
		return { text, owner: parse(text), mtimeMs: fs.statSync(file).mtimeMs };
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw err;
	}
}

/** Creates the lock file if nobody has one; false when it exists. */
function create(file: string, owner: LockOwner): boolean {
	let fd: number;
	try {
		fd = fs.openSync(file, 'wx', 0o644);
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw err;
	}
	try {
		fs.writeSync(fd, `${JSON.stringify(owner)}\n`);
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
	return true;
}

/**
 * Moves a stale lock out of the way, unless it changed since it was judged: two processes that
 * both found it stale must not both win. The rename is atomic; whoever renamed a fresh lock
 * (another taker's) puts it back.
 */
function removeStale(file: string, judgedText: string): void {
	const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
	try {
		fs.renameSync(file, aside);
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw err;
	}
	if (fs.readFileSync(aside, 'utf8') !== judgedText) {
		try {
			fs.linkSync(aside, file);
		} catch {
			// Somebody else holds the folder meanwhile; the next round finds them.
		}
	}
	fs.rmSync(aside, { force: true });
}

/**
 * Takes the lock on `folder` (the lock file is `<folder>.lock`, beside it, so it never becomes
 * part of the database). Throws DataLockError when a live process holds it.
 */
export function acquireDataLock(folder: string, options: AcquireOptions = {}): DataLock {
	const host = options.host ?? systemHost;
	const file = `${path.resolve(folder)}.lock`;
	const owner: LockOwner = {
		pid: host.pid,
		hostname: host.hostname,
		startedAt: host.now().toISOString(),
		bootId: host.bootId(),
		processStart: host.processStart(host.pid),
		token: randomBytes(16).toString('hex')
	};
	if (ours.has(`${host.pid}:${file}`)) throw new Error(`${file} is already held by this process`);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	// A few rounds: each lost race re-reads the file and judges its new owner.
	for (let round = 0; round < 5; round++) {
		if (create(file, owner)) return held(file, owner.token, `${host.pid}:${file}`);
		const found = read(file);
		if (!found) continue;
		const verdict = judge(found.owner, host.now().getTime() - found.mtimeMs, host);
		if (verdict.held) throw new DataLockError(file, path.resolve(folder), found.owner);
		options.onStale?.(found.owner, verdict.reason);
		removeStale(file, found.text);
	}
	throw new DataLockError(file, path.resolve(folder), read(file)?.owner);
}

function held(file: string, token: string, key: string): DataLock {
	ours.add(key);
	let released = false;
	const release = () => {
		if (released) return;
		released = true;
		ours.delete(key);
		process.off('exit', release);
		if (read(file)?.owner?.token === token) fs.rmSync(file, { force: true });
	};
	// Also on process.exit() and a fatal exception; a kill -9 leaves a stale lock, taken over later.
	process.on('exit', release);
	return { file, release };
}
