import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataLock, DataLockError, systemHost, type LockHost, type LockOwner } from './data-lock';

let root: string;
let folder: string;
beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'data-lock-'));
	folder = path.join(root, 'pglite');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** A pretend process on a pretend machine; `running` lists the pids that exist with their start times. */
function host(pid: number, over: Partial<LockHost> & { running?: Map<number, string> } = {}): LockHost {
	const running = over.running ?? new Map([[pid, `start-${pid}`]]);
	return {
		pid,
		hostname: 'laptop',
		now: () => new Date('2026-12-03T10:00:00Z'),
		bootId: () => 'boot-1',
		processStart: (p) => running.get(p),
		isAlive: (p) => running.has(p),
		...over
	};
}

const lockFile = () => `${folder}.lock`;
const owner = (): LockOwner => JSON.parse(fs.readFileSync(lockFile(), 'utf8')) as LockOwner;

describe('acquireDataLock', () => {
	it('creates the lock beside the folder with pid, host, start time and boot id, and removes it on release', () => {
		const lock = acquireDataLock(folder, { host: host(100) });
		expect(lock.file).toBe(lockFile());
		expect(owner()).toMatchObject({
			pid: 100,
			hostname: 'laptop',
			startedAt: '2026-12-03T10:00:00.000Z',
			bootId: 'boot-1',
			processStart: 'start-100'
		});
		lock.release();
		expect(fs.existsSync(lockFile())).toBe(false);
		lock.release();
	});

	it('refuses a second process while the first runs, naming the folder and the holder', () => {
		const running = new Map([
			[100, 'start-100'],
			[200, 'start-200']
		]);
		const first = acquireDataLock(folder, { host: host(100, { running }) });
		let error: unknown;
		try {
			acquireDataLock(folder, { host: host(200, { running }) });
		} catch (err) {
			error = err;
		}
		expect(error).toBeInstanceOf(DataLockError);
		expect((error as Error).message).toContain(folder);
		expect((error as Error).message).toContain('process 100 on laptop');
		expect((error as Error).message).toContain(lockFile());
		expect(owner().pid).toBe(100);
		first.release();
	});

	it('takes over the lock of a process that no longer runs, and says so', () => {
		acquireDataLock(folder, { host: host(100) });
		const told: string[] = [];
		const second = acquireDataLock(folder, {
			host: host(200),
			onStale: (prev, reason) => told.push(`${prev?.pid}: ${reason}`)
		});
		expect(told).toEqual(['100: process 100 no longer runs']);
		expect(owner().pid).toBe(200);
		second.release();
	});

	it('takes over after a reboot even when the pid runs again, as another process', () => {
		acquireDataLock(folder, { host: host(100) });
		const told: string[] = [];
		const running = new Map([
			[100, 'start-100'],
			[200, 'start-200']
		]);
		acquireDataLock(folder, {
			host: host(200, { running, bootId: () => 'boot-2' }),
			onStale: (_, reason) => told.push(reason)
		}).release();
		expect(told).toEqual(['the machine has restarted since']);
	});

	it('takes over when the pid was reused by another process (its start time differs)', () => {
		acquireDataLock(folder, { host: host(100) });
		const running = new Map([
			[100, 'start-later'],
			[200, 'start-200']
		]);
		const told: string[] = [];
		acquireDataLock(folder, { host: host(200, { running }), onStale: (_, r) => told.push(r) }).release();
		expect(told).toEqual(['process id 100 now belongs to another process']);
	});

	it('takes over a lock left with its own pid by an earlier process (pid 1 in a container)', () => {
		// Written by hand: within one real process the same pid cannot take the lock twice.
		const left = {
			pid: 1,
			hostname: 'laptop',
			startedAt: '2026-12-02T08:00:00Z',
			bootId: 'boot-1',
			token: 'old'
		};
		fs.writeFileSync(lockFile(), JSON.stringify(left));
		const told: string[] = [];
		acquireDataLock(folder, {
			host: host(1, { processStart: () => undefined }),
			onStale: (_, r) => told.push(r)
		}).release();
		expect(told).toEqual(['process id 1 is now this process']);
	});

	it('lets only one of two processes that both found a lock stale take it over', () => {
		acquireDataLock(folder, { host: host(100) });
		let winner: ReturnType<typeof acquireDataLock> | undefined;
		// B judges the lock of 100 stale; before B moves it away, A takes it over.
		const b = host(200, {
			isAlive(pid) {
				if (pid === 100 && !winner) winner = acquireDataLock(folder, { host: host(300) });
				return pid === 200 || pid === 300;
			},
			processStart: (pid) => `start-${pid}`
		});
		expect(() => acquireDataLock(folder, { host: b })).toThrow(/process 300 on laptop/);
		expect(owner().pid).toBe(300);
		winner!.release();
	});

	it('refuses to take the same lock twice in one process (a programming error)', () => {
		const lock = acquireDataLock(folder, { host: host(100) });
		expect(() => acquireDataLock(folder, { host: host(100) })).toThrow(/already held by this process/);
		lock.release();
	});

	it('refuses a lock held on another machine (a shared folder), whatever the pid', () => {
		acquireDataLock(folder, { host: host(100, { hostname: 'other-laptop' }) });
		expect(() => acquireDataLock(folder, { host: host(200) })).toThrow(/process 100 on other-laptop/);
	});

	it('treats a fresh unreadable lock as a process that is starting, and an old one as stale', () => {
		fs.writeFileSync(lockFile(), '');
		const now = Date.now();
		const at = (ms: number) => host(200, { now: () => new Date(ms) });
		expect(() => acquireDataLock(folder, { host: at(now + 1000) })).toThrow(/starting right now/);
		const told: string[] = [];
		acquireDataLock(folder, { host: at(now + 60_000), onStale: (_, r) => told.push(r) }).release();
		expect(told).toEqual(['unreadable lock file']);
	});

	it('does not remove a lock that is no longer its own', () => {
		const first = acquireDataLock(folder, { host: host(100) });
		// Somebody judged it stale and took it over (e.g. after the first hung for long).
		const second = acquireDataLock(folder, { host: host(200) });
		first.release();
		expect(owner().pid).toBe(200);
		second.release();
		expect(fs.existsSync(lockFile())).toBe(false);
	});

	it('is released when the process exits without closing the database', () => {
		const before = process.listeners('exit');
		acquireDataLock(folder, { host: host(100) });
		const added = process.listeners('exit').filter((l) => !before.includes(l));
		expect(added).toHaveLength(1);
		added[0]!(0);
		expect(fs.existsSync(lockFile())).toBe(false);
		expect(process.listeners('exit')).toHaveLength(before.length);
	});
});

describe('systemHost', () => {
	it('sees this process as alive with a start time, and a pid that does not exist as gone', () => {
		expect(systemHost.isAlive(process.pid)).toBe(true);
		expect(systemHost.isAlive(2 ** 22 + 7)).toBe(false);
		if (process.platform === 'linux') {
			expect(systemHost.processStart(process.pid)).toMatch(/^\d+$/);
			expect(systemHost.bootId()).toMatch(/^[0-9a-f-]{36}$/);
		}
	});
});
