import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { evenRounds } from '$lib/domain/boef/clues';
import { defaultCluePlan, type BoefPlan, type GameCommand, type GamePlan } from '$lib/domain/boef/game';
import type { HostGameView, PlayerGameView } from '$lib/domain/boef/game-views';
import type { LatLng } from '$lib/domain/boef/geo';
import type { Channel } from '$lib/domain/boef/report';
import type { SignalementInput } from '$lib/domain/boef/signalement';
import type { Ack, GameReportPayload, JoinResult } from '$lib/realtime/events';
import { connected, emit, phoneAddress, postForm, type Client } from './app';

/**
 * What the game benchmark does with the app, over HTTP and socket.io as the spelleider's
 * laptop, the boeven's phones and the participants' phones do: the same forms and events, no
 * shortcuts into the server.
 */

const MIN = 60_000;

export function gameClient(
	baseUrl: string,
	opts: { cookie?: string; participantToken?: string; boefToken?: string; address?: string } = {}
): Client {
	const auth: Record<string, string> = {};
	if (opts.participantToken) auth.participantToken = opts.participantToken;
	if (opts.boefToken) auth.boefToken = opts.boefToken;
	return io(baseUrl, {
		transports: ['websocket'],
		forceNew: true,
		reconnection: false,
		auth,
		extraHeaders: {
			...(opts.cookie ? { cookie: opts.cookie } : {}),
			...(opts.address ? { 'x-forwarded-for': opts.address } : {})
		}
	});
}

/** SvelteKit's answer to a form action posted as `use:enhance` does (JSON instead of a page). */
interface ActionResult {
	type: 'success' | 'failure' | 'redirect' | 'error';
	status?: number;
	/** devalue-serialised. */
	data?: string;
	location?: string;
}

async function postAction(
	baseUrl: string,
	pathname: string,
	fields: Record<string, string>,
	cookie: string
): Promise<ActionResult> {
	const res = await fetch(`${baseUrl}${pathname}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseUrl,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded',
			cookie
		},
		body: new URLSearchParams(fields)
	});
	if (!res.ok) throw new Error(`${pathname}: HTTP ${res.status}`);
	return (await res.json()) as ActionResult;
}

/** Creates a game as the "Nieuw spel" form does; returns its id. */
export async function createGame(baseUrl: string, cookie: string, title: string, boefName: string) {
	const res = await postForm(baseUrl, '/games?/create', { title, boefName }, cookie);
	const match = /^\/games\/([0-9a-f-]{36})\/setup$/.exec(res.headers.get('location') ?? '');
	if (res.status !== 303 || !match) throw new Error(`creating the game failed: HTTP ${res.status}`);
	return match[1]!;
}

/** Saves the whole plan as the set-up page's editor does. */
export async function savePlan(baseUrl: string, cookie: string, id: string, title: string, plan: GamePlan) {
	const result = await postAction(
		baseUrl,
		`/games/${id}/setup?/save`,
		{ title, plan: JSON.stringify(plan) },
		cookie
	);
	if (result.type !== 'success')
		throw new Error(`saving the plan failed: ${result.type} ${result.status ?? ''} ${result.data ?? ''}`);
}

/** A fresh secret link for a boef, from the dashboard's "Nieuwe link" button; returns its token. */
export async function boefLinkToken(baseUrl: string, cookie: string, id: string, boefId: string) {
	const result = await postAction(baseUrl, `/games/${id}?/renewLink`, { boefId }, cookie);
	const token = /\/boef\/([A-Za-z0-9_-]{43})/.exec(result.data ?? '')?.[1];
	if (result.type !== 'success' || !token)
		throw new Error(`no link for ${boefId}: ${result.type} ${result.status ?? ''}`);
	return token;
}

export async function watchGame(socket: Client, liveSessionId: string): Promise<HostGameView> {
	const ack = await emit<HostGameView>(socket, 'game:watch', { liveSessionId }, 30_000);
	if (!ack.ok) throw new Error(`watch refused: ${ack.error.code} ${ack.error.message}`);
	return ack.data;
}

export async function gameCommand(
	socket: Client,
	liveSessionId: string,
	command:
		| Exclude<GameCommand, { type: 'meldkamer' }>
		| Omit<Extract<GameCommand, { type: 'meldkamer' }>, 'recordedBy'>
): Promise<HostGameView> {
	const ack = await emit<HostGameView>(socket, 'game:command', { liveSessionId, command });
	if (!ack.ok) throw new Error(`${command.type} refused: ${ack.error.code} ${ack.error.message}`);
	return ack.data;
}

export interface GamePhone {
	socket: Client;
	joined: JoinResult;
	/** The latest game:state this phone received. */
	state: PlayerGameView | null;
	/** game:feedback messages received (its own and its team's reports). */
	feedback: number;
}

/**
 * Joins like a phone: game:join on an anonymous connection, then a new connection with the
 * participant token (the page reloads into the game), which receives game:state.
 */
export async function joinGamePhone(
	baseUrl: string,
	code: string,
	nickname: string,
	team: string
): Promise<GamePhone> {
	const anon = gameClient(baseUrl, { address: phoneAddress() });
	try {
		await connected(anon);
		const ack = await emit<JoinResult>(anon, 'game:join', { code, nickname, team });
		if (!ack.ok) throw new Error(`join of ${nickname} refused: ${ack.error.code} ${ack.error.message}`);
		const socket = gameClient(baseUrl, { participantToken: ack.data.participantToken });
		const phone: GamePhone = { socket, joined: ack.data, state: null, feedback: 0 };
		socket.on('game:feedback', () => phone.feedback++);
		const first = new Promise<void>((resolve) =>
			socket.on('game:state', (view) => {
				phone.state = view;
				resolve();
			})
		);
		await connected(socket);
		let timer: ReturnType<typeof setTimeout> | undefined;
		await Promise.race([
			first,
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error('no game:state after joining')), 10_000);
			})
		]).finally(() => clearTimeout(timer));
		return phone;
	} finally {
		anon.close();
	}
}

// ---------------------------------------------------------------- the neighbourhood

/** A square of about 1.1 × 0.7 km, as in the integration tests. */
export const AREA: LatLng[] = [
	{ lat: 52.088, lng: 5.095 },
	{ lat: 52.098, lng: 5.095 },
	{ lat: 52.098, lng: 5.105 },
	{ lat: 52.088, lng: 5.105 }
];

const WALK_SPEED_MPS = 1.4;
const M_PER_DEG_LAT = 111_320;
const M_PER_DEG_LNG = M_PER_DEG_LAT * Math.cos((52.093 * Math.PI) / 180);

/** Each boef walks his own block, round and round. */
const BLOCKS: LatLng[][] = [
	[
		{ lat: 52.0895, lng: 5.0965 },
		{ lat: 52.0925, lng: 5.0965 },
		{ lat: 52.0925, lng: 5.0995 },
		{ lat: 52.0895, lng: 5.0995 }
	],
	[
		{ lat: 52.0935, lng: 5.0975 },
		{ lat: 52.0965, lng: 5.0975 },
		{ lat: 52.0965, lng: 5.1015 },
		{ lat: 52.0935, lng: 5.1015 }
	],
	[
		{ lat: 52.09, lng: 5.1005 },
		{ lat: 52.094, lng: 5.1005 },
		{ lat: 52.094, lng: 5.104 },
		{ lat: 52.09, lng: 5.104 }
	]
];

function distanceM(a: LatLng, b: LatLng) {
	return Math.hypot((b.lat - a.lat) * M_PER_DEG_LAT, (b.lng - a.lng) * M_PER_DEG_LNG);
}

/** Where boef `index` is `elapsedMs` after he set off, walking his block at 1.4 m/s. */
export function walkPosition(index: number, elapsedMs: number): LatLng {
	const block = BLOCKS[index % BLOCKS.length]!;
	const legs = block.map((from, i) => ({ from, to: block[(i + 1) % block.length]! }));
	const lapM = legs.reduce((sum, l) => sum + distanceM(l.from, l.to), 0);
	let left = ((WALK_SPEED_MPS * elapsedMs) / 1000) % lapM;
	for (const { from, to } of legs) {
		const d = distanceM(from, to);
		if (left <= d) {
			const f = left / d;
			return { lat: from.lat + (to.lat - from.lat) * f, lng: from.lng + (to.lng - from.lng) * f };
		}
		left -= d;
	}
	return block[0]!;
}

/** A point about `metres` away from `p` in a direction given by `turn` (0–1). */
export function near(p: LatLng, metres: number, turn: number): LatLng {
	const a = turn * 2 * Math.PI;
	return {
		lat: p.lat + (Math.cos(a) * metres) / M_PER_DEG_LAT,
		lng: p.lng + (Math.sin(a) * metres) / M_PER_DEG_LNG
	};
}

export const BOEF_IDS = ['b1', 'b2', 'b3'] as const;

/** Three boeven on live GPS from the start, 4 rounds of 20 minutes, the default clues. */
export function benchPlan(): GamePlan {
	const schedule = evenRounds(4, 20 * MIN);
	const boeven: BoefPlan[] = [
		{
			id: 'b1',
			name: 'De fietser',
			codeWord: 'Blauwe reiger',
			signalement: {
				person: {
					sex: 'man',
					ageYears: { min: 25, max: 35 },
					heightCm: { min: 180, max: 190 },
					build: 'slank',
					clothing: [
						{ part: 'jas', colours: ['rood'], description: 'regenjas' },
						{ part: 'onder', colours: ['blauw'], description: 'spijkerbroek' },
						{ part: 'schoenen', colours: ['wit'] }
					],
					carrying: 'zwarte rugzak'
				},
				vehicle: { kind: 'fiets', colour: 'zwart' }
			},
			movement: { kind: 'gps' },
			entry: 'start'
		},
		{
			id: 'b2',
			name: 'De wandelaar',
			codeWord: 'Zwarte kat',
			signalement: {
				person: {
					sex: 'vrouw',
					ageYears: { min: 40, max: 50 },
					hair: { colour: 'blond', length: 'lang' },
					clothing: [
						{ part: 'boven', colours: ['groen'], description: 'trui' },
						{ part: 'hoofd', colours: ['grijs'], description: 'muts' }
					],
					carrying: 'boodschappentas'
				}
			},
			movement: { kind: 'gps' },
			entry: 'start'
		},
		{
			id: 'b3',
			name: 'De klusser',
			codeWord: 'Gouden vis',
			signalement: {
				person: {
					sex: 'man',
					ageYears: { min: 50, max: 60 },
					build: 'fors',
					beard: true,
					clothing: [{ part: 'jas', colours: ['oranje'], description: 'werkjas met reflectie' }]
				},
				vehicle: { kind: 'bestelbus', colour: 'wit', make: 'Volkswagen', plate: '12-ab-cd' }
			},
			movement: { kind: 'gps' },
			entry: 'start'
		}
	];
	return {
		area: AREA,
		scheduledAt: null,
		schedule,
		radiiM: [1000, 600, 350, 200],
		boeven,
		clues: defaultCluePlan(boeven, schedule)
	};
}

// ---------------------------------------------------------------- what participants report

const BEHAVIOURS = [
	'Loopt langs geparkeerde auto’s en voelt aan de portieren.',
	'Kijkt met een zaklamp door de ramen van een bestelbus.',
	'Staat al tien minuten bij de achterom en kijkt steeds om zich heen.',
	'Fietst langzaam rondjes door de straat en kijkt naar de voordeuren.',
	'Probeert de schuur van nummer 12 open te krijgen.',
	'Maakt foto’s van huizen en schrijft iets op.',
	'Rent weg toen er een auto de straat in reed.',
	'Loopt met een tas vol gereedschap het steegje in.',
	'Belt aan bij meerdere huizen en loopt door als er iemand opendoet.',
	'Zit in een witte bus met draaiende motor naast de speeltuin.'
];

const SIGNALEMENTS: SignalementInput[] = [
	{ person: { sex: 'man', clothing: [{ part: 'jas', colours: ['rood'] }] } },
	{
		person: {
			sex: 'man',
			heightCm: { min: 175, max: 190 },
			clothing: [{ part: 'schoenen', colours: ['wit'] }]
		}
	},
	{ person: { sex: 'vrouw', hair: { colour: 'blond' }, clothing: [{ part: 'boven', colours: ['groen'] }] } },
	{ person: { ageYears: { min: 40, max: 55 }, clothing: [{ part: 'hoofd', description: 'grijze muts' }] } },
	{ person: { sex: 'man', build: 'fors', beard: true }, vehicle: { kind: 'bestelbus', colour: 'wit' } },
	{ vehicle: { kind: 'bestelbus', colour: 'wit', plate: '12-ab-c?' } },
	{ person: { sex: 'man', carrying: 'zwarte rugzak' }, vehicle: { kind: 'fiets' } },
	{ person: { clothing: [{ part: 'jas', colours: ['oranje'], description: 'met reflectiestrepen' }] } }
];

/** Mostly 112 (it is happening now), sometimes the non-urgent number or only the app group. */
function channelFor(k: number): Channel {
	if (k % 10 === 7) return '0900-8844';
	if (k % 20 === 3) return 'buurtapp';
	return '112';
}

/** Report `k` of the burst: varied, about 40–200 m from one of the boeven. */
export function benchReport(k: number, boefPositions: readonly LatLng[]): GameReportPayload {
	const now = Date.now();
	const boef = boefPositions[k % boefPositions.length]!;
	return {
		id: randomUUID(),
		madeAt: now,
		sentAt: now,
		seenMinutesAgo: k % 4 === 0 ? 2 : 0,
		behaviour: BEHAVIOURS[k % BEHAVIOURS.length]!,
		signalement: SIGNALEMENTS[(k * 7) % SIGNALEMENTS.length]!,
		channel: channelFor(k),
		place: near(boef, 40 + ((k * 37) % 160), (((k * 0.618) % 1) + 1) % 1)
	};
}

// ---------------------------------------------------------------- the boeven's phones

/** One boef:position message: when it left, when its ack came back, what it said. */
export interface PositionSample {
	sentAt: number;
	ackAt?: number;
	stored: number;
	error?: string;
}

/**
 * The boeven's phones: each shares one GPS fix a second while walking his block, the phones a
 * fraction of a second apart, and every message and its acknowledgement is recorded.
 */
export class BoefPhones {
	readonly samples: PositionSample[] = [];
	private timers: ReturnType<typeof setTimeout>[] = [];
	private readonly startedAt = Date.now();

	private constructor(private readonly sockets: Client[]) {}

	static async connect(baseUrl: string, tokens: string[], intervalMs = 1000): Promise<BoefPhones> {
		const sockets = tokens.map((boefToken) => gameClient(baseUrl, { boefToken }));
		const phones = new BoefPhones(sockets);
		try {
			await Promise.all(sockets.map((s) => connected(s)));
		} catch (err) {
			phones.close();
			throw err;
		}
		sockets.forEach((_, i) => {
			const first = setTimeout(
				() => {
					phones.send(i);
					phones.timers.push(setInterval(() => phones.send(i), intervalMs));
				},
				(i * intervalMs) / sockets.length
			);
			phones.timers.push(first);
		});
		return phones;
	}

	/** Where each boef is now. */
	positions(): LatLng[] {
		const elapsed = Date.now() - this.startedAt;
		return this.sockets.map((_, i) => walkPosition(i, elapsed));
	}

	private send(i: number) {
		const at = Date.now();
		const p = walkPosition(i, at - this.startedAt);
		const sample: PositionSample = { sentAt: performance.now(), stored: 0 };
		this.samples.push(sample);
		this.sockets[i]!.emit(
			'boef:position',
			{ sentAt: at, fixes: [{ at, lat: p.lat, lng: p.lng, accuracyM: 8 }] },
			(ack: Ack<{ stored: number; sharing: boolean }>) => {
				sample.ackAt = performance.now();
				if (ack.ok) sample.stored = ack.data.stored;
				else sample.error = ack.error.code;
			}
		);
	}

	/** Stops sharing and waits (up to `timeoutMs`) for the acks of what was sent. */
	async stop(timeoutMs = 3000): Promise<void> {
		for (const t of this.timers) clearInterval(t);
		this.timers = [];
		const until = performance.now() + timeoutMs;
		while (this.samples.some((s) => s.ackAt === undefined) && performance.now() < until)
			await new Promise((r) => setTimeout(r, 10));
	}

	close() {
		for (const t of this.timers) clearInterval(t);
		this.timers = [];
		for (const s of this.sockets) s.close();
	}
}
