import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostGameView, HostReport, PlayerGameView, PlayerReport } from '$lib/domain/boef/game-views';
import { circleContains, clueCircle } from '$lib/domain/boef/clues';
import { distanceM } from '$lib/domain/boef/geo';
import { seededRandom } from '$lib/domain/boef/seeded-random';
import { db } from '$lib/server/db';
import { boefPosition, gameReport, liveSession } from '$lib/server/db/schema';
import { forgetAllGames } from '$lib/server/services/game/live-game';
import { revokeBoefLinks } from '$lib/server/services/game/games';
import { connected, disconnected, startRealtimeServer, type TestClient } from '../helpers/realtime';
import { command, joinGame, rejoinGame, reportPayload, spelleiderWithGame } from '../helpers/game';
import { emit, until } from '../helpers/quiz';
import { expectBacklogStoredOnce } from '../helpers/positions';

/**
 * Boef in de Wijk over real socket.io connections, in one process: the spelleider's dashboard,
 * two boef phones and participants in two teams. One participant records every message it
 * receives; at the end we prove it never got a boef position, a code word or the other team's
 * reports.
 */
let server: Awaited<ReturnType<typeof startRealtimeServer>>;
let ctx: Awaited<ReturnType<typeof spelleiderWithGame>>;
let dashboard: TestClient;
const hostViews: HostGameView[] = [];
const hostReports: HostReport[] = [];
const hostPositions: { boefId: string; points: unknown[] }[] = [];
let anna: Awaited<ReturnType<typeof joinGame>>;
let bram: Awaited<ReturnType<typeof joinGame>>;
let cor: Awaited<ReturnType<typeof joinGame>>;
let boef1: TestClient;

/** Coordinates only boef 1's phone sends: if a participant ever receives one, it leaked. */
const SECRET_LAT = 52.0937713;

beforeAll(async () => {
	server = await startRealtimeServer();
	ctx = await spelleiderWithGame();
	dashboard = server.client({ headers: { cookie: ctx.cookie } });
	dashboard.on('game:host', (v) => hostViews.push(v));
	dashboard.on('game:reports', (rs) => hostReports.push(...rs));
	dashboard.on('game:positions', (p) => hostPositions.push(p));
	await connected(dashboard);
	const watched = await emit<HostGameView>(dashboard, 'game:watch', { liveSessionId: ctx.game.id });
	expect(watched.ok).toBe(true);
	anna = await joinGame(server.client, ctx.game.joinCode, 'Anna', 'De Uilen');
	bram = await joinGame(server.client, ctx.game.joinCode, 'Bram', 'de uilen');
	cor = await joinGame(server.client, ctx.game.joinCode, 'Cor', 'Vossen');
	boef1 = server.client({ auth: { boefToken: ctx.boefTokens.b1 } });
	await connected(boef1);
});
afterAll(async () => {
	await server?.stop();
	forgetAllGames();
});

const latest = (states: PlayerGameView[]) => states.at(-1)!;

describe('before the start', () => {
	it('refuses bad joins with translated errors', async () => {
		const anon = server.client();
		await connected(anon);
		expect(await emit(anon, 'game:join', { code: '000000', nickname: 'Dirk' })).toMatchObject({
			ok: false,
			error: { code: 'not_found', messageKey: 'join.codeUnknown' }
		});
		expect(
			await emit(anon, 'game:join', { code: ctx.game.joinCode, nickname: 'Dirk', team: 'x' })
		).toMatchObject({ ok: false, error: { messageKey: 'game.error.teamName' } });
		expect(await emit(anon, 'game:join', { code: ctx.game.joinCode, nickname: 'anna' })).toMatchObject({
			ok: false,
			error: { messageKey: 'nickname.taken' }
		});
	});

	it('will not start before the meldkamer is recorded; participants cannot command', async () => {
		expect(
			await emit(dashboard, 'game:command', { liveSessionId: ctx.game.id, command: { type: 'start' } })
		).toMatchObject({
			ok: false,
			error: { code: 'conflict', messageKey: 'game.error.meldkamerMissing' }
		});
		expect(
			await emit(anna.socket, 'game:command', { liveSessionId: ctx.game.id, command: { type: 'start' } })
		).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		expect(await emit(anna.socket, 'game:watch', { liveSessionId: ctx.game.id })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});
		// A report before the start has nothing to count towards.
		expect(await emit(anna.socket, 'game:report', reportPayload())).toMatchObject({
			ok: false,
			error: { messageKey: 'game.error.notStarted' }
		});
	});

	it('a boef phone before the start stores nothing', async () => {
		const now = Date.now();
		expect(
			await emit(boef1, 'boef:position', { sentAt: now, fixes: [{ at: now, lat: 52.09, lng: 5.1 }] })
		).toEqual({ ok: true, data: { stored: 0, sharing: false } });
	});
});

describe('the game runs', () => {
	it('starts after the meldkamer is recorded; the first clues reach every phone at once', async () => {
		const before = anna.received.length;
		await command(dashboard, ctx.game.id, {
			type: 'meldkamer',
			contact: 'Meldkamer Midden-Nederland, dhr. Jansen',
			informedAtMs: Date.now() - 60_000
		});
		const view = await command(dashboard, ctx.game.id, { type: 'start' });
		expect(view.state.phase).toBe('running');
		expect(view.state.meldkamer).toMatchObject({
			contact: 'Meldkamer Midden-Nederland, dhr. Jansen',
			recordedBy: ctx.user.id
		});
		await until(() => anna.received.slice(before).filter((m) => m.event === 'game:clue').length === 2);
		const s = latest(cor.states);
		expect(s.phase).toBe('running');
		expect(s.round).toBe(1);
		expect(s.clues.map((c) => c.boefName).sort()).toEqual(['Boef 1', 'Boef 2']);
		// Boef 2 walks a route: his clue has a circle around his route position. Boef 1's phone sent
		// a fix just before the start (not stored): his first circle is drawn around it.
		expect(s.clues.find((c) => c.boefName === 'Boef 2')!.circle).not.toBeNull();
		const clue1 = s.clues.find((c) => c.boefName === 'Boef 1')!;
		const circle = clue1.circle!;
		expect(circleContains(circle, { lat: 52.09, lng: 5.1 })).toBe(true);
		// Drawn with the game's secret: redoing the draw from the ids a phone knows (which used to
		// give the boef's position to the centimetre) gives another circle, and the secret itself
		// never reaches a phone.
		const guessed = clueCircle(
			{ lat: 52.09, lng: 5.1 },
			circle.radiusM,
			seededRandom(`${ctx.game.id}:b1:${clue1.id}`)
		);
		expect(distanceM(guessed.center, circle.center)).toBeGreaterThan(1);
		const [row] = await db()
			.select({ secret: liveSession.drawSecret })
			.from(liveSession)
			.where(eq(liveSession.id, ctx.game.id));
		expect(JSON.stringify(anna.received)).not.toContain(row!.secret);
		expect(s.clues.find((c) => c.boefName === 'Boef 1')!.signalement).toEqual({
			person: {
				sex: 'man',
				ageYears: { min: 25, max: 35 },
				clothing: [{ part: 'jas', colours: ['rood'], description: 'regenjas' }]
			}
		});
	});

	it('stores the boef’s GPS fixes once each and shows them only to the dashboard', async () => {
		const now = Date.now();
		// Fixes from before he entered the game are not stored: these are just after the start.
		const start = hostViews.at(-1)!.state.startedAtMs!;
		const fixes = [
			{ at: start + 1, lat: SECRET_LAT, lng: 5.1003311, accuracyM: 8 },
			{ at: start + 2, lat: SECRET_LAT + 0.0001, lng: 5.1003311, accuracyM: 8 }
		];
		await expectBacklogStoredOnce(boef1, now, fixes);
		await until(() => hostPositions.some((p) => p.boefId === 'b1'));
		const [{ n } = { n: -1 }] = await db()
			.select({ n: count() })
			.from(boefPosition)
			.where(eq(boefPosition.boefId, 'b1'));
		expect(n).toBe(2);
		// A participant cannot pretend to be a boef.
		expect(await emit(anna.socket, 'boef:position', { sentAt: now, fixes })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('a report is acknowledged once stored, counts once, and reaches the dashboard and the team', async () => {
		const payload = reportPayload({ place: { lat: 52.0938, lng: 5.1004 } });
		const first = await emit<PlayerReport>(anna.socket, 'game:report', payload);
		expect(first).toMatchObject({ ok: true, data: { id: payload.id, mine: true, feedback: null } });
		// Resent (the phone never saw the ack): the same report, still one row.
		const again = await emit<PlayerReport>(anna.socket, 'game:report', payload);
		expect(again).toEqual(first);
		const [{ n } = { n: -1 }] = await db()
			.select({ n: count() })
			.from(gameReport)
			.where(eq(gameReport.id, payload.id));
		expect(n).toBe(1);
		// Shown at once; its match proposals follow in a second message moments later.
		await until(() => hostReports.some((r) => r.id === payload.id));
		await until(() => hostReports.some((r) => r.id === payload.id && r.proposals.length > 0));
		const onDashboard = hostReports.find((r) => r.id === payload.id && r.proposals.length > 0)!;
		expect(onDashboard.nickname).toBe('Anna');
		expect(onDashboard.proposals[0]).toMatchObject({ boefId: 'b1', likely: true });
		// Bram is in Anna's team ("De Uilen" = "de uilen"): he sees it; Cor is not.
		await until(() => bram.received.some((m) => m.event === 'game:feedback'));
		expect(cor.received.some((m) => m.event === 'game:feedback')).toBe(false);
		// Another participant cannot claim Anna's report id.
		expect(await emit(cor.socket, 'game:report', payload)).toMatchObject({ ok: false });
	});

	it('a report queued offline keeps the moment it was made, whatever the phone’s clock says', async () => {
		// The phone's clock is 1 hour behind; the report was made offline, halfway between the
		// start and now, and sent now.
		const skew = -3_600_000;
		const start = hostViews.at(-1)!.state.startedAtMs!;
		await new Promise((r) => setTimeout(r, 200));
		const now = Date.now();
		const made = start + Math.round((now - start) / 2);
		const payload = reportPayload({ madeAt: made + skew, sentAt: now + skew, seenMinutesAgo: 5 });
		const ack = await emit<PlayerReport>(cor.socket, 'game:report', payload);
		expect(ack.ok).toBe(true);
		const atMs = ack.ok ? ack.data.atMs : 0;
		// Only the time in transit (milliseconds here) can shift it.
		expect(Math.abs(atMs - made)).toBeLessThan(50);
		// Made before the start (a phone's leftover queue) counts from the start.
		const early = await emit<PlayerReport>(
			cor.socket,
			'game:report',
			reportPayload({ madeAt: now + skew - 86_400_000, sentAt: now + skew })
		);
		expect(early.ok && early.data.atMs).toBe(start);
	});

	it('refuses invalid reports with a translated error and stores nothing', async () => {
		const bad = reportPayload({ channel: '113' });
		expect(await emit(cor.socket, 'game:report', bad)).toMatchObject({
			ok: false,
			error: { code: 'invalid_payload', message: expect.any(String) }
		});
		const [{ n } = { n: -1 }] = await db()
			.select({ n: count() })
			.from(gameReport)
			.where(eq(gameReport.id, bad.id as string));
		expect(n).toBe(0);
	});

	it('the spelleider confirms a match and answers; the reporter sees the reply at once', async () => {
		const report = hostReports.find((r) => r.nickname === 'Anna')!;
		const ack = await emit<HostReport>(dashboard, 'game:review', {
			liveSessionId: ctx.game.id,
			reportId: report.id,
			match: 'b1',
			feedback: 'was-boef'
		});
		expect(ack).toMatchObject({
			ok: true,
			data: { matchBoefId: 'b1', matchStatus: 'confirmed', feedback: 'was-boef' }
		});
		const reviewed = ack.ok ? ack.data : null;
		// Behaviour described, jacket colour and sex right, via 112, at once: a good report.
		expect(reviewed!.quality).toBeGreaterThan(40);
		await until(() =>
			anna.received.some(
				(m) =>
					m.event === 'game:feedback' && (m.payload as PlayerReport[]).some((r) => r.feedback === 'was-boef')
			)
		);
		// A participant cannot review.
		expect(
			await emit(anna.socket, 'game:review', {
				liveSessionId: ctx.game.id,
				reportId: report.id,
				feedback: 'good-report'
			})
		).toMatchObject({ ok: false, error: { code: 'forbidden' } });
	});

	it('flags a report about appearance only, live and when read back from the database', async () => {
		const looks = reportPayload({
			behaviour: '',
			signalement: { person: { sex: 'man', clothing: [{ part: 'jas', colours: ['zwart'] }] } }
		});
		expect((await emit(cor.socket, 'game:report', looks)).ok).toBe(true);
		await until(() => hostReports.some((r) => r.id === looks.id && r.flags.includes('appearance-only')));
		forgetAllGames();
		const again = await emit<HostGameView>(dashboard, 'game:watch', { liveSessionId: ctx.game.id });
		expect(again.ok && again.data.reports.find((r) => r.id === looks.id)!.flags).toEqual(['appearance-only']);
	});

	it('a real incident pauses everyone, with the message, and resumes', async () => {
		await command(dashboard, ctx.game.id, {
			type: 'pause',
			message: 'Even pauze: echte melding in de wijk.'
		});
		await until(() => latest(cor.states).incident?.message === 'Even pauze: echte melding in de wijk.');
		await command(dashboard, ctx.game.id, { type: 'resume' });
		await until(() => latest(cor.states).incident === null);
		expect(latest(cor.states).clock.pauses).toHaveLength(1);
	});

	it('a manual clue goes out now with a circle around the boef’s last fix', async () => {
		const ack = await emit(dashboard, 'game:clue', {
			liveSessionId: ctx.game.id,
			id: randomUUID(),
			boefId: 'b1',
			text: 'Hij is gezien bij de bakker.',
			fields: ['person.carrying'],
			circle: true,
			radiusM: 300
		});
		expect(ack).toMatchObject({
			ok: true,
			data: { text: 'Hij is gezien bij de bakker.', circle: { radiusM: 300 } }
		});
		await until(() => latest(cor.states).clues.some((c) => c.text === 'Hij is gezien bij de bakker.'));
		const clue = latest(cor.states).clues.find((c) => c.text === 'Hij is gezien bij de bakker.')!;
		expect(clue.signalement).toEqual({ person: { carrying: 'zwarte rugzak' } });
	});

	it('a wrong code word finds nothing; the right one finds the boef and he is aangehouden', async () => {
		expect(await emit(cor.socket, 'game:find', { id: randomUUID(), codeWord: 'rode reiger' })).toEqual({
			ok: true,
			data: { found: false, boefName: null, first: false }
		});
		const findId = randomUUID();
		expect(await emit(cor.socket, 'game:find', { id: findId, codeWord: 'blauwe  REIGER!' })).toEqual({
			ok: true,
			data: { found: true, boefName: 'Boef 1', first: true }
		});
		// Resent: same answer, counted once.
		expect(await emit(cor.socket, 'game:find', { id: findId, codeWord: 'blauwe reiger' })).toEqual({
			ok: true,
			data: { found: true, boefName: 'Boef 1', first: true }
		});
		await until(() => latest(cor.states).boeven[0]!.status === 'caught');
		expect(latest(cor.states).finds).toHaveLength(1);
		expect(latest(anna.states).finds).toHaveLength(0);
		expect(hostViews.at(-1)!.state.boeven.b1!.caughtAtMs).not.toBeNull();
		// A caught boef's phone may stop sharing.
		const now = Date.now();
		expect(
			await emit(boef1, 'boef:position', { sentAt: now, fixes: [{ at: now, lat: 52.09, lng: 5.1 }] })
		).toEqual({
			ok: true,
			data: { stored: 1, sharing: false }
		});
	});

	it('limits wrong code words', async () => {
		for (let i = 0; i < 4; i++)
			await emit(bram.socket, 'game:find', { id: randomUUID(), codeWord: `fout${i}` });
		await emit(bram.socket, 'game:find', { id: randomUUID(), codeWord: 'fout5' });
		expect(await emit(bram.socket, 'game:find', { id: randomUUID(), codeWord: 'gouden vis' })).toMatchObject({
			ok: false,
			error: { code: 'rate_limited', messageKey: 'game.error.tooManyCodes' }
		});
	});

	it('a later boef enters; his revoked link stops his phone', async () => {
		await command(dashboard, ctx.game.id, { type: 'boef-enter', boefId: 'b3' });
		const boef3 = server.client({ auth: { boefToken: ctx.boefTokens.b3 } });
		const states: { inPlay: boolean }[] = [];
		boef3.on('boef:state', (v) => {
			if (v.game === 'boef_in_de_wijk') states.push(v);
		});
		const revokedSeen = new Promise<void>((resolve) => boef3.once('boef:revoked', () => resolve()));
		await connected(boef3);
		await until(() => states.at(-1)?.inPlay === true);
		const gone = disconnected(boef3);
		await revokeBoefLinks(ctx.user, ctx.game.id, 'b3');
		await revokedSeen;
		await gone;
		// The old link no longer opens anything: the connection is anonymous and may not send positions.
		const again = server.client({ auth: { boefToken: ctx.boefTokens.b3 } });
		await connected(again);
		expect(await emit(again, 'boef:sync', {})).toMatchObject({
			ok: false,
			error: { code: 'unauthenticated' }
		});
	});

	it('after losing its memory (as after a restart) the game continues from the database', async () => {
		forgetAllGames();
		const reconnected = await rejoinGame(server.client, anna.joined.participantToken);
		const s = latest(reconnected.states);
		expect(s.phase).toBe('running');
		expect(s.reports.map((r) => r.feedback)).toContain('was-boef');
		expect(s.clues.length).toBeGreaterThanOrEqual(3);
		// The dashboard watches again and sees the same game.
		const watched = await emit<HostGameView>(dashboard, 'game:watch', { liveSessionId: ctx.game.id });
		expect(watched.ok && watched.data.reports.length).toBe(4);
		expect(watched.ok && watched.data.tracks.b1!.length).toBe(3);
		anna = { ...anna, ...reconnected };
	});

	it('ends: every phone gets its place on the leaderboard; reports queued before the end still count', async () => {
		const beforeEnd = Date.now();
		await command(dashboard, ctx.game.id, { type: 'end' });
		await until(() => latest(cor.states).phase === 'ended');
		expect(latest(cor.states).result).toMatchObject({ rank: 1, firstFinds: 1 });
		expect(latest(anna.states).result).toMatchObject({ rank: 2 });
		// A phone that was offline at the end comes back: its report made before the end counts…
		const late = await rejoinGame(server.client, cor.joined.participantToken);
		expect(latest(late.states)).toMatchObject({ phase: 'ended', result: { rank: 1 } });
		const now = Date.now();
		const queued = reportPayload({ madeAt: beforeEnd - 50, sentAt: now });
		expect(await emit(late.socket, 'game:report', queued)).toMatchObject({
			ok: true,
			data: { id: queued.id }
		});
		// …one made after the end does not, and nobody can join or find any more.
		expect(await emit(late.socket, 'game:report', reportPayload())).toMatchObject({
			ok: false,
			error: { code: 'too_late', messageKey: 'game.error.ended' }
		});
		expect(await emit(late.socket, 'game:find', { id: randomUUID(), codeWord: 'gouden vis' })).toMatchObject({
			ok: false,
			error: { messageKey: 'game.error.ended' }
		});
		const anon = server.client();
		await connected(anon);
		expect(await emit(anon, 'game:join', { code: ctx.game.joinCode, nickname: 'Laatkomer' })).toMatchObject({
			ok: false,
			error: { messageKey: 'game.error.ended' }
		});
	});
});

describe('what participants received, all evening', () => {
	it('never a boef position, track or code word; never the other team’s reports', () => {
		for (const phone of [anna, bram, cor]) {
			const all = JSON.stringify(phone.received);
			expect(all).not.toContain(String(SECRET_LAT).slice(0, 9));
			expect(all).not.toContain('5.1003311');
			expect(all).not.toContain('tracks');
			expect(all).not.toContain('Zwarte kat');
			expect(all).not.toContain('Gouden vis');
			expect(all).not.toContain('waypoints');
		}
		// Only the finder's own phone ever saw Boef 1's code word: the one he typed himself is not echoed back.
		expect(JSON.stringify(anna.received)).not.toContain('reiger');
		// Cor (Vossen) never received the Uilen's report, and vice versa.
		const corIds = cor.received
			.filter((m) => m.event === 'game:feedback')
			.flatMap((m) => (m.payload as PlayerReport[]).map((r) => r.nickname));
		expect(corIds.every((n) => n === 'Cor')).toBe(true);
		const annaStates = anna.received
			.filter((m) => m.event === 'game:state')
			.map((m) => m.payload as PlayerGameView);
		expect(annaStates.every((s) => s.reports.every((r) => r.nickname !== 'Cor'))).toBe(true);
	});

	it('an unknown boef link is refused as a boef', async () => {
		const fake = server.client({ auth: { boefToken: 'x'.repeat(43) } });
		await connected(fake);
		expect(await emit(fake, 'boef:sync', {})).toMatchObject({ ok: false });
	});
});
