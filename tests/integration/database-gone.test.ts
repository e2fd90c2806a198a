import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, JoinResult } from '$lib/realtime/events';
import { closeDb, db, initDb } from '$lib/server/db';
import { quizAnswer } from '$lib/server/db/schema';
import { connected, emit, until, type Client } from '../helpers/restart';
import { presenterWithSession } from '../helpers/quiz';
import { launchServer, type LaunchedServer } from '../helpers/server';
import { tcpProxy } from '../helpers/tcp-proxy';
import { io } from 'socket.io-client';

/**
 * PostgreSQL disappears in the middle of a question (issue 11, item 11): the production server
 * reaches it through a proxy that the test cuts. The server stays up and says so: an answer
 * gets `unavailable` with "tijdelijk niet beschikbaar", pages 503, /healthz 503. The answer
 * arrived in time, so once PostgreSQL is back it is stored and the phone's resend (same id) is
 * acknowledged; nothing acknowledged is lost. PGlite lives inside the app's own process and
 * cannot disappear on its own, so this runs on PostgreSQL only.
 */
const pg = process.env.DATABASE_URL;

describe.skipIf(!pg)('when PostgreSQL disappears mid-session', () => {
	let proxy: Awaited<ReturnType<typeof tcpProxy>>;
	let server: LaunchedServer;
	let ctx: Awaited<ReturnType<typeof presenterWithSession>>;
	const clients: Client[] = [];
	const client = (opts: { cookie?: string; auth?: Record<string, string>; reconnection?: boolean } = {}) => {
		const socket: Client = io(server.url, {
			transports: ['websocket'],
			forceNew: true,
			reconnection: opts.reconnection ?? false,
			auth: opts.auth ?? {},
			extraHeaders: opts.cookie ? { cookie: opts.cookie } : {}
		});
		clients.push(socket);
		return socket;
	};

	beforeAll(async () => {
		const target = new URL(pg!);
		proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
		server = await launchServer(
			{},
			{
				databaseUrl: (url) => {
					const viaProxy = new URL(url);
					viaProxy.port = String(proxy.port);
					return viaProxy.toString();
				}
			}
		);
		// The test itself goes to PostgreSQL directly, to set up and to look at what was stored.
		await initDb({ databaseUrl: server.databaseUrl });
		ctx = await presenterWithSession();
	});
	afterAll(async () => {
		for (const c of clients) c.close();
		await closeDb();
		await server?.dispose();
		await proxy?.close();
	});

	it('answers unavailable (never internal), pages 503, and stores the in-time answer once it is back', async () => {
		const presenter = client({ cookie: ctx.cookie });
		await connected(presenter);
		expect((await emit(presenter, 'quiz:watch', { liveSessionId: ctx.session.id })).ok).toBe(true);
		const anon = client();
		await connected(anon);
		const joined = await emit<JoinResult>(anon, 'quiz:join', {
			code: ctx.session.joinCode,
			nickname: 'Anna'
		});
		if (!joined.ok) throw new Error(joined.error.message);
		const phone = client({ auth: { participantToken: joined.data.participantToken } });
		await connected(phone);
		for (const command of ['start', 'next'])
			expect((await emit(presenter, 'quiz:command', { liveSessionId: ctx.session.id, command })).ok).toBe(
				true
			);

		await proxy.cut();
		const payload = { id: randomUUID(), slideId: 'klink', answer: { kind: 'choice', optionIds: ['true'] } };
		const during = await emit(phone, 'quiz:answer', payload);
		expect(during).toMatchObject({ ok: false, error: { code: 'unavailable' } });
		expect(!during.ok && during.error.message).toMatch(/Tijdelijk niet beschikbaar/);
		// The presenter cannot reveal without the answers that came in time: he is told why.
		expect(
			await emit(presenter, 'quiz:command', { liveSessionId: ctx.session.id, command: 'reveal' })
		).toMatchObject({ ok: false, error: { code: 'unavailable' } });
		const page = await fetch(`${server.url}/sessions`, { headers: { cookie: ctx.cookie } });
		expect(page.status).toBe(503);
		expect(page.headers.get('retry-after')).toBeTruthy();
		expect(await page.text()).toMatch(/Tijdelijk niet beschikbaar/);
		expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
		// A phone that connects now is refused with a reason its client retries on.
		const late = client({ auth: { participantToken: joined.data.participantToken } });
		const refused = await new Promise<Error>((resolve) => late.once('connect_error', resolve));
		expect(refused.message).toBe('unavailable');

		await proxy.restore();
		// The phone keeps resending with the same id, as the app does, until it is acknowledged.
		let ack: Ack<unknown> = during;
		const codes: string[] = [];
		const resend = async () => {
			while (!ack.ok) {
				ack = await emit(phone, 'quiz:answer', payload);
				if (!ack.ok) {
					codes.push(ack.error.code);
					await new Promise((r) => setTimeout(r, 500));
				}
			}
		};
		await Promise.all([resend(), until(() => ack.ok, 'the answer acknowledged after the outage', 20_000)]);
		expect(ack).toEqual({ ok: true, data: { accepted: true } });
		expect(codes.filter((c) => c !== 'unavailable')).toEqual([]);
		const rows = await db().select().from(quizAnswer).where(eq(quizAnswer.id, payload.id));
		expect(rows).toHaveLength(1);
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		expect(server.output()).not.toMatch(/socket handler failed/);
	});
});
