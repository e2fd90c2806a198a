import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { burglaryAttempt } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';
import { bridge } from '$lib/server/realtime/bridge';
import { rooms } from '$lib/server/realtime/rooms';
import type { TrackPoint } from '$lib/domain/boef/track';
import type { BurglaryBoefView } from '$lib/domain/burglary/views';
import { storePositions } from '../game/store';
import { hostView, logAddressViews, targetAddress } from './campaigns';
import { loadAttempts, loadCampaignRow, loadRegistrations } from './store';

/**
 * The live side of a campaign. Nothing lives only in memory: every change is in the database
 * first, then the dashboards get the whole view again (a campaign is small: a few attempts,
 * tens of reports), so a restart or a reconnect simply reads it back.
 */

const FUTURE_SLACK_MS = 5_000;
const BROADCAST_DELAY_MS = 150;
const pending = new Map<string, ReturnType<typeof setTimeout>>();

/** Sends the organiser's dashboards the campaign as it is now (coalesced over a few ms). */
export function broadcastCampaign(id: string): void {
	if (pending.has(id) || !bridge().io) return;
	pending.set(
		id,
		setTimeout(() => {
			pending.delete(id);
			void sendHosts(id).catch((err: unknown) => log.error({ err }, 'campaign broadcast failed'));
		}, BROADCAST_DELAY_MS)
	);
}

async function sendHosts(id: string) {
	const io = bridge().io;
	if (!io) return;
	const row = await loadCampaignRow({ id });
	if (row) io.to(rooms.burglaryHosts(id)).emit('burglary:host', await hostView(row));
}

/** Tells a boef's phone its (new) view: his target after a draw, the attempt's start and end. */
export function refreshBoefPhones(id: string, boefId: string): void {
	const io = bridge().io;
	// Only a phone that is open shows the address, and then the showing is logged.
	if (!io?.sockets.adapter.rooms.get(rooms.boef(id, boefId))?.size) return;
	void boefView(id, boefId)
		.then((view) => io.to(rooms.boef(id, boefId)).emit('boef:state', view))
		.catch((err: unknown) => log.error({ err }, 'boef refresh failed'));
}

/**
 * The boef's phone: his own attempt (the live one, else the next one not yet held) and its
 * address. `logged`: this delivery shows the address to the officer, so it is logged.
 */
export async function boefView(id: string, boefId: string, logged = true): Promise<BurglaryBoefView> {
	const row = await loadCampaignRow({ id });
	if (!row) throw new AppError('burglary.error.notFound', 404);
	const boef = row.settings.boeven.find((b) => b.id === boefId);
	if (!boef) throw new AppError('burglary.error.unknownBoef', 404);
	const attempts = (await loadAttempts(id)).filter((a) => a.boefId === boefId);
	const attempt =
		attempts.find((a) => a.startedAt && !a.endedAt) ??
		attempts.find((a) => !a.startedAt) ??
		attempts.at(-1) ??
		null;
	const [target] =
		attempt?.registrationId && !row.publishedAt ? await loadRegistrations(id, [attempt.registrationId]) : [];
	if (target && logged)
		await logAddressViews(id, [target.id], {
			viewer: `boef:${boefId}`,
			viewerName: boef.name,
			context: 'boef-phone'
		});
	const live = attempt !== null && attempt.startedAt !== null && attempt.endedAt === null;
	return {
		game: 'houd_de_boef',
		title: row.title,
		boef: { id: boef.id, name: boef.name, movement: boef.movement.kind },
		attempt: attempt && {
			id: attempt.id,
			number: attempt.number,
			plannedDate: attempt.plannedDate,
			startedAtMs: attempt.startedAt?.getTime() ?? null,
			endedAtMs: attempt.endedAt?.getTime() ?? null,
			target: target ? (({ registrationId: _, ...rest }) => rest)(targetAddress(target)) : null,
			prevention: attempt.prevention
		},
		sharing: live
	};
}

/**
 * The boef's GPS fixes. Stored only while his attempt runs: before and after it he is an
 * officer off duty, and his position is nobody's business. A resent fix counts once.
 */
export async function boefPositions(
	id: string,
	boefId: string,
	input: { sentAt: number; fixes: { at: number; lat: number; lng: number; accuracyM?: number }[] },
	now = Date.now()
): Promise<{ stored: number; sharing: boolean }> {
	const [attempt] = (
		await db()
			.select()
			.from(burglaryAttempt)
			.where(and(eq(burglaryAttempt.liveSessionId, id), eq(burglaryAttempt.boefId, boefId)))
	).filter((a) => a.startedAt && !a.endedAt);
	if (!attempt) return { stored: 0, sharing: false };
	const offset = now - input.sentAt;
	const startedAt = attempt.startedAt!.getTime();
	const rows = input.fixes
		.map((f) => ({
			liveSessionId: id,
			boefId,
			at: new Date(Math.min(now + FUTURE_SLACK_MS, f.at + offset)),
			deviceAt: f.at,
			lat: f.lat,
			lng: f.lng,
			accuracyM: f.accuracyM ?? null
		}))
		.filter((r) => r.at.getTime() >= startedAt);
	if (rows.length === 0) return { stored: 0, sharing: true };
	const fresh = await storePositions(rows);
	if (fresh.length > 0) {
		const points: TrackPoint[] = fresh.map((r) => {
			const p: TrackPoint = { at: r.at.getTime(), position: { lat: r.lat, lng: r.lng } };
			if (r.accuracyM != null) p.accuracyM = r.accuracyM;
			return p;
		});
		bridge().io?.to(rooms.burglaryHosts(id)).emit('burglary:positions', { boefId, points });
	}
	return { stored: fresh.length, sharing: true };
}
