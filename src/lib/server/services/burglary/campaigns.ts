import { cleanText, isUnstorable } from '$lib/domain/text';
import { randomInt } from 'node:crypto';
import { and, desc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	account,
	addressView,
	burglaryAttempt,
	burglaryCall,
	burglaryCampaign,
	burglaryRegistration,
	liveSession,
	mailOutbox
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import {
	campaignPhase,
	defaultSettings,
	dutchDate,
	mayDraw,
	missingPreconditions,
	NO_PRECONDITIONS,
	periodEndMs,
	startRefusal,
	type CampaignSettings,
	type Precondition,
	type Preconditions
} from '$lib/domain/burglary/campaign';
import { drawTargets } from '$lib/domain/burglary/draw';
import { deletionDueAtMs } from '$lib/domain/burglary/retention';
import { campaignSettingsSchema, callInputSchema, preventionSchema } from '$lib/domain/burglary/schemas';
import { outcomeOf, publicOutcome } from '$lib/domain/burglary/public-outcome';
import type { PreventionChecklist } from '$lib/domain/burglary/prevention';
import type { BurglaryHostView, HostAttempt, TargetAddress } from '$lib/domain/burglary/views';
import { reportFlagsOf } from './reports';
import type { SessionUser } from '../auth';
import type { AttemptCommand } from '$lib/realtime/events';
import { openLiveSession } from '../participants';
import { issueBoefLink, revokeBoefLink } from '../boef-links';
import { controllableCampaign, mayCreateCampaign, reviewableCampaign, runs } from './access';
import { broadcastCampaign, refreshBoefPhones } from './live';
import { queueOutcomeMails } from './mails';
import { wakeMailWorker } from '$lib/server/mail/outbox';
import {
	attemptRecords,
	attemptTimes,
	countRegistrations,
	loadAttempts,
	loadCalls,
	loadCampaignRow,
	loadRegistrations,
	loadReports,
	loadTracks,
	type CampaignRow
} from './store';

export async function createCampaign(actor: SessionUser, title: string, boefName: string, now = Date.now()) {
	if (!mayCreateCampaign(actor)) throw new AppError('error.forbidden', 403);
	const created = await openLiveSession(actor, 'houd_de_boef', { title });
	await db()
		.insert(burglaryCampaign)
		.values({
			liveSessionId: created.id,
			settings: defaultSettings(dutchDate(now), boefName),
			preconditions: NO_PRECONDITIONS
		});
	return created;
}

export interface CampaignSummary {
	id: string;
	title: string;
	joinCode: string;
	createdAt: Date;
	registrations: number;
	publishedAt: Date | null;
	deleted: boolean;
}

export async function listCampaigns(actor: SessionUser): Promise<CampaignSummary[]> {
	const rows = await db()
		.select({
			id: liveSession.id,
			title: liveSession.title,
			joinCode: liveSession.joinCode,
			createdAt: liveSession.createdAt,
			hostAccountId: liveSession.hostAccountId,
			publishedAt: burglaryCampaign.publishedAt,
			deletedAt: burglaryCampaign.personalDataDeletedAt,
			registrations: sql<number>`(select count(*)::int from ${burglaryRegistration} r where r.live_session_id = ${liveSession.id})`
		})
		.from(liveSession)
		.innerJoin(burglaryCampaign, eq(burglaryCampaign.liveSessionId, liveSession.id))
		.where(eq(liveSession.organisationId, actor.organisationId))
		.orderBy(desc(liveSession.createdAt))
		.limit(200);
	const reviewer = actor.role === 'organisator';
	return rows
		.filter((r) => reviewer || actor.role === 'beheerder' || r.hostAccountId === actor.id)
		.map((r) => ({
			id: r.id,
			title: r.title,
			joinCode: r.joinCode,
			createdAt: r.createdAt,
			registrations: r.registrations,
			publishedAt: r.publishedAt,
			deleted: r.deletedAt !== null
		}));
}

export type SettingsIssue = { path: string; messageKey: string };

/** Saves title and settings. Invalid input comes back per field and changes nothing. */
export async function updateSettings(
	actor: SessionUser,
	id: string,
	title: string,
	input: unknown
): Promise<{ ok: true } | { ok: false; issues: SettingsIssue[] }> {
	const row = await controllableCampaign(actor, id);
	const attempts = await loadAttempts(id);
	if (row.publishedAt || row.personalDataDeletedAt) throw new AppError('burglary.error.published', 409);
	const issues: SettingsIssue[] = [];
	const trimmed = cleanText(title);
	if (trimmed.length < 1) issues.push({ path: 'title', messageKey: 'burglary.error.title' });
	if (trimmed.length > 120) issues.push({ path: 'title', messageKey: 'error.tooLong' });
	const parsed = campaignSettingsSchema.safeParse(input);
	if (!parsed.success)
		for (const i of parsed.error.issues)
			issues.push({
				path: i.path.join('.'),
				messageKey: /^[\w.]+$/.test(i.message) && i.message.includes('.') ? i.message : 'error.invalidInput'
			});
	if (parsed.success && isUnstorable(parsed.data)) issues.push({ path: '', messageKey: 'error.unstorable' });
	const settings = parsed.data as CampaignSettings | undefined;
	// A boef who already has an attempt keeps it: he cannot be removed from under it.
	if (settings)
		for (const a of attempts)
			if (!settings.boeven.some((b) => b.id === a.boefId))
				issues.push({ path: 'boeven', messageKey: 'burglary.error.boefInUse' });
	if (settings?.workshopSessionId) {
		const [ws] = await db()
			.select({ id: liveSession.id })
			.from(liveSession)
			.where(
				and(
					eq(liveSession.id, settings.workshopSessionId),
					eq(liveSession.organisationId, row.organisationId),
					eq(liveSession.kind, 'workshop')
				)
			);
		if (!ws) issues.push({ path: 'workshopSessionId', messageKey: 'burglary.error.workshop' });
	}
	if (issues.length > 0 || !settings) return { ok: false, issues };
	await db().transaction(async (tx) => {
		await tx.update(liveSession).set({ title: trimmed }).where(eq(liveSession.id, id));
		await tx
			.update(burglaryCampaign)
			.set({ settings, updatedAt: new Date() })
			.where(eq(burglaryCampaign.liveSessionId, id));
	});
	broadcastCampaign(id);
	return { ok: true };
}

/** Workshop sessions of the organisation that a campaign can be linked to (newest first). */
export async function linkableWorkshopSessions(actor: SessionUser) {
	return db()
		.select({
			id: liveSession.id,
			title: liveSession.title,
			joinCode: liveSession.joinCode,
			createdAt: liveSession.createdAt
		})
		.from(liveSession)
		.where(and(eq(liveSession.organisationId, actor.organisationId), eq(liveSession.kind, 'workshop')))
		.orderBy(desc(liveSession.createdAt))
		.limit(50);
}

// ---------------------------------------------------------------- boef links

export async function renewCampaignBoefLink(actor: SessionUser, id: string, boefId: string): Promise<string> {
	const row = await controllableCampaign(actor, id);
	if (!row.settings.boeven.some((b) => b.id === boefId))
		throw new AppError('burglary.error.unknownBoef', 404);
	if (row.publishedAt) throw new AppError('burglary.error.published', 409);
	return issueBoefLink(id, boefId);
}

export async function revokeCampaignBoefLink(actor: SessionUser, id: string, boefId: string): Promise<void> {
	await controllableCampaign(actor, id);
	await revokeBoefLink(id, boefId);
}

// ---------------------------------------------------------------- preconditions

export type PreconditionInput =
	{ which: 'meldkamer'; informedWho: string; informedAtMs: number } | { which: 'briefing' | 'area' };

export async function tickPrecondition(
	actor: SessionUser,
	id: string,
	input: PreconditionInput,
	now = Date.now()
) {
	const row = await controllableCampaign(actor, id);
	if (row.publishedAt) throw new AppError('burglary.error.published', 409);
	const next: Preconditions = { ...row.preconditions };
	if (input.which === 'meldkamer') {
		const who = cleanText(input.informedWho);
		if (who.length < 2 || who.length > 120) throw new AppError('burglary.error.meldkamerWho', 400);
		if (!Number.isFinite(input.informedAtMs) || input.informedAtMs > now + 60_000)
			throw new AppError('burglary.error.meldkamerWhen', 400);
		next.meldkamer = { by: actor.id, atMs: now, informedWho: who, informedAtMs: input.informedAtMs };
	} else next[input.which] = { by: actor.id, atMs: now };
	await savePreconditions(id, next);
}

export async function untickPrecondition(actor: SessionUser, id: string, which: Precondition) {
	const row = await controllableCampaign(actor, id);
	if ((await loadAttempts(id)).some((a) => a.startedAt && !a.endedAt))
		throw new AppError('burglary.error.attemptLive', 409);
	await savePreconditions(id, { ...row.preconditions, [which]: null });
}

async function savePreconditions(id: string, preconditions: Preconditions) {
	await db()
		.update(burglaryCampaign)
		.set({ preconditions, updatedAt: new Date() })
		.where(eq(burglaryCampaign.liveSessionId, id));
	broadcastCampaign(id);
}

// ---------------------------------------------------------------- the draw

/**
 * Draws the target homes for `date` with the server's cryptographic randomness and records
 * the draw. A new draw replaces the previous one as long as no attempt has started; the boeven
 * are assigned in turn (the organiser can change that).
 */
export async function drawCampaign(actor: SessionUser, id: string, date: string, now = Date.now()) {
	const row = await controllableCampaign(actor, id);
	const attempts = await loadAttempts(id);
	const phase = phaseOf(row, attempts);
	if (
		!mayDraw(
			phase,
			attempts.some((a) => a.startedAt !== null)
		)
	)
		throw new AppError('burglary.error.drawClosed', 409);
	const { settings } = row;
	if (date < settings.periodStart || date > settings.periodEnd)
		throw new AppError('burglary.error.drawDate', 400);
	const registrations = await loadRegistrations(id);
	const result = drawTargets(
		registrations.map((r) => ({ id: r.id, consent: true, awayDates: r.awayDates })),
		date,
		settings.targetCount,
		(n) => randomInt(n)
	);
	if (!result.ok) throw new AppError(result.error, 409);
	await db().transaction(async (tx) => {
		await tx.delete(burglaryAttempt).where(eq(burglaryAttempt.liveSessionId, id));
		await tx.insert(burglaryAttempt).values(
			result.record.chosen.map((registrationId, i) => ({
				liveSessionId: id,
				number: i + 1,
				registrationId,
				boefId: settings.boeven[i % settings.boeven.length]!.id,
				plannedDate: date,
				prevention: {}
			}))
		);
		await tx
			.update(burglaryCampaign)
			.set({ draw: { ...result.record, atMs: now, by: actor.id }, updatedAt: new Date() })
			.where(eq(burglaryCampaign.liveSessionId, id));
	});
	broadcastCampaign(id);
	// A boef's phone shows his (new) target.
	for (const b of settings.boeven) refreshBoefPhones(id, b.id);
}

export async function assignBoef(actor: SessionUser, id: string, attemptId: string, boefId: string) {
	const row = await controllableCampaign(actor, id);
	if (!row.settings.boeven.some((b) => b.id === boefId))
		throw new AppError('burglary.error.unknownBoef', 404);
	const attempt = await ownAttempt(id, attemptId);
	if (attempt.startedAt) throw new AppError('burglary.error.alreadyStarted', 409);
	await db().update(burglaryAttempt).set({ boefId }).where(eq(burglaryAttempt.id, attemptId));
	broadcastCampaign(id);
	refreshBoefPhones(id, attempt.boefId);
	refreshBoefPhones(id, boefId);
}

async function ownAttempt(id: string, attemptId: string) {
	const [a] = await db()
		.select()
		.from(burglaryAttempt)
		.where(and(eq(burglaryAttempt.id, attemptId), eq(burglaryAttempt.liveSessionId, id)));
	if (!a) throw new AppError('burglary.error.unknownAttempt', 404);
	return a;
}

// ---------------------------------------------------------------- the attempt

export async function attemptCommand(
	actor: SessionUser,
	id: string,
	command: AttemptCommand,
	now = Date.now()
) {
	const row = await controllableCampaign(actor, id);
	const attempts = await loadAttempts(id);
	const attempt = attempts.find((a) => a.id === command.attemptId);
	if (!attempt) throw new AppError('burglary.error.unknownAttempt', 404);
	if (row.publishedAt) throw new AppError('burglary.error.published', 409);
	if (command.type === 'start') {
		const refusal = startRefusal({
			preconditions: row.preconditions,
			attempt: { ...attemptTimes(attempt), hasTarget: attempt.registrationId !== null },
			attempts: attempts.map(attemptTimes),
			published: row.publishedAt !== null
		});
		if (refusal) throw new AppError(refusal, 409);
		// Guarded in SQL too: two dashboards pressing start at once start it once, and two starts
		// of different attempts never both run (a report must belong to one attempt). The
		// campaign row is the lock: a second start waits for the first and then sees it.
		await db().transaction(async (tx) => {
			await tx
				.select({ id: burglaryCampaign.liveSessionId })
				.from(burglaryCampaign)
				.where(eq(burglaryCampaign.liveSessionId, id))
				.for('update');
			const [other] = await tx
				.select({ id: burglaryAttempt.id })
				.from(burglaryAttempt)
				.where(
					and(
						eq(burglaryAttempt.liveSessionId, id),
						ne(burglaryAttempt.id, attempt.id),
						isNotNull(burglaryAttempt.startedAt),
						isNull(burglaryAttempt.endedAt)
					)
				);
			if (other) throw new AppError('burglary.error.otherAttemptLive', 409);
			await tx
				.update(burglaryAttempt)
				.set({ startedAt: new Date(now) })
				.where(and(eq(burglaryAttempt.id, attempt.id), isNull(burglaryAttempt.startedAt)));
		});
	} else if (command.type === 'end') {
		if (!attempt.startedAt) throw new AppError('burglary.error.notStarted', 409);
		if (attempt.endedAt) return;
		await db()
			.update(burglaryAttempt)
			.set({ endedAt: new Date(Math.max(now, attempt.startedAt.getTime())) })
			.where(and(eq(burglaryAttempt.id, attempt.id), isNull(burglaryAttempt.endedAt)));
	} else {
		if (!attempt.startedAt) throw new AppError('burglary.error.notStarted', 409);
		await db()
			.update(burglaryAttempt)
			.set({ override: command.stopped === null ? null : { stopped: command.stopped } })
			.where(eq(burglaryAttempt.id, attempt.id));
	}
	broadcastCampaign(id);
	refreshBoefPhones(id, attempt.boefId);
}

/** The organiser enters a call the meldkamer counted. A resent id counts once. */
export async function recordCall(actor: SessionUser, id: string, input: unknown, now = Date.now()) {
	const row = await controllableCampaign(actor, id);
	const parsed = callInputSchema.safeParse(input);
	if (!parsed.success) throw new AppError('burglary.error.call', 400);
	const call = parsed.data;
	const attempt = await ownAttempt(id, call.attemptId);
	if (row.publishedAt) throw new AppError('burglary.error.published', 409);
	if (!attempt.startedAt) throw new AppError('burglary.error.notStarted', 409);
	if (call.atMs < attempt.startedAt.getTime() - 3_600_000 || call.atMs > now + 60_000)
		throw new AppError('burglary.error.callTime', 400);
	await db()
		.insert(burglaryCall)
		.values({
			id: call.id,
			liveSessionId: id,
			attemptId: attempt.id,
			number: call.number,
			at: new Date(call.atMs),
			enteredBy: actor.id
		})
		.onConflictDoNothing();
	broadcastCampaign(id);
}

export async function deleteCall(actor: SessionUser, id: string, callId: string) {
	const row = await controllableCampaign(actor, id);
	if (row.publishedAt) throw new AppError('burglary.error.published', 409);
	await db()
		.delete(burglaryCall)
		.where(and(eq(burglaryCall.id, callId), eq(burglaryCall.liveSessionId, id)));
	broadcastCampaign(id);
}

/** The prevention checklist at the house, by the organiser (`by` is the account) or the boef. */
export async function savePrevention(
	id: string,
	attemptId: string,
	input: unknown,
	by: string
): Promise<PreventionChecklist> {
	const parsed = preventionSchema.safeParse(input);
	if (!parsed.success) throw new AppError('burglary.error.prevention', 400);
	const row = await loadCampaignRow({ id });
	if (!row) throw new AppError('burglary.error.notFound', 404);
	if (row.publishedAt) throw new AppError('burglary.error.published', 409);
	await ownAttempt(id, attemptId);
	const prevention = parsed.data as PreventionChecklist;
	await db()
		.update(burglaryAttempt)
		.set({ prevention, preventionBy: by })
		.where(eq(burglaryAttempt.id, attemptId));
	broadcastCampaign(id);
	return prevention;
}

export async function savePreventionAsOrganiser(
	actor: SessionUser,
	id: string,
	attemptId: string,
	input: unknown
) {
	await controllableCampaign(actor, id);
	return savePrevention(id, attemptId, input, `account:${actor.id}`);
}

// ---------------------------------------------------------------- outcome

/**
 * Publishes the outcome: stores the anonymous summary (kept after the personal data goes),
 * and queues an e-mail to every registered household plus the private weak-spot list to each
 * target household alone. Published once.
 */
export async function publishOutcome(actor: SessionUser, id: string, origin: string, now = Date.now()) {
	const row = await controllableCampaign(actor, id);
	if (row.publishedAt) throw new AppError('burglary.error.published', 409);
	const attempts = await loadAttempts(id);
	if (
		attempts.length === 0 ||
		attempts.some((a) => a.startedAt && !a.endedAt) ||
		!attempts.some((a) => a.endedAt)
	)
		throw new AppError('burglary.error.notDone', 409);
	const [calls, reports, registrations] = await Promise.all([
		loadCalls(id),
		loadReports(id),
		loadRegistrations(id)
	]);
	const summary = publicOutcome({
		publishedAtMs: now,
		households: registrations.length,
		stopWindowMinutes: row.settings.stopWindowMinutes,
		attempts: attemptRecords(attempts, calls, reports)
	});
	await db().transaction(async (tx) => {
		const [done] = await tx
			.update(burglaryCampaign)
			.set({ publishedAt: new Date(now), publicOutcome: summary, updatedAt: new Date() })
			.where(and(eq(burglaryCampaign.liveSessionId, id), isNull(burglaryCampaign.publishedAt)))
			.returning({ id: burglaryCampaign.liveSessionId });
		if (!done) throw new AppError('burglary.error.published', 409);
		// The campaign is over: boef links stop working; personal pages still show the outcome.
		await tx
			.update(liveSession)
			.set({ endedAt: new Date(now) })
			.where(eq(liveSession.id, id));
		const published = { ...row, publishedAt: new Date(now) };
		await queueOutcomeMails(tx, {
			row,
			summary,
			registrations,
			attempts,
			origin,
			deletionDueAtMs: deletionDue(published)
		});
	});
	wakeMailWorker();
	broadcastCampaign(id);
}

// ---------------------------------------------------------------- views

export function phaseOf(
	row: CampaignRow,
	attempts: readonly { id: string; startedAt: Date | null; endedAt: Date | null }[]
) {
	return campaignPhase({
		drawn: row.draw !== null,
		attempts: attempts.map(attemptTimes),
		publishedAtMs: row.publishedAt?.getTime() ?? null,
		deletedAtMs: row.personalDataDeletedAt?.getTime() ?? null
	});
}

export function deletionDue(row: CampaignRow): number {
	return deletionDueAtMs({
		outcomePublishedAtMs: row.publishedAt?.getTime() ?? null,
		periodEndMs: periodEndMs(row.settings),
		retentionDays: row.settings.retentionDays
	});
}

/** The organiser's whole view, addresses of the drawn homes included (callers log the view). */
export async function hostView(row: CampaignRow, now = Date.now()): Promise<BurglaryHostView> {
	const id = row.id;
	const attempts = await loadAttempts(id);
	const [calls, reports, registrations, tracks, targets] = await Promise.all([
		loadCalls(id),
		loadReports(id),
		countRegistrations(id),
		loadTracks(id, attempts),
		loadRegistrations(
			id,
			attempts.map((a) => a.registrationId).filter((x): x is string => x !== null)
		)
	]);
	const records = attemptRecords(attempts, calls, reports);
	const draw = row.draw;
	return {
		id,
		title: row.title,
		joinCode: row.joinCode,
		phase: phaseOf(row, attempts),
		settings: row.settings,
		preconditions: row.preconditions,
		missing: missingPreconditions(row.preconditions),
		registrations,
		draw: draw && {
			date: draw.date,
			atMs: draw.atMs,
			eligible: draw.eligible.length,
			excludedNoConsent: draw.excluded.filter((e) => e.reason === 'no-consent').length,
			excludedAway: draw.excluded.filter((e) => e.reason === 'away').length,
			chosen: draw.chosen.length
		},
		attempts: attempts.map((a, i): HostAttempt => {
			const t = targets.find((r) => r.id === a.registrationId);
			return {
				...attemptTimes(a),
				number: a.number,
				boefId: a.boefId,
				plannedDate: a.plannedDate,
				target: t ? targetAddress(t) : null,
				prevention: a.prevention,
				preventionBy: a.preventionBy,
				override: a.override ?? null,
				calls: calls
					.filter((c) => c.attemptId === a.id)
					.map((c) => ({ id: c.id, number: c.number, atMs: c.at.getTime() })),
				outcome: outcomeOf(records[i]!, row.settings.stopWindowMinutes)
			};
		}),
		reports: reports.map((r) => ({
			id: r.id,
			attemptId: r.attemptId,
			seenAtMs: r.seenAt.getTime(),
			reportedAtMs: r.reportedAt.getTime(),
			receivedAtMs: r.receivedAt.getTime(),
			behaviour: r.behaviour,
			signalement: r.signalement,
			channel: r.channel,
			place: { lat: r.lat, lng: r.lng },
			flags: r.flags ?? reportFlagsOf(r)
		})),
		tracks,
		publicOutcome: row.publicOutcome ?? null,
		publishedAtMs: row.publishedAt?.getTime() ?? null,
		deletionDueAtMs: deletionDue(row),
		personalDataDeletedAtMs: row.personalDataDeletedAt?.getTime() ?? null,
		nowMs: now
	};
}

export function targetAddress(r: typeof burglaryRegistration.$inferSelect): TargetAddress {
	return {
		registrationId: r.id,
		name: r.name,
		postcode: r.postcode,
		houseNumber: r.houseNumber,
		street: r.street,
		city: r.city,
		place: { lat: r.lat, lng: r.lng }
	};
}

/** The dashboard: the view, with each target address shown logged as a view by the actor. */
export async function watchCampaign(
	actor: SessionUser,
	id: string,
	context: string
): Promise<BurglaryHostView> {
	const row = await controllableCampaign(actor, id);
	const view = await hostView(row);
	await logAddressViews(
		id,
		view.attempts.flatMap((a) => (a.target ? [a.target.registrationId] : [])),
		{ viewer: `account:${actor.id}`, viewerName: actor.name, context }
	);
	return view;
}

export async function logAddressViews(
	liveSessionId: string,
	registrationIds: readonly string[],
	who: { viewer: string; viewerName: string; context: string }
) {
	if (registrationIds.length === 0) return;
	await db()
		.insert(addressView)
		.values(registrationIds.map((registrationId) => ({ liveSessionId, registrationId, ...who })));
}

/** The registered households as the organiser lists them: no address unless revealed. */
export async function registrationList(actor: SessionUser, id: string) {
	await controllableCampaign(actor, id);
	const rows = await loadRegistrations(id);
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		awayDates: r.awayDates,
		registeredAtMs: r.createdAt.getTime(),
		consentAtMs: r.consentAt.getTime()
	}));
}

/** Shows one household's address and e-mail to the organiser, and logs that it was shown. */
export async function revealRegistration(actor: SessionUser, id: string, registrationId: string) {
	await controllableCampaign(actor, id);
	const [r] = await loadRegistrations(id, [registrationId]);
	if (!r) throw new AppError('burglary.error.unknownRegistration', 404);
	await logAddressViews(id, [r.id], {
		viewer: `account:${actor.id}`,
		viewerName: actor.name,
		context: 'registrations'
	});
	return { ...targetAddress(r), email: r.email };
}

/** Who saw which address when (names of households, not their addresses). */
export async function addressLog(actor: SessionUser, id: string) {
	await controllableCampaign(actor, id);
	return db()
		.select({
			at: addressView.at,
			viewerName: addressView.viewerName,
			context: addressView.context,
			household: burglaryRegistration.name
		})
		.from(addressView)
		.innerJoin(burglaryRegistration, eq(burglaryRegistration.id, addressView.registrationId))
		.where(eq(addressView.liveSessionId, id))
		.orderBy(desc(addressView.at))
		.limit(500);
}

/**
 * The campaign's e-mail as queued or sent (the outbox), newest first. Personal links are
 * masked: with one the organiser could act as the household (change or withdraw it).
 */
export async function campaignOutbox(actor: SessionUser, id: string) {
	await controllableCampaign(actor, id);
	const rows = await db()
		.select({
			id: mailOutbox.id,
			kind: mailOutbox.kind,
			to: mailOutbox.to,
			subject: mailOutbox.subject,
			text: mailOutbox.text,
			createdAt: mailOutbox.createdAt,
			sentAt: mailOutbox.sentAt,
			failedAt: mailOutbox.failedAt,
			attempts: mailOutbox.attempts,
			lastError: mailOutbox.lastError
		})
		.from(mailOutbox)
		.where(eq(mailOutbox.liveSessionId, id))
		.orderBy(desc(mailOutbox.createdAt))
		.limit(500);
	return rows.map((r) => ({ ...r, text: r.text.replace(/\/mijn\/[A-Za-z0-9_-]+/g, '/mijn/…') }));
}

/** For organisers reviewing: the anonymous outcome only. */
export async function campaignReview(actor: SessionUser, id: string) {
	const row = await reviewableCampaign(actor, id);
	return {
		id: row.id,
		title: row.title,
		runs: runs(actor, row),
		publicOutcome: row.publicOutcome ?? null,
		publishedAtMs: row.publishedAt?.getTime() ?? null,
		personalDataDeletedAtMs: row.personalDataDeletedAt?.getTime() ?? null
	};
}

/** Names of the accounts that ticked preconditions, for the dashboard. */
export async function accountNames(organisationId: string): Promise<Record<string, string>> {
	const rows = await db()
		.select({ id: account.id, name: account.name })
		.from(account)
		.where(eq(account.organisationId, organisationId));
	return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
