import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { burglaryReport } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { RateWindow } from '$lib/server/rate-window';
import { reportFlags } from '$lib/domain/boef/report-quality';
import type { GameReportPayloadParsed } from '$lib/domain/boef/schemas';
import { attemptAt } from '$lib/domain/burglary/campaign';
import { broadcastCampaign } from './live';
import { attemptTimes, loadAttempts, loadCampaignRow } from './store';

/** 20 reports per household per 10 minutes: plenty for a real neighbour, a brake on a script. */
const reportsPerHousehold = new RateWindow(20, 10 * 60_000);

export function reportFlagsOf(r: typeof burglaryReport.$inferSelect) {
	return reportFlags({
		behaviour: r.behaviour,
		signalement: r.signalement,
		channel: r.channel,
		atMs: r.reportedAt.getTime()
	});
}

/**
 * A neighbour's report from their personal page. The phone's clock may be off, so its times
 * are shifted by (our arrival − its send time); the report belongs to the attempt that was
 * running when it was made, also when it arrives later from an offline queue. Acknowledged
 * after it is stored; a resent id returns the first result. What comes back says nothing
 * about whether an attempt was running: a neighbour must report as if it were real.
 */
export async function submitReport(
	resident: { registrationId: string; liveSessionId: string },
	input: GameReportPayloadParsed,
	now = Date.now()
): Promise<{ id: string; receivedAtMs: number }> {
	const [known] = await db().select().from(burglaryReport).where(eq(burglaryReport.id, input.id));
	if (known) {
		if (known.registrationId !== resident.registrationId) throw new AppError('error.invalidInput', 400);
		return { id: known.id, receivedAtMs: known.receivedAt.getTime() };
	}
	const row = await loadCampaignRow({ id: resident.liveSessionId });
	if (!row || row.publishedAt || row.personalDataDeletedAt) throw new AppError('burglary.error.closed', 410);
	if (!reportsPerHousehold.hit(resident.registrationId, now))
		throw new AppError('burglary.error.tooManyReports', 429, { minutes: 10 });
	const offset = now - input.sentAt;
	const madeAt = Math.min(now, Math.max(now - 24 * 3_600_000, input.madeAt + offset));
	const seenAt = madeAt - input.seenMinutesAgo * 60_000;
	const attempts = await loadAttempts(resident.liveSessionId);
	const attemptId = attemptAt(attempts.map(attemptTimes), madeAt);
	const values = {
		id: input.id,
		liveSessionId: resident.liveSessionId,
		registrationId: resident.registrationId,
		attemptId,
		seenAt: new Date(seenAt),
		reportedAt: new Date(madeAt),
		receivedAt: new Date(now),
		behaviour: input.behaviour,
		signalement: input.signalement,
		channel: input.channel,
		lat: input.place.lat,
		lng: input.place.lng,
		flags: [] as ReturnType<typeof reportFlags>
	};
	values.flags = reportFlags({
		behaviour: values.behaviour,
		signalement: values.signalement,
		channel: values.channel,
		atMs: madeAt
	});
	await db().insert(burglaryReport).values(values).onConflictDoNothing();
	broadcastCampaign(resident.liveSessionId);
	return { id: input.id, receivedAtMs: now };
}
