import { and, eq, isNull } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	boefLink,
	boefPosition,
	burglaryCampaign,
	burglaryRegistration,
	burglaryReport,
	liveSession,
	mailOutbox
} from '$lib/server/db/schema';
import { log } from '$lib/server/log';
import { periodEndMs } from '$lib/domain/burglary/campaign';
import { isDeletionDue, nextDeletionRunMs, type RetentionInput } from '$lib/domain/burglary/retention';
import { broadcastCampaign } from './live';
import { campaignsWithPersonalData } from './store';

/**
 * Deletes the personal data of campaigns whose retention time has passed: households (names,
 * addresses, e-mail, and with them the log of who saw an address), reports (free text and
 * places), the boeven's positions and links, and the e-mail sent (it holds addresses). Kept:
 * the anonymous outcome, the attempts' times and checklists, the meldkamer's call counts.
 * The schedule is derived from the database on every run, so a restart loses nothing: a run
 * that was due while the server was down happens at start-up.
 */

export type JobClock = () => number;

function retentionOf(c: Awaited<ReturnType<typeof campaignsWithPersonalData>>[number]): RetentionInput {
	return {
		outcomePublishedAtMs: c.publishedAt?.getTime() ?? null,
		periodEndMs: periodEndMs(c.settings),
		retentionDays: c.settings.retentionDays
	};
}

/** One run: deletes what is due at `now`; returns the ids done and when the next run is due. */
export async function runRetention(now: number): Promise<{ deleted: string[]; nextRunMs: number | null }> {
	const campaigns = await campaignsWithPersonalData();
	const deleted: string[] = [];
	for (const c of campaigns) {
		if (!isDeletionDue(retentionOf(c), now)) continue;
		await deletePersonalData(c.id, new Date(now));
		deleted.push(c.id);
		broadcastCampaign(c.id);
	}
	if (deleted.length > 0) log.info({ campaigns: deleted.length }, 'personal data deleted on schedule');
	const rest = campaigns.filter((c) => !deleted.includes(c.id));
	return { deleted, nextRunMs: nextDeletionRunMs(rest.map((c) => ({ ...retentionOf(c), deleted: false }))) };
}

export async function deletePersonalData(id: string, at: Date): Promise<void> {
	await db().transaction(async (tx) => {
		await tx.delete(burglaryReport).where(eq(burglaryReport.liveSessionId, id));
		await tx.delete(burglaryRegistration).where(eq(burglaryRegistration.liveSessionId, id));
		await tx.delete(boefPosition).where(eq(boefPosition.liveSessionId, id));
		await tx.delete(boefLink).where(eq(boefLink.liveSessionId, id));
		await tx.delete(mailOutbox).where(eq(mailOutbox.liveSessionId, id));
		await tx
			.update(burglaryCampaign)
			.set({ personalDataDeletedAt: at, updatedAt: at })
			.where(and(eq(burglaryCampaign.liveSessionId, id), isNull(burglaryCampaign.personalDataDeletedAt)));
		await tx
			.update(liveSession)
			.set({ endedAt: at })
			.where(and(eq(liveSession.id, id), isNull(liveSession.endedAt)));
	});
}

const KEY = Symbol.for('duizend-ogen.retention-job');
type Holder = { [KEY]?: { stop: () => void } };

/** Longest sleep between runs: also catches campaigns made or changed since the last run. */
const MAX_SLEEP_MS = 15 * 60_000;

/** Starts the job: a run now, then at the next due moment (at most every 15 minutes). */
export function startRetentionJob(clock: JobClock): () => void {
	const holder = globalThis as Holder;
	if (holder[KEY]) return holder[KEY].stop;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;
	const run = async () => {
		let next: number | null = null;
		try {
			next = (await runRetention(clock())).nextRunMs;
		} catch (err) {
			log.error({ err }, 'retention run failed');
		}
		if (stopped) return;
		const wait = next === null ? MAX_SLEEP_MS : Math.min(MAX_SLEEP_MS, Math.max(1000, next - clock()));
		timer = setTimeout(() => void run(), wait);
		timer.unref?.();
	};
	holder[KEY] = {
		stop: () => {
			stopped = true;
			clearTimeout(timer);
			delete holder[KEY];
		}
	};
	void run();
	return holder[KEY].stop;
}
