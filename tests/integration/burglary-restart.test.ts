import { describe, expect, it } from 'vitest';
import type { BurglaryHostView } from '$lib/domain/burglary/views';
import { closeDb, initDb } from '$lib/server/db';
import { drawCampaign, renewCampaignBoefLink } from '$lib/server/services/burglary/campaigns';
import { reportPayload } from '../helpers/game';
import { campaign, organiser, registerAll, tickAll } from '../helpers/burglary';
import { connected, emit, restartHarness, until } from '../helpers/restart';

/**
 * A running attempt survives a crash of the production server: the server is killed with
 * SIGKILL mid-attempt and started again on the same database. The attempt still runs from its
 * original start, the acknowledged report is there once (also when the phone resends it), and
 * a report queued on a phone during the outage counts in the attempt with the moment it was
 * made. Nothing of a campaign lives only in memory, so nothing needs resuming.
 */

const live = restartHarness({ beforeDispose: closeDb });
const { client } = live;

/**
 * The organiser's set-up, done with the services on the server's own database while the
 * server is stopped (PGlite has one owner at a time): campaign, three households, the draw,
 * the preconditions and the boef's link.
 */
async function seed() {
	await live.server.stop('SIGTERM');
	await initDb({ databaseUrl: live.server.databaseUrl, dataDir: live.server.dataDir });
	const org = await organiser('herstart@boef.test');
	const camp = await campaign(org.user, {}, 'Herstartactie');
	const tokens = await registerAll(camp.joinCode);
	await drawCampaign(org.user, camp.id, camp.today);
	await tickAll(org.user, camp.id);
	const boefToken = await renewCampaignBoefLink(org.user, camp.id, 'b1');
	await closeDb();
	await live.server.start();
	return { cookie: org.cookie, id: camp.id, tokens, boefToken };
}

describe('a campaign after kill -9', () => {
	it('the attempt still runs from its start; acknowledged and queued reports count once each', async () => {
		const { cookie, id, tokens, boefToken } = await seed();

		const dashboard = client({ cookie });
		await connected(dashboard);
		const watched = await emit<BurglaryHostView>(dashboard, 'burglary:watch', { liveSessionId: id });
		if (!watched.ok) throw new Error(watched.error.message);
		const attemptId = watched.data.attempts[0]!.id;
		const started = await emit(dashboard, 'burglary:command', {
			liveSessionId: id,
			command: { type: 'start', attemptId }
		});
		expect(started).toEqual({ ok: true, data: { done: true } });

		const neighbour = client({ auth: { residentToken: tokens[1]! } });
		const boef = client({ auth: { boefToken } });
		await connected(neighbour);
		await connected(boef);
		const fix = (n: number) => {
			const now = Date.now();
			return emit<{ stored: number }>(boef, 'boef:position', {
				sentAt: now,
				fixes: [{ at: now, lat: 52.09 + n * 0.0001, lng: 5.118, accuracyM: 5 }]
			});
		};
		expect(await fix(1)).toMatchObject({ ok: true, data: { stored: 1 } });
		const acked = reportPayload({ channel: '112' });
		expect(await emit(neighbour, 'burglary:report', acked)).toMatchObject({
			ok: true,
			data: { id: acked.id }
		});
		const before = await emit<BurglaryHostView>(dashboard, 'burglary:watch', { liveSessionId: id });
		const startedAtMs = before.ok ? before.data.attempts[0]!.startedAtMs : null;
		expect(startedAtMs).not.toBeNull();

		// Crash. Meanwhile a neighbour makes a report that the phone queues.
		const killed = await live.server.stop('SIGKILL');
		expect(killed.code).toBeNull();
		const queuedMadeAt = Date.now();
		const queued = reportPayload({ channel: '0900-8844', madeAt: queuedMadeAt });
		await new Promise((r) => setTimeout(r, 500));
		await live.server.start();

		// The phones and the dashboard reconnect by themselves; the queue is sent.
		await until(() => dashboard.connected && neighbour.connected && boef.connected, 'reconnects');
		const resent = await emit<{ id: string }>(neighbour, 'burglary:report', {
			...queued,
			sentAt: Date.now()
		});
		expect(resent).toMatchObject({ ok: true, data: { id: queued.id } });
		// The phone never saw the first ack arrive? It sends that one again: still one report.
		expect(await emit(neighbour, 'burglary:report', { ...acked, sentAt: Date.now() })).toMatchObject({
			ok: true
		});
		expect(await fix(2)).toMatchObject({ ok: true, data: { stored: 1 } });

		const after = await emit<BurglaryHostView>(dashboard, 'burglary:watch', { liveSessionId: id });
		if (!after.ok) throw new Error(after.error.message);
		const view = after.data;
		expect(view.phase).toBe('live');
		expect(view.attempts[0]).toMatchObject({ id: attemptId, startedAtMs, endedAtMs: null });
		expect(view.reports.map((r) => r.id).sort()).toEqual([acked.id, queued.id].sort());
		expect(view.reports.every((r) => r.attemptId === attemptId)).toBe(true);
		// The queued report keeps the moment it was made, not the moment the server was back.
		const q = view.reports.find((r) => r.id === queued.id)!;
		expect(Math.abs(q.reportedAtMs - queuedMadeAt)).toBeLessThan(1000);
		expect(view.attempts[0]!.outcome).toMatchObject({ stopped: true, reports: 2 });
		// The boef's track shows the outage as the time between his fixes.
		expect(view.tracks.b1).toHaveLength(2);
	}, 90_000);
});
