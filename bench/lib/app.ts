import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, JoinResult, ServerToClientEvents } from '$lib/realtime/events';
import type { HostView, PlayerView } from '$lib/domain/quiz-views';
import type { Workshop } from '$lib/domain/workshop';

/** What the benchmark does with the app, over HTTP and socket.io as browsers and phones do. */

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let phones = 0;
/** A fresh private network address per simulated phone (10.0.0.0 and on), sent as X-Forwarded-For. */
export function phoneAddress(): string {
	const n = phones++;
	return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export function postForm(baseUrl: string, pathname: string, fields: Record<string, string>, cookie?: string) {
	return fetch(`${baseUrl}${pathname}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseUrl,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields)
	});
}

/** The one-time setup; returns the new beheerder's session cookie (`do_session=…`). */
export async function setup(baseUrl: string): Promise<string> {
	const res = await postForm(baseUrl, '/setup', {
		organisationName: 'Basisteam Benchmark',
		name: 'Wijkagent Bench',
		email: 'bench@bench.example',
		password: 'een lange zin als wachtwoord',
		passwordConfirm: 'een lange zin als wachtwoord'
	});
	const cookie = res.headers.get('set-cookie')?.split(';')[0];
	if (res.status !== 303 || !cookie?.startsWith('do_session='))
		throw new Error(`setup failed: HTTP ${res.status}`);
	return cookie;
}

/** Imports a workshop through the /workshops import form (multipart, like a browser) and returns its id. */
export async function importWorkshop(baseUrl: string, cookie: string, workshop: Workshop): Promise<string> {
	const form = new FormData();
	const file = JSON.stringify({ format: 'duizend-ogen.workshop', version: 1, workshop });
	form.append('file', new Blob([file], { type: 'application/json' }), 'workshop.json');
	const res = await fetch(`${baseUrl}/workshops?/import`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: baseUrl, accept: 'text/html', cookie },
		body: form
	});
	const html = await res.text();
	if (res.status !== 200) throw new Error(`import failed: HTTP ${res.status}`);
	// The page after the action lists the workshops; each card's heading id carries the workshop id.
	const title = workshop.title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	const ids = [...html.matchAll(/<h3 id="workshop-([0-9a-f-]{36})"[^>]*>([^<]*)<\/h3>/g)]
		.filter((m) => m[2] === workshop.title || m[2] === title)
		.map((m) => m[1]!);
	if (ids.length !== 1) throw new Error(`imported workshop "${workshop.title}" not found exactly once`);
	return ids[0]!;
}

/** Starts a live session the way the "Presenteren" form does; returns its id. */
export async function startSession(baseUrl: string, cookie: string, workshopId: string): Promise<string> {
	const res = await postForm(
		baseUrl,
		'/sessions/new',
		{ workshopId, scoring: 'speed', streakBonus: 'on', showLeaderboard: 'on' },
		cookie
	);
	const location = res.headers.get('location') ?? '';
	const match = /^\/host\/([0-9a-f-]{36})$/.exec(location);
	if (res.status !== 303 || !match) throw new Error(`starting the session failed: HTTP ${res.status}`);
	return match[1]!;
}

export function client(
	baseUrl: string,
	opts: { cookie?: string; participantToken?: string; reconnection?: boolean; address?: string } = {}
): Client {
	return io(baseUrl, {
		transports: ['websocket'],
		forceNew: true,
		reconnection: opts.reconnection ?? false,
		auth: opts.participantToken ? { participantToken: opts.participantToken } : {},
		extraHeaders: {
			...(opts.cookie ? { cookie: opts.cookie } : {}),
			...(opts.address ? { 'x-forwarded-for': opts.address } : {})
		}
	});
}

export function connected(socket: Client, timeoutMs = 10_000): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('socket did not connect in time')), timeoutMs);
		socket.once('connect', () => {
			clearTimeout(timer);
			resolve();
		});
		socket.once('connect_error', (err) => {
			clearTimeout(timer);
			reject(err);
		});
	});
}

export function emit<T>(
	socket: Client,
	event: string,
	payload: unknown,
	timeoutMs = 10_000
): Promise<Ack<T>> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no ack for ${event}`)), timeoutMs);
		(socket.emit as (...a: unknown[]) => void)(event, payload, (ack: Ack<T>) => {
			clearTimeout(timer);
			resolve(ack);
		});
	});
}

export async function command(socket: Client, liveSessionId: string, cmd: string): Promise<HostView> {
	const ack = await emit<HostView>(socket, 'quiz:command', { liveSessionId, command: cmd });
	if (!ack.ok) throw new Error(`${cmd} refused: ${ack.error.code} ${ack.error.message}`);
	return ack.data;
}

export async function watch(socket: Client, liveSessionId: string): Promise<HostView> {
	const ack = await emit<HostView>(socket, 'quiz:watch', { liveSessionId });
	if (!ack.ok) throw new Error(`watch refused: ${ack.error.code} ${ack.error.message}`);
	return ack.data;
}

export interface Phone {
	socket: Client;
	joined: JoinResult;
	/** The latest quiz:state this phone received. */
	state: PlayerView | null;
}

/**
 * Joins like a phone: quiz:join on an anonymous connection, then a new connection with the
 * participant token (the page reloads into the player view), which receives quiz:state.
 */
export async function joinPhone(baseUrl: string, code: string, nickname: string): Promise<Phone> {
	const anon = client(baseUrl, { address: phoneAddress() });
	try {
		await connected(anon);
		const ack = await emit<JoinResult>(anon, 'quiz:join', { code, nickname });
		if (!ack.ok) throw new Error(`join of ${nickname} refused: ${ack.error.code} ${ack.error.message}`);
		const socket = client(baseUrl, { participantToken: ack.data.participantToken });
		const phone: Phone = { socket, joined: ack.data, state: null };
		const first = new Promise<void>((resolve) =>
			socket.on('quiz:state', (view) => {
				phone.state = view;
				resolve();
			})
		);
		await connected(socket);
		await Promise.race([
			first,
			new Promise((_, reject) => setTimeout(() => reject(new Error('no quiz:state after joining')), 10_000))
		]);
		return phone;
	} finally {
		anon.close();
	}
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function pool<T, R>(
	items: T[],
	limit: number,
	fn: (item: T, i: number) => Promise<R>
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	async function worker() {
		while (next < items.length) {
			const i = next++;
			results[i] = await fn(items[i]!, i);
		}
	}
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
