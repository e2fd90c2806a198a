import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { Ack, Identity } from '$lib/realtime/events';
import { launchServer, postForm, type LaunchedServer } from '../helpers/server';

let server: LaunchedServer;

beforeAll(async () => {
	server = await launchServer();
});
afterAll(async () => {
	await server?.dispose();
});

function socket(opts: { cookie?: string; origin?: string } = {}) {
	return io(server.url, {
		transports: ['websocket'],
		reconnection: false,
		forceNew: true,
		extraHeaders: {
			...(opts.cookie ? { cookie: opts.cookie } : {}),
			...(opts.origin ? { origin: opts.origin } : {})
		}
	});
}

const whoami = (s: ReturnType<typeof socket>) =>
	new Promise<Ack<Identity>>((resolve) => s.emit('system:whoami', {}, resolve));

describe('the production server (build/server.js)', () => {
	it('reports a reachable database on /healthz', async () => {
		const res = await fetch(`${server.url}/healthz`);
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' });
	});

	it('sends every page to the one-time setup on a fresh database', async () => {
		const res = await fetch(`${server.url}/login`, { redirect: 'manual' });
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/setup');
	});

	it('refuses a malformed setup form with a translated error and creates nothing', async () => {
		const res = await postForm(server, '/setup', {
			organisationName: '',
			name: 'A',
			email: 'geen-adres',
			password: 'x',
			passwordConfirm: 'y'
		});
		expect(res.status).toBe(400);
		const page = await fetch(`${server.url}/setup`);
		expect(page.status).toBe(200);
	});

	let cookie: string;
	it('completes setup over HTTP, logs the new beheerder in with a hardened cookie, and removes the setup page', async () => {
		const res = await postForm(server, '/setup', {
			organisationName: 'Basisteam Proef',
			name: 'Bea Beheer',
			email: 'bea@proef.example',
			password: 'een zin als wachtwoord',
			passwordConfirm: 'een zin als wachtwoord'
		});
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/dashboard');
		const setCookie = res.headers.get('set-cookie')!;
		expect(setCookie).toMatch(/do_session=[A-Za-z0-9_-]{43};/);
		expect(setCookie).toMatch(/HttpOnly/i);
		expect(setCookie).toMatch(/SameSite=Lax/i);
		cookie = setCookie.split(';')[0]!;
		expect((await fetch(`${server.url}/setup`)).status).toBe(404);
		expect((await fetch(`${server.url}/dashboard`, { headers: { cookie } })).status).toBe(200);
	});

	it('rate limits logins over HTTP with status 429', async () => {
		let last: Response | undefined;
		for (let i = 0; i < 6; i++)
			last = await postForm(server, '/login', {
				email: 'bea@proef.example',
				password: 'verkeerd wachtwoord'
			});
		expect(last!.status).toBe(429);
		expect(await last!.text()).toContain('Te veel mislukte pogingen');
	});

	it('resolves the session cookie in the socket handshake and refuses foreign origins', async () => {
		const s = socket({ cookie });
		await new Promise<void>((resolve, reject) =>
			s.once('connect', () => resolve()).once('connect_error', reject)
		);
		expect(await whoami(s)).toMatchObject({ ok: true, data: { kind: 'account', role: 'beheerder' } });
		const foreign = socket({ origin: 'https://evil.example' });
		await expect(
			new Promise((resolve, reject) =>
				foreign.once('connect', () => reject(new Error('accepted'))).once('connect_error', resolve)
			)
		).resolves.toBeInstanceOf(Error);
		s.close();
	});

	it('shuts down gracefully on SIGTERM, disconnecting sockets, and keeps the data across a restart', async () => {
		const s = socket();
		await new Promise<void>((resolve) => s.once('connect', () => resolve()));
		const gone = new Promise<string>((resolve) => s.once('disconnect', resolve));
		const { code, ms } = await server.stop('SIGTERM');
		expect(code).toBe(0);
		expect(ms).toBeLessThan(5000);
		expect(await gone).toMatch(/transport close|io server disconnect/);

		await server.start();
		expect((await fetch(`${server.url}/setup`)).status).toBe(404);
		expect((await fetch(`${server.url}/dashboard`, { headers: { cookie }, redirect: 'manual' })).status).toBe(
			200
		);
	});
});
