import { randomUUID } from 'node:crypto';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrackPoint } from '$lib/domain/boef/track';
import type { BurglaryBoefView, BurglaryHostView, HostAttempt } from '$lib/domain/burglary/views';
import type { Ack, AnyBoefView } from '$lib/realtime/events';
import { translate } from '$lib/i18n';
import { db } from '$lib/server/db';
import {
	addressView,
	boefPosition,
	burglaryAttempt,
	burglaryCall,
	burglaryReport
} from '$lib/server/db/schema';
import {
	attemptCommand,
	drawCampaign,
	renewCampaignBoefLink,
	watchCampaign
} from '$lib/server/services/burglary/campaigns';
import { connected, startRealtimeServer, type TestClient } from '../helpers/realtime';
import { emit, until } from '../helpers/quiz';
import { expectBacklogStoredOnce } from '../helpers/positions';
import { reportPayload } from '../helpers/game';
import {
	campaign,
	HOUSEHOLDS,
	organiser,
	outsider,
	personalStrings,
	registerAll,
	storedPostcode,
	tickAll,
	TWO_BOEVEN
} from '../helpers/burglary';

/**
 * Houd u de boef tegen? over real socket.io connections, in one process: the organiser's
 * dashboard, two boef phones, two neighbours' phones and an officer of another organisation.
 * The neighbours' phones record every event and every acknowledgement they receive; at the
 * end we prove none of it holds a household's name, e-mail, postcode, house number or home
 * position, a target address, or a coordinate the boef's phone sent.
 */
let server: Awaited<ReturnType<typeof startRealtimeServer>>;
let org: Awaited<ReturnType<typeof organiser>>;
let camp: Awaited<ReturnType<typeof campaign>>;
let tokens: string[];
let dashboard: TestClient;
const hostViews: BurglaryHostView[] = [];
const hostPositions: { boefId: string; points: TrackPoint[] }[] = [];
let attempt1: HostAttempt;
let attempt2: HostAttempt;
let boef1: TestClient;
const boefStates: BurglaryBoefView[] = [];

/** Coordinates only boef 1's phone sends: if a neighbour ever receives one, it leaked. */
const FIX_1 = { lat: 52.0947713, lng: 5.1163311 };
const FIX_2 = { lat: 52.0948821, lng: 5.1164429 };

interface Phone {
	socket: TestClient;
	/** Every event and every acknowledgement, in order. */
	received: { event: string; payload: unknown }[];
	send<T>(event: string, payload: unknown): Promise<Ack<T>>;
}

async function phone(residentToken: string): Promise<Phone> {
	const socket = server.client({ auth: { residentToken } });
	const received: Phone['received'] = [];
	socket.onAny((event: string, payload: unknown) => received.push({ event, payload }));
	await connected(socket);
	return {
		socket,
		received,
		async send<T>(event: string, payload: unknown) {
			const ack = await emit<T>(socket, event, payload);
			received.push({ event: `ack:${event}`, payload: ack });
			return ack;
		}
	};
}
let anneke: Phone;
let johan: Phone;

const latestHost = () => hostViews.at(-1)!;
const countRows = async (table: typeof burglaryReport | typeof burglaryCall, id: string) =>
	(await db().select({ n: count() }).from(table).where(eq(table.id, id)))[0]!.n;

beforeAll(async () => {
	server = await startRealtimeServer();
	org = await organiser();
	camp = await campaign(org.user, { boeven: TWO_BOEVEN, targetCount: 2 });
	tokens = await registerAll(camp.joinCode);
	dashboard = server.client({ headers: { cookie: org.cookie } });
	dashboard.on('burglary:host', (v) => hostViews.push(v));
	dashboard.on('burglary:positions', (p) => hostPositions.push(p));
	await connected(dashboard);
	anneke = await phone(tokens[0]!);
	johan = await phone(tokens[1]!);
});
afterAll(async () => {
	// Dashboard updates are coalesced over 150 ms: let the last one go out before the database closes.
	await new Promise((r) => setTimeout(r, 300));
	await server?.stop();
});

describe('before the attempt', () => {
	it('the dashboard watches the campaign: three households, nothing drawn', async () => {
		const ack = await emit<BurglaryHostView>(dashboard, 'burglary:watch', { liveSessionId: camp.id });
		expect(ack).toMatchObject({ ok: true, data: { phase: 'registering', registrations: 3, attempts: [] } });
	});

	it('the draw picks two homes; the dashboard sees their addresses and each showing is logged', async () => {
		await drawCampaign(org.user, camp.id, camp.today);
		const ack = await emit<BurglaryHostView>(dashboard, 'burglary:watch', { liveSessionId: camp.id });
		if (!ack.ok) throw new Error(ack.error.message);
		expect(ack.data.phase).toBe('drawn');
		[attempt1, attempt2] = ack.data.attempts as [HostAttempt, HostAttempt];
		expect(attempt1).toMatchObject({ number: 1, boefId: 'b1', startedAtMs: null });
		expect(attempt2).toMatchObject({ number: 2, boefId: 'b2' });
		expect(attempt1.target!.registrationId).not.toBe(attempt2.target!.registrationId);
		const names = HOUSEHOLDS.map((h) => h.name);
		expect(names).toContain(attempt1.target!.name);
		const logged = await db()
			.select()
			.from(addressView)
			.where(and(eq(addressView.liveSessionId, camp.id), eq(addressView.context, 'dashboard')));
		expect(logged.filter((r) => r.viewer === `account:${org.user.id}`).map((r) => r.registrationId)).toEqual(
			expect.arrayContaining([attempt1.target!.registrationId, attempt2.target!.registrationId])
		);
	});

	it('the boef connects with his link and gets his own target; the showing is logged as boef:b1', async () => {
		const token = await renewCampaignBoefLink(org.user, camp.id, 'b1');
		boef1 = server.client({ auth: { boefToken: token } });
		boef1.on('boef:state', (v: AnyBoefView) => {
			if (v.game === 'houd_de_boef') boefStates.push(v);
		});
		await connected(boef1);
		await until(() => boefStates.length > 0);
		const household = HOUSEHOLDS.find((h) => h.name === attempt1.target!.name)!;
		expect(boefStates[0]).toMatchObject({
			game: 'houd_de_boef',
			boef: { id: 'b1', name: 'Boef Bert' },
			attempt: {
				id: attempt1.id,
				startedAtMs: null,
				target: {
					name: household.name,
					postcode: storedPostcode(household),
					houseNumber: household.houseNumber
				}
			},
			sharing: false
		});
		// His phone never gets the other boef's target.
		expect(JSON.stringify(boefStates)).not.toContain(attempt2.target!.name);
		const logged = await db()
			.select()
			.from(addressView)
			.where(and(eq(addressView.liveSessionId, camp.id), eq(addressView.viewer, 'boef:b1')));
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatchObject({
			registrationId: attempt1.target!.registrationId,
			viewerName: 'Boef Bert',
			context: 'boef-phone'
		});
	});

	it('fixes sent before the start are not stored: he is off duty', async () => {
		const now = Date.now();
		expect(await emit(boef1, 'boef:position', { sentAt: now, fixes: [{ at: now, ...FIX_1 }] })).toEqual({
			ok: true,
			data: { stored: 0, sharing: false }
		});
		const [{ n } = { n: -1 }] = await db()
			.select({ n: count() })
			.from(boefPosition)
			.where(eq(boefPosition.liveSessionId, camp.id));
		expect(n).toBe(0);
	});

	it('the attempt will not start before every precondition is ticked (translated refusal)', async () => {
		expect(
			await emit(dashboard, 'burglary:command', {
				liveSessionId: camp.id,
				command: { type: 'start', attemptId: attempt1.id }
			})
		).toEqual({
			ok: false,
			error: {
				code: 'conflict',
				messageKey: 'burglary.error.preconditions',
				message: translate('nl', 'burglary.error.preconditions')
			}
		});
	});
});

describe('the attempt runs', () => {
	it('starts once the preconditions are ticked; the dashboard and the boef’s phone hear it', async () => {
		await tickAll(org.user, camp.id);
		const ack = await emit(dashboard, 'burglary:command', {
			liveSessionId: camp.id,
			command: { type: 'start', attemptId: attempt1.id }
		});
		expect(ack).toEqual({ ok: true, data: { done: true } });
		await until(() => latestHost()?.phase === 'live');
		attempt1 = latestHost().attempts.find((a) => a.id === attempt1.id)!;
		expect(attempt1.startedAtMs).not.toBeNull();
		await until(() => boefStates.at(-1)?.sharing === true);
		expect(boefStates.at(-1)!.attempt!.startedAtMs).toBe(attempt1.startedAtMs);
		// A second press (another dashboard) starts nothing new.
		expect(
			await emit(dashboard, 'burglary:command', {
				liveSessionId: camp.id,
				command: { type: 'start', attemptId: attempt1.id }
			})
		).toMatchObject({ ok: false, error: { messageKey: 'burglary.error.alreadyStarted' } });
	});

	it('stores the boef’s fixes once each and pushes them to the watching dashboard', async () => {
		const now = Date.now();
		const fixes = [
			{ at: now - 2, ...FIX_1, accuracyM: 6 },
			{ at: now - 1, ...FIX_2, accuracyM: 6 }
		];
		await expectBacklogStoredOnce(boef1, now, fixes);
		await until(() => hostPositions.some((p) => p.boefId === 'b1'));
		expect(hostPositions.flatMap((p) => p.points.map((pt) => pt.position.lat))).toEqual([
			FIX_1.lat,
			FIX_2.lat
		]);
		const [{ n } = { n: -1 }] = await db()
			.select({ n: count() })
			.from(boefPosition)
			.where(eq(boefPosition.liveSessionId, camp.id));
		expect(n).toBe(2);
	});

	it('a neighbour’s report is acknowledged after it is stored, counts once, and belongs to the attempt', async () => {
		const payload = reportPayload({ channel: '112', place: { lat: 52.0951234, lng: 5.1171234 } });
		const first = await anneke.send<{ id: string; receivedAtMs: number }>('burglary:report', payload);
		expect(first).toMatchObject({ ok: true, data: { id: payload.id } });
		// Acknowledged means stored: the row is there the moment the ack arrives.
		const [row] = await db().select().from(burglaryReport).where(eq(burglaryReport.id, payload.id));
		expect(row).toMatchObject({ attemptId: attempt1.id, channel: '112' });
		// Resent (the phone never saw the ack): the same answer, still one row.
		expect(await anneke.send('burglary:report', payload)).toEqual(first);
		expect(await countRows(burglaryReport, payload.id)).toBe(1);
		// Another phone cannot claim the same report id.
		expect(await johan.send('burglary:report', payload)).toMatchObject({ ok: false });
		await until(() => latestHost().reports.some((r) => r.id === payload.id));
		expect(latestHost().attempts[0]!.outcome).toMatchObject({
			stopped: true,
			reports: 1,
			firstResponse: 'report'
		});
	});

	it('a report from a phone whose clock is an hour off keeps the moment it was made', async () => {
		const skew = -3_600_000;
		await new Promise((r) => setTimeout(r, 100));
		const now = Date.now();
		const made = attempt1.startedAtMs! + Math.round((now - attempt1.startedAtMs!) / 2);
		const payload = reportPayload({ madeAt: made + skew, sentAt: now + skew, channel: '0900-8844' });
		expect(await johan.send('burglary:report', payload)).toMatchObject({ ok: true });
		const [row] = await db().select().from(burglaryReport).where(eq(burglaryReport.id, payload.id));
		// Only the time in transit (milliseconds here) can shift it.
		expect(Math.abs(row!.reportedAt.getTime() - made)).toBeLessThan(100);
		expect(row!.attemptId).toBe(attempt1.id);
	});

	it('refuses an invalid report with a translated error and stores nothing', async () => {
		const bad = reportPayload({ channel: '113' });
		expect(await anneke.send('burglary:report', bad)).toEqual({
			ok: false,
			error: {
				code: 'invalid_payload',
				messageKey: 'error.invalidInput',
				message: translate('nl', 'error.invalidInput')
			}
		});
		expect(await countRows(burglaryReport, bad.id)).toBe(0);
	});

	it('the organiser enters the meldkamer’s calls; a resend counts once', async () => {
		const call = {
			liveSessionId: camp.id,
			id: randomUUID(),
			attemptId: attempt1.id,
			number: '112',
			atMs: Date.now()
		};
		expect(await emit(dashboard, 'burglary:call', call)).toEqual({ ok: true, data: { stored: true } });
		expect(await emit(dashboard, 'burglary:call', call)).toEqual({ ok: true, data: { stored: true } });
		expect(await countRows(burglaryCall, call.id)).toBe(1);
		await until(() => latestHost().attempts[0]!.calls.some((c) => c.id === call.id));
		expect(latestHost().attempts[0]!.outcome).toMatchObject({ calls: { '112': 1, '0900-8844': 0 } });
		// A call at a time that cannot belong to the attempt is refused.
		expect(
			await emit(dashboard, 'burglary:call', { ...call, id: randomUUID(), atMs: Date.now() + 3_600_000 })
		).toMatchObject({ ok: false, error: { messageKey: 'burglary.error.callTime' } });
	});
});

describe('who may do what', () => {
	it('a neighbour may not watch, command, enter calls, fill in the checklist or send positions', async () => {
		const forbidden = { ok: false, error: { code: 'forbidden', messageKey: 'error.forbidden' } };
		expect(await anneke.send('burglary:watch', { liveSessionId: camp.id })).toMatchObject(forbidden);
		expect(
			await anneke.send('burglary:command', {
				liveSessionId: camp.id,
				command: { type: 'end', attemptId: attempt1.id }
			})
		).toMatchObject(forbidden);
		expect(
			await anneke.send('burglary:call', {
				liveSessionId: camp.id,
				id: randomUUID(),
				attemptId: attempt1.id,
				number: '112',
				atMs: Date.now()
			})
		).toMatchObject(forbidden);
		expect(
			await anneke.send('burglary:prevention', { attemptId: attempt1.id, checklist: { lights: 'ok' } })
		).toMatchObject(forbidden);
		expect(
			await anneke.send('boef:position', {
				sentAt: Date.now(),
				fixes: [{ at: Date.now(), lat: 52.09, lng: 5.11 }]
			})
		).toMatchObject(forbidden);
		expect(await anneke.send('boef:sync', {})).toMatchObject(forbidden);
	});

	it('a boef fills in the checklist of his own attempt only, and may not watch', async () => {
		expect(
			await emit(boef1, 'burglary:prevention', { attemptId: attempt2.id, checklist: { lights: 'weak' } })
		).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		expect(
			await emit(boef1, 'burglary:prevention', { attemptId: attempt1.id, checklist: { lights: 'weak' } })
		).toEqual({ ok: true, data: { lights: 'weak' } });
		expect(await emit(boef1, 'burglary:watch', { liveSessionId: camp.id })).toMatchObject({
			ok: false,
			error: { code: 'forbidden' }
		});
	});

	it('an officer of another organisation finds no such campaign', async () => {
		const west = await outsider();
		const other = server.client({ headers: { cookie: west.cookie } });
		await connected(other);
		const notFound = { ok: false, error: { code: 'not_found', messageKey: 'burglary.error.notFound' } };
		expect(await emit(other, 'burglary:watch', { liveSessionId: camp.id })).toMatchObject(notFound);
		expect(
			await emit(other, 'burglary:command', {
				liveSessionId: camp.id,
				command: { type: 'end', attemptId: attempt1.id }
			})
		).toMatchObject(notFound);
		expect(
			await emit(other, 'burglary:call', {
				liveSessionId: camp.id,
				id: randomUUID(),
				attemptId: attempt1.id,
				number: '112',
				atMs: Date.now()
			})
		).toMatchObject(notFound);
		expect(
			await emit(other, 'burglary:prevention', {
				liveSessionId: camp.id,
				attemptId: attempt1.id,
				checklist: { lights: 'ok' }
			})
		).toMatchObject(notFound);
	});

	it('a phone without a valid link may not report', async () => {
		const anon = server.client({ auth: { residentToken: 'x'.repeat(43) } });
		await connected(anon);
		expect(await emit(anon, 'burglary:report', reportPayload())).toMatchObject({
			ok: false,
			error: { code: 'unauthenticated' }
		});
	});
});

describe('the end of the attempt', () => {
	it('ends; the boef stops sharing; a report made during it and sent afterwards still counts', async () => {
		const madeDuring = Date.now() - 20;
		expect(
			await emit(dashboard, 'burglary:command', {
				liveSessionId: camp.id,
				command: { type: 'end', attemptId: attempt1.id }
			})
		).toEqual({ ok: true, data: { done: true } });
		await until(() => boefStates.at(-1)?.sharing === false && boefStates.at(-1)?.attempt?.endedAtMs !== null);
		const now = Date.now();
		expect(await emit(boef1, 'boef:position', { sentAt: now, fixes: [{ at: now, ...FIX_1 }] })).toEqual({
			ok: true,
			data: { stored: 0, sharing: false }
		});
		// Queued on the phone during the attempt, delivered after its end.
		const late = reportPayload({ madeAt: madeDuring, sentAt: Date.now() });
		expect(await johan.send('burglary:report', late)).toMatchObject({ ok: true });
		const [row] = await db().select().from(burglaryReport).where(eq(burglaryReport.id, late.id));
		expect(row!.attemptId).toBe(attempt1.id);
		// Made after the end: stored (a neighbour reports as if it were real), outside any attempt.
		const after = reportPayload();
		expect(await johan.send('burglary:report', after)).toMatchObject({ ok: true });
		const [outside] = await db().select().from(burglaryReport).where(eq(burglaryReport.id, after.id));
		expect(outside!.attemptId).toBeNull();
		await until(() => latestHost().phase === 'drawn' && latestHost().reports.length === 4);
	});
});

describe('two dashboards at once', () => {
	it('two attempts started at the same moment: one runs, the other is refused', async () => {
		const camp2 = await campaign(org.user, { boeven: TWO_BOEVEN, targetCount: 2 }, 'Tweede actie');
		await registerAll(camp2.joinCode, HOUSEHOLDS.slice(0, 2));
		await drawCampaign(org.user, camp2.id, camp2.today);
		await tickAll(org.user, camp2.id);
		const { attempts } = await watchCampaign(org.user, camp2.id, 'dashboard');
		// Straight to the service, as both dashboards' handlers call it: the two starts interleave
		// at every database round trip (over sockets that happens only now and then).
		const results = await Promise.allSettled(
			attempts.map((a) => attemptCommand(org.user, camp2.id, { type: 'start', attemptId: a.id }))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected')!;
		expect(refused.status === 'rejected' && refused.reason).toMatchObject({
			code: 'burglary.error.otherAttemptLive',
			status: 409
		});
		const started = await db()
			.select({ id: burglaryAttempt.id })
			.from(burglaryAttempt)
			.where(and(eq(burglaryAttempt.liveSessionId, camp2.id), isNotNull(burglaryAttempt.startedAt)));
		expect(started).toHaveLength(1);
	});
});

describe('what the neighbours’ phones received, the whole attempt', () => {
	it('no household’s name, e-mail, postcode, house number or home; no target; no boef coordinate', () => {
		const secrets = [
			...HOUSEHOLDS.flatMap(personalStrings),
			String(FIX_1.lat),
			String(FIX_1.lng),
			String(FIX_2.lat),
			String(FIX_2.lng)
		];
		for (const p of [anneke, johan]) {
			expect(p.received.length).toBeGreaterThan(3);
			const all = JSON.stringify(p.received);
			for (const s of secrets) expect(all, s).not.toContain(s);
			expect(all).not.toContain('tracks');
			expect(p.received.map((m) => m.event)).not.toEqual(
				expect.arrayContaining([expect.stringMatching(/^(burglary:host|burglary:positions|boef:state)$/)])
			);
		}
	});

	it('while the same search finds them where they belong (the check can see a leak)', () => {
		const dash = JSON.stringify(hostViews) + JSON.stringify(hostPositions);
		expect(dash).toContain(String(FIX_1.lat));
		expect(dash).toContain(attempt1.target!.postcode);
		expect(JSON.stringify(boefStates)).toContain(attempt1.target!.houseNumber);
	});
});
