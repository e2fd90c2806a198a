import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GamePlan } from '$lib/domain/boef/game';
import type { HostGameView, PlayerGameView, PlayerReport } from '$lib/domain/boef/game-views';
import type { JoinResult } from '$lib/realtime/events';
import { testPlan } from '../helpers/game';
import { connected, emit, restartHarness, until } from '../helpers/restart';
import { postForm } from '../helpers/server';

/**
 * A Boef in de Wijk game survives a crash of the production server mid-round: the server is
 * killed with SIGKILL and started again on the same database. The game clock continues where
 * it was (the time it was down counts: a real evening does not stop for a server), a planned
 * clue that fell due while it was down is given once after the restart, acknowledged reports
 * are all there, a report queued on a phone during the outage arrives once, and the boef's
 * phone carries on sending positions, with the outage visible as a gap in his track.
 */

/** A clue 4 s into round 1: we kill the server before it and start it again after. */
const CLUE_OFFSET_MS = 4_000;

const live = restartHarness();
const { client } = live;

/** Calls a form action the way SvelteKit's enhanced forms do: the result comes back as JSON. */
async function action(pathname: string, fields: Record<string, string>, cookie: string) {
	const res = await fetch(`${live.server.url}${pathname}`, {
		method: 'POST',
		headers: {
			origin: live.server.url,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded',
			cookie
		},
		body: new URLSearchParams(fields)
	});
	return (await res.json()) as { type: string; status?: number; data?: unknown };
}

/** Logs in through the one-time setup form, creates a game and saves its plan through the set-up form. */
async function spelleiderWithGame(plan: GamePlan) {
	const setup = await postForm(live.server, '/setup', {
		organisationName: 'Basisteam Herstart',
		name: 'Wijkagent Herstart',
		email: 'herstart@test.example',
		password: 'een lange zin als wachtwoord',
		passwordConfirm: 'een lange zin als wachtwoord'
	});
	const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
	const created = await postForm(
		live.server,
		'/games?/create',
		{ title: 'Herstartspel', boefName: 'Boef 1' },
		cookie
	);
	expect(created.status).toBe(303);
	const id = /^\/games\/([0-9a-f-]{36})\/setup$/.exec(created.headers.get('location') ?? '')![1]!;
	const saved = await action(
		`/games/${id}/setup?/save`,
		{ title: 'Herstartspel', plan: JSON.stringify(plan) },
		cookie
	);
	expect(saved).toMatchObject({ type: 'success' });
	const link = await action(`/games/${id}?/renewLink`, { boefId: 'b1' }, cookie);
	const boefToken = /\/boef\/([A-Za-z0-9_-]{43})/.exec(String(link.data))![1]!;
	return { cookie, id, boefToken };
}

describe('a game after kill -9', () => {
	it('resumes the clock, gives the clue that fell due once, keeps every report and the boef’s track', async () => {
		const plan = testPlan(60_000);
		plan.clues = [
			{
				id: 'early',
				round: 1,
				offsetMs: CLUE_OFFSET_MS,
				boefId: 'b2',
				text: 'Kijk bij de school.',
				fields: [],
				circle: true
			}
		];
		const { cookie, id, boefToken } = await spelleiderWithGame(plan);

		const dashboard = client({ cookie });
		const hostViews: HostGameView[] = [];
		dashboard.on('game:host', (v) => hostViews.push(v));
		dashboard.on('connect', () => void emit(dashboard, 'game:watch', { liveSessionId: id }));
		await connected(dashboard);
		await until(() => hostViews.length > 0 || dashboard.connected, 'dashboard');
		const watched = await emit<HostGameView>(dashboard, 'game:watch', { liveSessionId: id });
		expect(watched.ok).toBe(true);
		const code = watched.ok ? watched.data.joinCode : '';

		const anon = client();
		await connected(anon);
		const joined = await emit<JoinResult>(anon, 'game:join', { code, nickname: 'Anna', team: 'Uilen' });
		anon.close();
		if (!joined.ok) throw new Error(joined.error.message);
		const phone = client({ auth: { participantToken: joined.data.participantToken } });
		const states: PlayerGameView[] = [];
		const clues: string[] = [];
		phone.on('game:state', (v) => states.push(v));
		phone.on('game:clue', (c) => clues.push(c.id));
		await connected(phone);

		const boef = client({ auth: { boefToken } });
		await connected(boef);

		for (const cmd of [
			{ type: 'meldkamer', contact: 'Meldkamer Oost', informedAtMs: Date.now() - 60_000 },
			{ type: 'start' }
		]) {
			const ack = await emit(dashboard, 'game:command', { liveSessionId: id, command: cmd });
			expect(ack.ok).toBe(true);
		}
		await until(() => states.at(-1)?.phase === 'running', 'the start on the phone');
		const startedAt = states.at(-1)!.clock.startedAtMs!;

		const fix = async (n: number) => {
			const now = Date.now();
			return emit<{ stored: number }>(boef, 'boef:position', {
				sentAt: now,
				fixes: [{ at: now, lat: 52.09 + n * 0.0001, lng: 5.1, accuracyM: 5 }]
			});
		};
		expect(await fix(1)).toMatchObject({ ok: true, data: { stored: 1 } });
		const before = { id: randomUUID(), madeAt: Date.now(), sentAt: Date.now() };
		const acked = await emit<PlayerReport>(phone, 'game:report', {
			...before,
			behaviour: 'Hij kijkt bij alle voordeuren naar binnen.',
			signalement: {},
			channel: '112',
			place: { lat: 52.0905, lng: 5.1 }
		});
		expect(acked.ok).toBe(true);
		expect(clues).toEqual([]);

		// Crash before the clue is due; stay down until after it.
		const killed = await live.server.stop('SIGKILL');
		expect(killed.code).toBeNull();
		// Meanwhile the phone queues a report (it cannot send) and the boef walks on.
		const queued = { id: randomUUID(), madeAt: Date.now() };
		await new Promise((r) => setTimeout(r, Math.max(0, startedAt + CLUE_OFFSET_MS + 500 - Date.now())));
		await live.server.start();

		// Phones, the boef and the dashboard reconnect by themselves.
		await until(() => phone.connected && boef.connected && dashboard.connected, 'reconnects');
		// Given at start-up (before the phone was back: it finds it in its state) or just after (pushed).
		await until(
			() => clues.includes('early') || !!states.at(-1)?.clues.some((c) => c.id === 'early'),
			'the clue that fell due while the server was down'
		);
		const resent = await emit<PlayerReport>(phone, 'game:report', {
			...queued,
			sentAt: Date.now(),
			behaviour: 'Hij probeert een schuurdeur open te krijgen.',
			signalement: {},
			channel: '112',
			place: { lat: 52.0906, lng: 5.1 }
		});
		expect(resent.ok).toBe(true);
		// Its moment is when it was made on the phone, not when the server came back.
		expect(resent.ok && Math.abs(resent.data.atMs - queued.madeAt)).toBeLessThan(1000);
		expect(await fix(2)).toMatchObject({ ok: true, data: { stored: 1 } });

		const after = await emit<HostGameView>(dashboard, 'game:watch', { liveSessionId: id });
		if (!after.ok) throw new Error(after.error.message);
		const view = after.data;
		expect(view.state.phase).toBe('running');
		expect(view.state.startedAtMs).toBe(startedAt);
		expect(view.clues.filter((c) => c.id === 'early')).toHaveLength(1);
		expect(view.reports.map((r) => r.id).sort()).toEqual([before.id, queued.id].sort());
		// The outage shows as the time between his two fixes.
		const track = view.tracks.b1!;
		expect(track).toHaveLength(2);
		expect(track[1]!.at - track[0]!.at).toBeGreaterThan(CLUE_OFFSET_MS / 2);
		// Round 1 still runs, counted from the original start.
		const latest = states.at(-1)!;
		expect(latest.round).toBe(1);
		expect(latest.clock.startedAtMs).toBe(startedAt);
		expect(latest.clues.filter((c) => c.id === 'early')).toHaveLength(1);
		expect(clues.filter((c) => c === 'early').length).toBeLessThanOrEqual(1);
	}, 60_000);
});
