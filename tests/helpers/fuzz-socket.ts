import fs from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';
import type { LaunchedServer } from './server';
import { brief, holdsUnstorable, TEXT_KINDS, toWire, type HostileCase } from './hostile';

/**
 * Sockets for the fuzz suite: one connection per identity, reconnected when the server closed
 * it (an oversized frame), and a send that always resolves: with the ack, with 'timeout', or
 * with 'disconnected' when the server dropped the connection instead of answering.
 */

export type FuzzSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type Outcome =
	{ kind: 'ack'; ack: Ack<unknown> } | { kind: 'timeout' } | { kind: 'disconnected'; reason: string };

/** Generous for a 2-core machine shared with others; an answer normally takes a few ms. */
export const ACK_TIMEOUT_MS = 5_000;

export interface IdentityOptions {
	auth?: Record<string, unknown>;
	cookie?: string;
}

export class Phones {
	private readonly sockets = new Map<string, FuzzSocket>();
	private readonly options = new Map<string, IdentityOptions>();
	private readonly all: FuzzSocket[] = [];
	constructor(private readonly server: LaunchedServer) {}

	define(name: string, opts: IdentityOptions) {
		this.options.set(name, opts);
	}

	/** A fresh connection (not remembered under a name), e.g. for an honest phone. */
	async open(opts: IdentityOptions): Promise<FuzzSocket> {
		const socket: FuzzSocket = io(this.server.url, {
			transports: ['websocket'],
			reconnection: false,
			forceNew: true,
			auth: { locale: 'nl', ...(opts.auth ?? {}) },
			extraHeaders: opts.cookie ? { cookie: opts.cookie } : {}
		});
		this.all.push(socket);
		await new Promise<void>((resolve, reject) => {
			socket.once('connect', () => resolve());
			socket.once('connect_error', reject);
		});
		return socket;
	}

	/** The connection of a defined identity, opened again if the server closed it. */
	async get(name: string): Promise<FuzzSocket> {
		const known = this.sockets.get(name);
		if (known?.connected) return known;
		const opts = this.options.get(name);
		if (!opts) throw new Error(`unknown identity ${name}`);
		const socket = await this.open(opts);
		this.sockets.set(name, socket);
		return socket;
	}

	closeAll() {
		for (const s of this.all) s.close();
	}
}

interface ClientInternals {
	ids: number;
	acks: Record<number, (...args: unknown[]) => void>;
	io: { engine: { write(data: string): void } };
}

/**
 * Writes a socket.io EVENT packet by hand: the client's own encoder walks the payload
 * recursively (hasBinary) and overflows its stack on a 10,000-deep value before sending.
 * With `onAck`, the packet asks for an acknowledgement the client routes back to it.
 */
export function rawEmit(
	socket: FuzzSocket,
	event: string,
	payload: unknown,
	onAck?: (ack: Ack<unknown>) => void
): void {
	const internals = socket as unknown as ClientInternals;
	const data = toWire(payload === undefined ? [event] : [event, payload]);
	if (!onAck) return internals.io.engine.write(`2${data}`);
	const id = internals.ids++;
	internals.acks[id] = (ack: unknown) => onAck(ack as Ack<unknown>);
	internals.io.engine.write(`2${id}${data}`);
}

/** Emits and waits for the ack, the server closing the connection, or the timeout. */
export function send(
	socket: FuzzSocket,
	event: string,
	payload: unknown,
	timeoutMs = ACK_TIMEOUT_MS
): Promise<Outcome> {
	return new Promise((resolve) => {
		const onDisconnect = (reason: string) => done({ kind: 'disconnected', reason });
		const timer = setTimeout(() => done({ kind: 'timeout' }), timeoutMs);
		function done(o: Outcome) {
			clearTimeout(timer);
			socket.off('disconnect', onDisconnect);
			resolve(o);
		}
		socket.once('disconnect', onDisconnect);
		rawEmit(socket, event, payload, (ack) => done({ kind: 'ack', ack }));
	});
}

/** What a case may get back. `accept`: ok:true is legitimate (cleaned input, optional field, ...). */
export function judge(outcome: Outcome, c: HostileCase, accept: boolean): string | null {
	if (outcome.kind === 'disconnected')
		return c.kind === 'megabyte' ? null : `connection closed (${outcome.reason})`;
	if (outcome.kind === 'timeout') return 'no ack (timeout)';
	const { ack } = outcome;
	if (ack.ok) {
		if (!accept) return `accepted: ${brief(ack.data)}`;
		if (holdsUnstorable(ack.data)) return `accepted with NUL/lone surrogate echoed: ${brief(ack.data)}`;
		return null;
	}
	const { code, message, messageKey } = ack.error ?? {};
	if (code === 'internal') return `internal ack`;
	if (typeof message !== 'string' || message.trim() === '') return `error ack without message (${code})`;
	if (message === messageKey) return `untranslated message ${messageKey}`;
	return null;
}

/** "path:kind" rules; "path:text" stands for NUL and both lone surrogates. */
export function acceptRule(rules: readonly string[]): (c: HostileCase) => boolean {
	const set = new Set(
		rules.flatMap((r) => (r.endsWith(':text') ? TEXT_KINDS.map((k) => `${r.slice(0, -5)}:${k}`) : [r]))
	);
	return (c) => set.has(`${c.path}:${c.kind}`);
}

/** Error-level (and worse) lines of the server's pino output, e.g. "socket handler failed". */
export function errorLines(output: string): string[] {
	return output
		.split('\n')
		.filter((line) => /"level":(50|60)/.test(line))
		.map((line) => {
			try {
				const o = JSON.parse(line) as { msg?: string; err?: { message?: string } };
				return `${o.msg}: ${o.err?.message ?? ''}`.slice(0, 200);
			} catch {
				return line.slice(0, 200);
			}
		});
}

/** The client→server event names declared in events.ts, read from the file itself. */
export function declaredClientEvents(file = 'src/lib/realtime/events.ts'): string[] {
	const src = fs.readFileSync(file, 'utf8');
	const start = src.indexOf('export interface ClientToServerEvents');
	const end = src.indexOf('\n}', start);
	return [...src.slice(start, end).matchAll(/^\t'([a-z]+:[a-zA-Z]+)':/gm)].map((m) => m[1]!);
}
