import { randomUUID } from 'node:crypto';
import type { JoinResult } from '$lib/realtime/events';
import type { GamePlan } from '$lib/domain/boef/game';
import { defaultCluePlan } from '$lib/domain/boef/game';
import { evenRounds } from '$lib/domain/boef/clues';
import type { HostGameView, PlayerGameView } from '$lib/domain/boef/game-views';
import { setupInstallation } from '$lib/server/services/accounts';
import { createSession, validateSession } from '$lib/server/services/auth';
import { createGame, renewBoefLink, updatePlan } from '$lib/server/services/game/games';
import { connected, type TestClient } from './realtime';
import { emit, until } from './quiz';

const MIN = 60_000;

/**
 * A small neighbourhood: a square of about 1.1 × 0.7 km. Boef "b1" shares live GPS, "b2"
 * walks a planned route north along lng 5.1 from the start, "b3" enters later.
 */
export function testPlan(roundMs = 20 * MIN): GamePlan {
	const schedule = evenRounds(4, roundMs);
	const boeven: GamePlan['boeven'] = [
		{
			id: 'b1',
			name: 'Boef 1',
			codeWord: 'Blauwe reiger',
			signalement: {
				person: {
					sex: 'man',
					ageYears: { min: 25, max: 35 },
					clothing: [
						{ part: 'jas', colours: ['rood'], description: 'regenjas' },
						{ part: 'schoenen', colours: ['wit'] }
					],
					carrying: 'zwarte rugzak'
				}
			},
			movement: { kind: 'gps' },
			entry: 'start'
		},
		{
			id: 'b2',
			name: 'Boef 2',
			codeWord: 'Zwarte kat',
			signalement: { person: { sex: 'vrouw', clothing: [{ part: 'boven', colours: ['groen'] }] } },
			movement: {
				kind: 'route',
				route: {
					waypoints: [
						{ lat: 52.09, lng: 5.1 },
						{ lat: 52.1, lng: 5.1 }
					],
					speedMps: 1.4
				}
			},
			entry: 'start'
		},
		{
			id: 'b3',
			name: 'Boef 3',
			codeWord: 'Gouden vis',
			signalement: {},
			movement: { kind: 'gps' },
			entry: 'later'
		}
	];
	return {
		area: [
			{ lat: 52.088, lng: 5.095 },
			{ lat: 52.098, lng: 5.095 },
			{ lat: 52.098, lng: 5.105 },
			{ lat: 52.088, lng: 5.105 }
		],
		scheduledAt: '2026-11-21T19:00:00+01:00',
		schedule,
		radiiM: [1000, 600, 350, 200],
		boeven,
		clues: defaultCluePlan(boeven, schedule)
	};
}

export async function spelleiderWithGame(plan: GamePlan = testPlan(), email = 'spel@test.example') {
	const { accountId } = await setupInstallation({
		organisationName: 'Basisteam Spel',
		name: 'Wijkagent Spel',
		email,
		password: 'een lange zin als wachtwoord'
	});
	const { token } = await createSession(accountId);
	const user = (await validateSession(token))!.user;
	const game = await createGame(user, 'Avondspel De Wijk', 'Boef 1');
	const saved = await updatePlan(user, game.id, 'Avondspel De Wijk', plan);
	if (!saved.ok) throw new Error(`plan refused: ${JSON.stringify(saved.issues)}`);
	const boefTokens = {
		b1: await renewBoefLink(user, game.id, 'b1'),
		b3: await renewBoefLink(user, game.id, 'b3')
	};
	return { user, cookie: `do_session=${token}`, game, boefTokens };
}

export async function joinGame(
	client: (opts?: { auth?: Record<string, unknown> }) => TestClient,
	code: string,
	nickname: string,
	team?: string
) {
	const anon = client();
	await connected(anon);
	const ack = await emit<JoinResult>(anon, 'game:join', team ? { code, nickname, team } : { code, nickname });
	anon.close();
	if (!ack.ok) throw new Error(`join refused: ${ack.error.message}`);
	return { ...(await rejoinGame(client, ack.data.participantToken)), joined: ack.data };
}

/** A phone with a stored token; records every event it receives, in order. */
export async function rejoinGame(
	client: (opts?: { auth?: Record<string, unknown> }) => TestClient,
	participantToken: string
) {
	const socket = client({ auth: { participantToken } });
	const states: PlayerGameView[] = [];
	const received: { event: string; payload: unknown }[] = [];
	socket.onAny((event: string, payload: unknown) => received.push({ event, payload }));
	socket.on('game:state', (v) => states.push(v));
	await connected(socket);
	await until(() => states.length > 0);
	return { socket, states, received };
}

export async function command(socket: TestClient, liveSessionId: string, cmd: Record<string, unknown>) {
	const ack = await emit<HostGameView>(socket, 'game:command', { liveSessionId, command: cmd });
	if (!ack.ok) throw new Error(`${String(cmd.type)} refused: ${ack.error.message}`);
	return ack.data;
}

export function reportPayload(over: Record<string, unknown> = {}) {
	const now = Date.now();
	return {
		id: randomUUID(),
		madeAt: now,
		sentAt: now,
		seenMinutesAgo: 0,
		behaviour: 'Hij loopt langs geparkeerde auto’s en voelt aan de portieren.',
		signalement: { person: { sex: 'man', clothing: [{ part: 'jas', colours: ['rood'] }] } },
		channel: '112',
		place: { lat: 52.0931, lng: 5.1001 },
		...over
	};
}
