import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServer, postForm, type LaunchedServer } from '../helpers/server';

/**
 * Issue 11, item 12: two processes on one PGlite folder destroyed it. The production server
 * (build/server.js) now locks the folder; a second one is refused, and a lock left by a killed
 * process is taken over on restart with the data intact. With DATABASE_URL there is no folder:
 * no lock, and a lock file in DATA_DIR does not stop it.
 */

const usesPostgres = !!process.env.DATABASE_URL;

const setupForm = {
	organisationName: 'Basisteam Slot',
	name: 'Sam Slot',
	email: 'sam@slot.example',
	password: 'een zin als wachtwoord',
	passwordConfirm: 'een zin als wachtwoord'
};

async function launchRefused(dataDir: string): Promise<string> {
	try {
		const second = await launchServer({}, { dataDir });
		await second.dispose();
	} catch (err) {
		return (err as Error).message;
	}
	throw new Error('the second server started on the same folder');
}

describe.skipIf(usesPostgres)('PGlite: one process per data folder', () => {
	let first: LaunchedServer;
	beforeAll(async () => {
		first = await launchServer();
	});
	afterAll(async () => {
		await first?.dispose();
	});

	const lockFile = () => path.join(first.dataDir, 'pglite.lock');
	const lockPid = () => (JSON.parse(fs.readFileSync(lockFile(), 'utf8')) as { pid: number }).pid;

	it('locks the folder with the pid of the process that serves it', () => {
		expect(lockPid()).toBe(first.pid());
	});

	it('refuses a second process on the same folder, naming the folder and the holder; the first keeps serving', async () => {
		const message = await launchRefused(first.dataDir);
		expect(message).toMatch(/server exited early \(code 1\)/);
		expect(message).toContain(`${path.join(first.dataDir, 'pglite')} is in use`);
		expect(message).toContain(`process ${first.pid()} on`);
		expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
		expect(lockPid()).toBe(first.pid());
	});

	it('writes data, survives kill -9, and a restart takes the stale lock over with the data intact', async () => {
		expect((await postForm(first, '/setup', setupForm)).status).toBe(303);
		const killed = first.pid();
		await first.stop('SIGKILL');
		expect(lockPid()).toBe(killed);

		await first.start();
		expect(first.output()).toMatch(/took over a stale database lock/);
		expect(lockPid()).toBe(first.pid());
		// Setup is done: the page is gone and the beheerder logs in.
		expect((await fetch(`${first.url}/setup`)).status).toBe(404);
		const login = await postForm(first, '/login', { email: setupForm.email, password: setupForm.password });
		expect(login.status).toBe(303);
		expect(login.headers.get('location')).toBe('/dashboard');
	});

	it('removes the lock on a normal stop, so the next start needs no takeover', async () => {
		expect((await first.stop('SIGTERM')).code).toBe(0);
		expect(fs.existsSync(lockFile())).toBe(false);
	});
});

describe.runIf(usesPostgres)('PostgreSQL: no folder, no folder lock', () => {
	let server: LaunchedServer;
	let dataDir: string;
	beforeAll(async () => {
		dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizend-ogen-pg-'));
		// A lock held by a live process (this one): it guards a PGlite folder that PostgreSQL mode never opens.
		const held = {
			pid: process.pid,
			hostname: os.hostname(),
			startedAt: new Date().toISOString(),
			token: 't'
		};
		fs.writeFileSync(path.join(dataDir, 'pglite.lock'), JSON.stringify(held));
		server = await launchServer({}, { dataDir });
	});
	afterAll(async () => {
		await server?.dispose();
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	it('starts despite a lock file in DATA_DIR, creates no PGlite folder and leaves the lock alone', async () => {
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		expect(fs.existsSync(path.join(dataDir, 'pglite'))).toBe(false);
		expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'pglite.lock'), 'utf8'))).toMatchObject({
			token: 't'
		});
	});

	it('lets a second process share the same DATA_DIR (several instances are allowed on PostgreSQL)', async () => {
		const second = await launchServer({}, { dataDir });
		try {
			expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
		} finally {
			await second.dispose();
		}
	});
});
