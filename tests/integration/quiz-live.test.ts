import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostView, PlayerView } from '$lib/domain/quiz-views';
import { forgetAllQuizzes } from '$lib/server/services/quiz/live-quiz';
import { connected, disconnected, startRealtimeServer, type TestClient } from '../helpers/realtime';
import { answer, emit, host, joinAs, presenterWithSession, rejoin, until } from '../helpers/quiz';

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
let ctx: Awaited<ReturnType<typeof presenterWithSession>>;
let presenter: TestClient;
const hostViews: HostView[] = [];
const counts: { answered: number; participants: number }[] = [];

beforeAll(async () => {
	server = await startRealtimeServer();
	ctx = await presenterWithSession();
	presenter = server.client({ headers: { cookie: ctx.cookie } });
	presenter.on('quiz:host', (v) => hostViews.push(v));
	presenter.on('quiz:count', (c) => counts.push(c));
	await connected(presenter);
	const watched = await emit<HostView>(presenter, 'quiz:watch', { liveSessionId: ctx.session.id });
	expect(watched.ok).toBe(true);
});
afterAll(async () => {
	await server?.stop();
	forgetAllQuizzes();
});

const latest = (states: PlayerView[]) => states.at(-1)!;

describe('joining', () => {
	it('refuses unknown codes, bad and taken nicknames with translated errors', async () => {
		const anon = server.client();
		await connected(anon);
		expect(await emit(anon, 'quiz:join', { code: '000000', nickname: 'Anna' })).toMatchObject({
			ok: false,
			error: { code: 'not_found', messageKey: 'join.codeUnknown' }
		});
		expect(await emit(anon, 'quiz:join', { code: ctx.session.joinCode, nickname: 'K4nker' })).toMatchObject({
			ok: false,
			error: { messageKey: 'nickname.offensive', message: 'Deze naam kan niet. Kies een andere naam.' }
		});
		expect(await emit(anon, 'quiz:join', { code: 'abc', nickname: 'Anna' })).toMatchObject({
			ok: false,
			error: { code: 'invalid_payload' }
		});
		await joinAs(server.client, ctx.session.joinCode, 'Anna');
		expect(await emit(anon, 'quiz:join', { code: ctx.session.joinCode, nickname: ' anna ' })).toMatchObject({
			ok: false,
			error: { code: 'conflict', messageKey: 'nickname.taken' }
		});
	});

	// Join limits (per network address, not per connection) are tested in guess-limits.test.ts.

	it('lets the presenter, but not a participant, watch and steer the session', async () => {
		const { socket } = await joinAs(server.client, ctx.session.joinCode, 'Nieuwsgierig');
		expect(await emit(socket, 'quiz:watch', { liveSessionId: ctx.session.id })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});
		expect(
			await emit(socket, 'quiz:command', { liveSessionId: ctx.session.id, command: 'end' })
		).toMatchObject({
			ok: false
		});
		expect(hostViews.at(-1)!.participants.map((p) => p.nickname)).toContain('Nieuwsgierig');
	});
});

describe('playing', () => {
	let anna: { socket: TestClient; states: PlayerView[]; token: string };
	let bram: { socket: TestClient; states: PlayerView[] };
	const seen: string[] = [];

	beforeAll(async () => {
		const a = await joinAs(server.client, ctx.session.joinCode, 'Anna Speler');
		anna = { ...a, token: a.joined.participantToken };
		bram = await joinAs(server.client, ctx.session.joinCode, 'Bram');
		for (const p of [anna, bram]) p.socket.onAny((_event, payload) => seen.push(JSON.stringify(payload)));
	});

	it('refuses an answer before the question opens', async () => {
		expect(await answer(anna.socket, 'klink', { kind: 'choice', optionIds: ['true'] })).toMatchObject({
			ok: false,
			error: { code: 'too_late', messageKey: 'quiz.error.notOpen' }
		});
	});

	it('moves every phone along with the presenter', async () => {
		await host(presenter, ctx.session.id, 'start');
		await until(() => latest(anna.states).phase === 'info');
		await host(presenter, ctx.session.id, 'next');
		await until(() => latest(anna.states).phase === 'question' && latest(bram.states).phase === 'question');
		const view = latest(anna.states);
		expect(view.slide).toMatchObject({ kind: 'question', id: 'klink', type: 'truefalse' });
		expect(view.deadline! - view.serverNow).toBeGreaterThan(15_000);
	});

	it('acknowledges an answer once stored, counts a resend once, and updates the projector count', async () => {
		const id = crypto.randomUUID();
		expect(await answer(anna.socket, 'klink', { kind: 'choice', optionIds: ['true'] }, id)).toEqual({
			ok: true,
			data: { accepted: true }
		});
		// Same id again (a phone that never got the ack), then a different answer: both change nothing.
		expect((await answer(anna.socket, 'klink', { kind: 'choice', optionIds: ['true'] }, id)).ok).toBe(true);
		expect((await answer(anna.socket, 'klink', { kind: 'choice', optionIds: ['false'] })).ok).toBe(true);
		await until(() => counts.at(-1)?.answered === 1);
		expect(counts.at(-1)).toMatchObject({ answered: 1 });
	});

	it('refuses answers that do not fit the question', async () => {
		expect(await answer(bram.socket, 'klink', { kind: 'choice', optionIds: ['maybe'] })).toMatchObject({
			ok: false,
			error: { code: 'invalid_payload', messageKey: 'quiz.error.invalidAnswer' }
		});
		expect(await answer(bram.socket, 'klink', { kind: 'text', text: 'ja' })).toMatchObject({ ok: false });
	});

	it('brings a reloaded phone back to the current question with its answer and name', async () => {
		anna.socket.close();
		const back = await rejoin(server.client, anna.token);
		anna = { ...anna, ...back };
		back.socket.onAny((_event, payload) => seen.push(JSON.stringify(payload)));
		const view = latest(anna.states);
		expect(view.slide).toMatchObject({ id: 'klink' });
		expect(view.you).toMatchObject({
			nickname: 'Anna Speler',
			answered: { kind: 'choice', optionIds: ['true'] }
		});
	});

	it('never sends a phone the right answer before the reveal', () => {
		expect(seen.some((m) => m.includes('"correct":["true"]'))).toBe(false);
		expect(seen.some((m) => m.includes('explanation'))).toBe(false);
	});

	it('shows right/wrong and points after the reveal and refuses later answers', async () => {
		await host(presenter, ctx.session.id, 'reveal');
		await until(() => latest(anna.states).phase === 'reveal' && latest(bram.states).phase === 'reveal');
		const a = latest(anna.states);
		expect(a.you.result?.correct).toBe(true);
		expect(a.you.result!.points).toBeGreaterThanOrEqual(900);
		expect(a.correct).toEqual(['true']);
		expect(latest(bram.states).you.result).toEqual({ correct: false, points: 0 });
		expect(await answer(bram.socket, 'klink', { kind: 'choice', optionIds: ['true'] })).toMatchObject({
			ok: false,
			error: { code: 'too_late', message: 'Te laat: de tijd voor deze vraag is voorbij.' }
		});
		expect(hostViews.at(-1)!.distribution).toMatchObject({
			answered: 1,
			correctCount: 1,
			counts: { true: 1, false: 0 }
		});
	});

	it('lets someone join late and play the current question', async () => {
		await host(presenter, ctx.session.id, 'next'); // leaderboard
		await host(presenter, ctx.session.id, 'next'); // question 'nummer'
		const late = await joinAs(server.client, ctx.session.joinCode, 'Laatkomer');
		expect(latest(late.states)).toMatchObject({ phase: 'question', slide: { id: 'nummer' } });
		expect((await answer(late.socket, 'nummer', { kind: 'choice', optionIds: ['a'] })).ok).toBe(true);
	});

	it('resumes from the database with every acknowledged answer when memory is lost', async () => {
		expect((await answer(anna.socket, 'nummer', { kind: 'choice', optionIds: ['a'] })).ok).toBe(true);
		const before = hostViews.at(-1)!;
		forgetAllQuizzes();
		const again = await emit<HostView>(presenter, 'quiz:watch', { liveSessionId: ctx.session.id });
		if (!again.ok) throw new Error(again.error.message);
		expect(again.data.state).toEqual(before.state);
		expect(again.data.answered).toBe(2);
		expect(again.data.standings.find((s) => s.nickname === 'Anna Speler')!.score).toBeGreaterThanOrEqual(900);
		// The resend of an answer stored before the restart is still recognised.
		expect((await answer(anna.socket, 'nummer', { kind: 'choice', optionIds: ['b'] })).ok).toBe(true);
		await host(presenter, ctx.session.id, 'reveal');
		await until(() => latest(anna.states).phase === 'reveal');
		expect(latest(anna.states).you.result?.correct).toBe(true);
	});

	it('lets the presenter remove a participant, whose token then stops working', async () => {
		const troll = await joinAs(server.client, ctx.session.joinCode, 'Grapjas');
		const removed = new Promise((resolve) => troll.socket.once('quiz:removed', () => resolve(true)));
		const gone = disconnected(troll.socket);
		const ack = await emit<HostView>(presenter, 'quiz:remove', {
			liveSessionId: ctx.session.id,
			participantId: troll.joined.participantId
		});
		expect(ack.ok).toBe(true);
		expect(await removed).toBe(true);
		await gone;
		const back = server.client({ auth: { participantToken: troll.joined.participantToken } });
		await connected(back);
		expect(await emit(back, 'system:whoami', {})).toEqual({ ok: true, data: { kind: 'anonymous' } });
	});

	it('ends with a podium and refuses new participants afterwards', async () => {
		await host(presenter, ctx.session.id, 'end');
		await until(() => latest(anna.states).phase === 'ended');
		const anon = server.client();
		await connected(anon);
		expect(await emit(anon, 'quiz:join', { code: ctx.session.joinCode, nickname: 'Te laat' })).toMatchObject({
			ok: false
		});
	});
});

describe('reveal right after a burst', () => {
	it('includes answers still being written when the presenter reveals', async () => {
		const { startQuizSession } = await import('$lib/server/services/quiz/sessions');
		const { DEFAULT_SETTINGS } = await import('$lib/domain/quiz-session');
		const session = await startQuizSession(ctx.user, ctx.workshopId, DEFAULT_SETTINGS);
		expect((await emit<HostView>(presenter, 'quiz:watch', { liveSessionId: session.id })).ok).toBe(true);
		const players = await Promise.all(
			['Een', 'Twee', 'Drie', 'Vier', 'Vijf'].map((n) =>
				joinAs(server.client, session.joinCode, `Speler ${n}`)
			)
		);
		await host(presenter, session.id, 'start');
		await host(presenter, session.id, 'next');
		await until(() => players.every((p) => latest(p.states).phase === 'question'));
		// Every answer is sent before the reveal, none awaited: they are still in the write batch.
		const acks = players.map((p) => answer(p.socket, 'klink', { kind: 'choice', optionIds: ['true'] }));
		const revealed = await host(presenter, session.id, 'reveal');
		expect((await Promise.all(acks)).every((a) => a.ok)).toBe(true);
		expect(revealed.distribution?.answered).toBe(5);
	});
});
