import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { HostView } from '$lib/domain/quiz-views';
import type { Ack } from '$lib/realtime/events';
import { testWorkshop } from '../helpers/quiz';
import { launchServer, postForm, type LaunchedServer } from '../helpers/server';

/**
 * Issue 11, item 7 over HTTP: the pages that look a join code up (/play, /game, the short URL
 * and the join form) count wrong codes per network address, like the sockets do. The production
 * server behind a "proxy": ADDRESS_HEADER=x-forwarded-for, so each request says its address.
 * Real waits here (a few seconds): the server is a child process.
 */
let server: LaunchedServer;
let joinCode = '';

const get = (path: string, address: string) =>
	fetch(`${server.url}${path}`, { redirect: 'manual', headers: { 'x-forwarded-for': address } });

/** Six digits that are not the session's code. */
const wrong = (i: number) => {
	const c = String((Number(joinCode) + 1 + i * 7919) % 1_000_000).padStart(6, '0');
	return c === joinCode ? '000000' : c;
};

beforeAll(async () => {
	server = await launchServer({ ADDRESS_HEADER: 'x-forwarded-for' });
	const setup = await postForm(server, '/setup', {
		organisationName: 'Basisteam Gokken',
		name: 'Wijkagent Gokken',
		email: 'gokken@test.example',
		password: 'een lange zin als wachtwoord',
		passwordConfirm: 'een lange zin als wachtwoord'
	});
	expect(setup.status).toBe(303);
	const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
	const form = new FormData();
	const file = JSON.stringify({ format: 'duizend-ogen.workshop', version: 1, workshop: testWorkshop });
	form.append('file', new Blob([file], { type: 'application/json' }), 'test.json');
	const imported = await fetch(`${server.url}/workshops?/import`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: server.url, accept: 'text/html', cookie, 'x-forwarded-for': '192.0.2.1' },
		body: form
	});
	const html = await imported.text();
	const workshopId = /<h3 id="workshop-([0-9a-f-]{36})"/.exec(html)?.[1];
	expect(workshopId).toBeDefined();
	const started = await fetch(`${server.url}/sessions/new`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			cookie,
			'x-forwarded-for': '192.0.2.1'
		},
		body: new URLSearchParams({ workshopId: workshopId!, scoring: 'flat' })
	});
	expect(started.status).toBe(303);
	const liveSessionId = started.headers.get('location')!.slice('/host/'.length);
	// The code, as the projector learns it.
	const socket = io(server.url, {
		transports: ['websocket'],
		forceNew: true,
		extraHeaders: { cookie, 'x-forwarded-for': '192.0.2.1' }
	});
	const ack = await new Promise<Ack<HostView>>((resolve) =>
		socket.emit('quiz:watch', { liveSessionId }, resolve)
	);
	socket.close();
	if (!ack.ok) throw new Error(ack.error.message);
	joinCode = ack.data.joinCode;
}, 90_000);
afterAll(async () => {
	await server?.dispose();
});

describe('guessing join codes over HTTP', () => {
	it(
		'refuses an address after 30 wrong codes, in parallel or not; others still get in',
		{ timeout: 60_000 },
		async () => {
			const started = Date.now();
			const answers = await Promise.all(
				Array.from({ length: 40 }, (_, i) => get(`/play/${wrong(i)}`, '198.51.100.7'))
			);
			const statuses = answers.map((r) => r.status);
			expect(statuses.filter((s) => s === 404)).toHaveLength(30);
			expect(statuses.filter((s) => s === 429)).toHaveLength(10);
			// Slowed down: the last of the 30 waited the longest step (4 s) plus the unknown-code delay.
			expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);

			// The right code too, from this address, for the rest of the window; other pages as well.
			const refused = await get(`/play/${joinCode}`, '198.51.100.7');
			expect(refused.status).toBe(429);
			expect(await refused.text()).toContain(
				'Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.'
			);
			expect((await get(`/game/${wrong(50)}`, '198.51.100.7')).status).toBe(429);
			expect((await get(`/${wrong(51)}`, '198.51.100.7')).status).toBe(429);
			const form = await fetch(`${server.url}/join`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: server.url,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					'x-forwarded-for': '198.51.100.7'
				},
				body: new URLSearchParams({ code: joinCode })
			});
			expect(form.status).toBe(429);
			expect(await form.text()).toContain('Probeer het over 15 minuten opnieuw.');

			// A phone on another network: the right code works at once.
			const ok = await get(`/play/${joinCode}`, '203.0.113.5');
			expect(ok.status).toBe(200);
			const short = await get(`/${joinCode}`, '203.0.113.5');
			expect(short.status).toBe(307);
			expect(short.headers.get('location')).toBe(`/play/${joinCode}`);
		}
	);

	it(
		'counts every page that tells whether a code exists against the same address',
		{ timeout: 60_000 },
		async () => {
			const address = '198.51.100.8';
			const paths = Array.from(
				{ length: 30 },
				(_, i) => [`/game/${wrong(100 + i)}`, `/${wrong(100 + i)}`, `/join?code=${wrong(100 + i)}`][i % 3]!
			);
			const statuses = (await Promise.all(paths.map((p) => get(p, address)))).map((r) => r.status);
			// /game answers 404; the short URL and the join link redirect to /play, which says "unknown".
			expect(statuses.every((s) => s === 404 || s === 307 || s === 303)).toBe(true);
			expect((await get(`/play/${joinCode}`, address)).status).toBe(429);
		}
	);
});
