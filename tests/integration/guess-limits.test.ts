import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostGameView } from '$lib/domain/boef/game-views';
import type { HostView } from '$lib/domain/quiz-views';
import { DEFAULT_SETTINGS } from '$lib/domain/quiz-session';
import type { Ack, JoinResult } from '$lib/realtime/events';
import { limits } from '$lib/server/limits';
import { createGame, updatePlan } from '$lib/server/services/game/games';
import { forgetAllGames } from '$lib/server/services/game/live-game';
import { forgetAllQuizzes } from '$lib/server/services/quiz/live-quiz';
import { startQuizSession } from '$lib/server/services/quiz/sessions';
import { command, testPlan } from '../helpers/game';
import { emit, presenterWithSession, until } from '../helpers/quiz';
import { connected, disconnected, startRealtimeServer, type TestClient } from '../helpers/realtime';

/**
 * Issue 11, item 7: guessing join codes and code words, and filling a lobby with bots. Real
 * socket.io clients; the network address comes from X-Forwarded-For (ADDRESS_HEADER, as behind
 * a proxy), so one test process can be many addresses. The limits' clock and waits are
 * replaced: waits are recorded instead of slept, and time moves only when a test moves it.
 */
let server: Awaited<ReturnType<typeof startRealtimeServer>>;
let ctx: Awaited<ReturnType<typeof presenterWithSession>>;
let presenter: TestClient;
const waits: number[] = [];
let now = Date.now();
const saved = { clock: limits().clock, sleep: limits().sleep };

beforeAll(async () => {
	process.env.ADDRESS_HEADER = 'x-forwarded-for';
	const l = limits();
	l.codes.reset();
	l.wordsByAddress.reset();
	l.wordsByGame.reset();
	l.joins.clear();
	l.clock = () => now;
	l.sleep = async (ms) => void waits.push(ms);
	server = await startRealtimeServer();
	ctx = await presenterWithSession();
	presenter = server.client({ headers: { cookie: ctx.cookie } });
	await connected(presenter);
});
afterAll(async () => {
	delete process.env.ADDRESS_HEADER;
	Object.assign(limits(), saved);
	await server?.stop();
	forgetAllQuizzes();
	forgetAllGames();
});

/** A connection from `address`. */
async function from(address: string, auth?: Record<string, unknown>): Promise<TestClient> {
	const socket = server.client({ headers: { 'x-forwarded-for': address }, ...(auth ? { auth } : {}) });
	await connected(socket);
	return socket;
}

const join = (socket: TestClient, code: string, nickname: string, event = 'quiz:join') =>
	emit<JoinResult>(socket, event, { code, nickname });

/** A code no session has (the session's own code with its first digit changed). */
const wrongCode = (code: string, i: number) =>
	`${(Number(code[0]) + 1 + (i % 9)) % 10}${String(i).padStart(5, '0')}`.slice(0, 6);

describe('join codes', () => {
	it('cuts off an address guessing over many connections, and a right code still works elsewhere', async () => {
		const code = ctx.session.joinCode;
		const sockets = await Promise.all(Array.from({ length: 40 }, () => from('198.51.100.7')));
		// 40 connections at once, one guess each: the per-connection limit of old let all through.
		const acks = await Promise.all(sockets.map((s, i) => join(s, wrongCode(code, i), `Gok ${i}`)));
		const codes = acks.map((a) => (a.ok ? 'ok' : a.error.code));
		expect(codes.filter((c) => c === 'not_found')).toHaveLength(30);
		expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(10);
		expect(codes).not.toContain('internal');
		expect(acks.find((a) => !a.ok && a.error.code === 'rate_limited')).toMatchObject({
			ok: false,
			error: { messageKey: 'error.tooManyAttempts', message: expect.stringMatching(/\d+ minuten/) }
		});
		// Slowed down: every unknown code answered late, the later guesses later still.
		expect(waits.filter((w) => w === 300)).toHaveLength(30);
		expect(Math.max(...waits)).toBe(4000);
		// Refused now even with the right code, for the rest of the window...
		expect(await join(sockets[0]!, code, 'Eerlijk')).toMatchObject({
			ok: false,
			error: {
				code: 'rate_limited',
				message: 'Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.'
			}
		});
		// ...while a phone on another network joins as ever, without waiting.
		const before = waits.length;
		expect(await join(await from('203.0.113.20'), code, 'Buurvrouw')).toMatchObject({ ok: true });
		expect(waits.length).toBe(before);
		// The window passes: the address may try again.
		now += 15 * 60_000;
		expect(await join(sockets[1]!, code, 'Later')).toMatchObject({ ok: true });
		for (const s of sockets) s.close();
	});

	it('does not let a prankster on the venue wifi lock the room out of its own session', async () => {
		const code = ctx.session.joinCode;
		const venue = await from('192.0.2.77');
		expect(await join(venue, code, 'Eerste buur')).toMatchObject({ ok: true });
		const prank = await Promise.all(
			Array.from({ length: 31 }, (_, i) => join(venue, wrongCode(code, 100 + i), `Grap ${i}`))
		);
		expect(prank.at(-1)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
		// The address found this code before: the next phones on the wifi still get in.
		expect(await join(venue, code, 'Tweede buur')).toMatchObject({ ok: true });
		venue.close();
	});

	it('takes 200 phones from one venue wifi within a minute, with no warning', async () => {
		const phone = await from('192.0.2.50');
		for (let i = 0; i < 200; i++) {
			now += 300;
			const ack = await join(phone, ctx.session.joinCode, `Bewoner ${i}`);
			expect(ack.ok, `join ${i}: ${ack.ok ? '' : ack.error.message}`).toBe(true);
		}
		const view = await emit<HostView>(presenter, 'quiz:watch', { liveSessionId: ctx.session.id });
		expect(view).toMatchObject({ ok: true, data: { bursts: [] } });
		phone.close();
	});
});

describe('bursts of names', () => {
	it('warns the presenter of 250 bots in a second; one command removes them; a locked lobby refuses', async () => {
		const session = await startQuizSession(ctx.user, ctx.workshopId, DEFAULT_SETTINGS);
		const projector = server.client({ headers: { cookie: ctx.cookie } });
		const hostViews: HostView[] = [];
		projector.on('quiz:host', (v) => hostViews.push(v));
		await connected(projector);
		expect((await emit<HostView>(projector, 'quiz:watch', { liveSessionId: session.id })).ok).toBe(true);
		const human = await join(await from('203.0.113.21'), session.joinCode, 'Echte buur');
		expect(human.ok).toBe(true);

		const bot = await from('198.51.100.66');
		const acks: Ack<JoinResult>[] = [];
		// All within the same moment of the limits' clock: far faster than anyone types.
		for (let i = 0; i < 250; i++) acks.push(await join(bot, session.joinCode, `Bot ${i}`));
		// The venue-wifi allowance is 240 at once; the rest waits for the steady rate.
		expect(acks.filter((a) => a.ok)).toHaveLength(240);
		expect(acks.at(-1)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
		await until(() => (hostViews.at(-1)?.bursts[0]?.count ?? 0) === 240);
		const burst = hostViews.at(-1)!.bursts[0]!;
		expect(hostViews.at(-1)!.bursts).toHaveLength(1);
		expect(burst.sample[0]).toBe('Bot 0');
		expect(JSON.stringify(hostViews.at(-1))).not.toContain('198.51.100.66');

		// One bot's phone is connected: it is told and disconnected, like a single removal.
		const first = acks[0]!;
		if (!first.ok) throw new Error('first bot refused');
		const botPhone = server.client({ auth: { participantToken: first.data.participantToken } });
		let removed = false;
		botPhone.on('quiz:removed', () => (removed = true));
		await connected(botPhone);
		const gone = disconnected(botPhone);

		const done = await emit<HostView>(projector, 'quiz:removeBurst', {
			liveSessionId: session.id,
			burstId: burst.id
		});
		expect(done.ok).toBe(true);
		if (!done.ok) return;
		expect(done.data.participants.map((p) => p.nickname)).toEqual(['Echte buur']);
		expect(done.data.bursts).toEqual([]);
		expect(await gone).toBe('io server disconnect');
		expect(removed).toBe(true);
		// The token stops working.
		const again = server.client({ auth: { participantToken: first.data.participantToken } });
		await connected(again);
		expect(await emit(again, 'system:whoami', {})).toEqual({ ok: true, data: { kind: 'anonymous' } });

		expect(
			await emit(projector, 'quiz:removeBurst', { liveSessionId: session.id, burstId: 'burst-999' })
		).toMatchObject({
			ok: false,
			error: { code: 'not_found', messageKey: 'burst.error.notFound' }
		});
		// A participant may not remove anyone.
		const humanPhone = server.client({
			auth: { participantToken: human.ok ? human.data.participantToken : '' }
		});
		await connected(humanPhone);
		expect(
			await emit(humanPhone, 'quiz:removeBurst', { liveSessionId: session.id, burstId: burst.id })
		).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});

		const locked = await emit<HostView>(projector, 'quiz:command', {
			liveSessionId: session.id,
			command: 'lock'
		});
		expect(locked).toMatchObject({ ok: true, data: { state: { lobbyLocked: true } } });
		now += 60_000;
		expect(await join(await from('203.0.113.22'), session.joinCode, 'Te laat')).toMatchObject({
			ok: false,
			error: { code: 'forbidden', messageKey: 'quiz.error.locked' }
		});
	});
});

describe('Boef in de Wijk', () => {
	let game: { id: string; joinCode: string };
	let dashboard: TestClient;
	const hostViews: HostGameView[] = [];

	beforeAll(async () => {
		game = await createGame(ctx.user, 'Gokspel', 'Boef 1');
		const saved = await updatePlan(ctx.user, game.id, 'Gokspel', testPlan());
		if (!saved.ok) throw new Error('plan refused');
		dashboard = server.client({ headers: { cookie: ctx.cookie } });
		dashboard.on('game:host', (v) => hostViews.push(v));
		await connected(dashboard);
		expect((await emit(dashboard, 'game:watch', { liveSessionId: game.id })).ok).toBe(true);
	});

	it('counts wrong code words per address, not per throwaway participant', async () => {
		await command(dashboard, game.id, {
			type: 'meldkamer',
			contact: 'Meldkamer',
			informedAtMs: Date.now() - 60_000
		});
		await command(dashboard, game.id, { type: 'start' });
		const guessers: TestClient[] = [];
		const lobby = await from('198.51.100.99');
		for (let i = 0; i < 12; i++) {
			const ack = await join(lobby, game.joinCode, `Gokker ${i}`, 'game:join');
			if (!ack.ok) throw new Error(ack.error.message);
			guessers.push(await from('198.51.100.99', { participantToken: ack.data.participantToken }));
		}
		const results = [];
		// Each throwaway participant guesses once: the address has ten wrong ones in five minutes.
		for (const [i, g] of guessers.entries())
			results.push(await emit(g, 'game:find', { id: randomUUID(), codeWord: `Blauwe vogel ${i}` }));
		expect(results.slice(0, 10).every((r) => r.ok && !(r.data as { found: boolean }).found)).toBe(true);
		expect(results[10]).toMatchObject({
			ok: false,
			error: { code: 'rate_limited', messageKey: 'game.error.tooManyCodes' }
		});
		// Even the right word waits now, from this address...
		expect(
			await emit(guessers[11]!, 'game:find', { id: randomUUID(), codeWord: 'Blauwe reiger' })
		).toMatchObject({
			ok: false,
			error: { code: 'rate_limited' }
		});
		// ...but a team on another network finds the boef.
		const ack = await join(await from('203.0.113.30'), game.joinCode, 'Speurder', 'game:join');
		if (!ack.ok) throw new Error(ack.error.message);
		const finder = await from('203.0.113.30', { participantToken: ack.data.participantToken });
		expect(await emit(finder, 'game:find', { id: randomUUID(), codeWord: 'blauwe reiger' })).toMatchObject({
			ok: true,
			data: { found: true }
		});
		for (const g of guessers) g.close();
	});

	it('warns of a burst of names; the spelleider removes it at once and closes the game to new names', async () => {
		const bot = await from('198.51.100.77');
		const acks: Ack<JoinResult>[] = [];
		for (let i = 0; i < 30; i++) {
			now += 5;
			acks.push(await join(bot, game.joinCode, `Robot ${i}`, 'game:join'));
		}
		expect(acks.every((a) => a.ok)).toBe(true);
		await until(() => hostViews.at(-1)?.bursts[0]?.count === 30);
		const burst = hostViews.at(-1)!.bursts[0]!;
		const first = acks[0]!;
		if (!first.ok) throw new Error('refused');
		const robot = server.client({ auth: { participantToken: first.data.participantToken } });
		let removed = false;
		robot.on('game:removed', () => (removed = true));
		await connected(robot);
		const gone = disconnected(robot);

		const done = await emit<HostGameView>(dashboard, 'game:removeBurst', {
			liveSessionId: game.id,
			burstId: burst.id
		});
		expect(done.ok).toBe(true);
		if (!done.ok) return;
		expect(done.data.bursts).toEqual([]);
		expect(done.data.participants.filter((p) => !p.removed).map((p) => p.nickname)).not.toContain('Robot 3');
		expect(done.data.participants.filter((p) => p.removed)).toHaveLength(30);
		expect(await gone).toBe('io server disconnect');
		expect(removed).toBe(true);

		const view = await command(dashboard, game.id, { type: 'lock' });
		expect(view.state.joinsLocked).toBe(true);
		expect(await join(await from('203.0.113.31'), game.joinCode, 'Nakomer', 'game:join')).toMatchObject({
			ok: false,
			error: { code: 'forbidden', messageKey: 'burst.error.gameLocked' }
		});
		await command(dashboard, game.id, { type: 'unlock' });
		expect(await join(await from('203.0.113.31'), game.joinCode, 'Nakomer', 'game:join')).toMatchObject({
			ok: true
		});
	});
});
