import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { liveSession } from '$lib/server/db/schema';
import { setupInstallation } from '$lib/server/services/accounts';
import { createSession, logout, validateSession } from '$lib/server/services/auth';
import { addParticipant, openLiveSession } from '$lib/server/services/participants';
import type { Ack, Identity } from '$lib/realtime/events';
import { connected, disconnected, refused, startRealtimeServer, type TestClient } from '../helpers/realtime';

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
let cookie: string;
let token: string;

const whoami = (socket: TestClient) =>
	new Promise<Ack<Identity>>((resolve) => socket.emit('system:whoami', {}, resolve));

beforeAll(async () => {
	server = await startRealtimeServer();
	const { accountId } = await setupInstallation({
		organisationName: 'Basisteam Test',
		name: 'Wijkagent Test',
		email: 'wijkagent@test.example',
		password: 'een lange zin als wachtwoord'
	});
	({ token } = await createSession(accountId));
	cookie = `do_session=${token}`;
});

afterAll(async () => {
	await server?.stop();
});

describe('socket handshake', () => {
	it('resolves a connection without credentials to anonymous', async () => {
		const socket = server.client();
		await connected(socket);
		expect(await whoami(socket)).toEqual({ ok: true, data: { kind: 'anonymous' } });
	});

	it('resolves a session cookie to the account and its role', async () => {
		const socket = server.client({ headers: { cookie } });
		await connected(socket);
		const ack = await whoami(socket);
		expect(ack.ok && ack.data).toMatchObject({ kind: 'account', role: 'beheerder' });
	});

	it('resolves a participant token to that participant of that session', async () => {
		const session = (await validateSession(token))!;
		const live = await openLiveSession(session.user, 'workshop');
		const participant = await addParticipant(live.id, 'Buurvrouw');
		const socket = server.client({ auth: { participantToken: participant.token } });
		await connected(socket);
		expect(await whoami(socket)).toEqual({
			ok: true,
			data: {
				kind: 'participant',
				participantId: participant.id,
				liveSessionId: live.id,
				nickname: 'Buurvrouw'
			}
		});

		// Once the session has ended, the same token no longer identifies anyone.
		await db().update(liveSession).set({ endedAt: new Date() }).where(eq(liveSession.id, live.id));
		const later = server.client({ auth: { participantToken: participant.token } });
		await connected(later);
		expect(await whoami(later)).toEqual({ ok: true, data: { kind: 'anonymous' } });
	});

	it('treats unknown or malformed tokens and cookies as anonymous', async () => {
		for (const opts of [
			{ auth: { participantToken: 'x'.repeat(43) } },
			{ auth: { participantToken: 12345 } },
			{ auth: { participantToken: '../../etc/passwd' } },
			{ headers: { cookie: 'do_session=not-a-real-token' } },
			{ headers: { cookie: 'do_session=%E0%A4%A' } }
		]) {
			const socket = server.client(opts);
			await connected(socket);
			expect(await whoami(socket)).toEqual({ ok: true, data: { kind: 'anonymous' } });
		}
	});

	it('refuses a handshake from a foreign Origin', async () => {
		const socket = server.client({ headers: { origin: 'https://evil.example' } });
		const err = await refused(socket);
		expect(err.message).toMatch(/websocket error|xhr poll error|Unexpected server response: 403/i);
	});

	it('accepts a handshake from its own origin', async () => {
		const socket = server.client({ headers: { origin: server.url } });
		await connected(socket);
		expect((await whoami(socket)).ok).toBe(true);
	});

	it('ends the sockets of a login session at logout, telling them why', async () => {
		const session = (await validateSession(token))!;
		const own = await createSession(session.user.id);
		const socket = server.client({ headers: { cookie: `do_session=${own.token}` } });
		await connected(socket);
		const ended = new Promise((resolve) => socket.once('auth:ended', resolve));
		const gone = disconnected(socket);
		await logout(own.token);
		expect(await ended).toEqual({ reason: 'logged-out' });
		expect(await gone).toBe('io server disconnect');
		// Another login session of the same account is untouched.
		const other = server.client({ headers: { cookie } });
		await connected(other);
		expect((await whoami(other)).ok).toBe(true);
	});
});

describe('bad input', () => {
	it('answers a malformed payload with a translated error and keeps the connection', async () => {
		const nl = server.client();
		const en = server.client({ auth: { locale: 'en' } });
		await Promise.all([connected(nl), connected(en)]);
		const bad = (s: TestClient) =>
			new Promise<Ack<Identity>>((resolve) =>
				(s.emit as (...a: unknown[]) => void)('system:whoami', { unexpected: true }, resolve)
			);
		expect(await bad(nl)).toEqual({
			ok: false,
			error: {
				code: 'invalid_payload',
				messageKey: 'error.invalidInput',
				message: 'De gegevens zijn niet goed ingevuld.'
			}
		});
		expect((await bad(en)) as unknown).toMatchObject({
			error: { message: 'The data is not filled in correctly.' }
		});
		expect(nl.connected).toBe(true);
	});

	it('ignores unknown events', async () => {
		const socket = server.client();
		await connected(socket);
		const answered = new Promise((resolve) =>
			(socket.emit as (...a: unknown[]) => void)('quiz:steal-answers', { all: true }, resolve)
		);
		const outcome = await Promise.race([answered, new Promise((r) => setTimeout(() => r('silence'), 300))]);
		expect(outcome).toBe('silence');
		expect((await whoami(socket)).ok).toBe(true);
	});

	it('refuses payloads over 64 KB by closing that connection only', async () => {
		const big = server.client();
		const bystander = server.client();
		await Promise.all([connected(big), connected(bystander)]);
		const gone = disconnected(big);
		(big.emit as (...a: unknown[]) => void)('system:whoami', { blob: 'x'.repeat(70 * 1024) }, () => {});
		expect(await gone).toMatch(/transport (close|error)/);
		expect((await whoami(bystander)).ok).toBe(true);
	});

	it('accepts an event without an acknowledgement callback without crashing', async () => {
		const socket = server.client();
		await connected(socket);
		(socket.emit as (...a: unknown[]) => void)('system:whoami', 'not-an-object');
		expect((await whoami(socket)).ok).toBe(true);
	});
});
