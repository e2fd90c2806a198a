import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { burglaryCampaign, burglaryRegistration, liveSession, mailOutbox } from '$lib/server/db/schema';
import { hashToken, newToken } from '$lib/server/auth/tokens';
import { config } from '$lib/server/config';
import { AppError } from '$lib/server/errors';
import { RateWindow } from '$lib/server/rate-window';
import type { Locale } from '$lib/i18n';
import { registrationOpen } from '$lib/domain/burglary/campaign';
import { looksLikeLink } from '$lib/domain/burglary/link-text';
import { registrationSchema, type RegistrationInput } from '$lib/domain/burglary/schemas';
import type { OwnRegistration, PublicCampaign } from '$lib/domain/burglary/views';
import { deletionDue, phaseOf } from './campaigns';
import { geocode } from './geocoder';
import { broadcastCampaign } from './live';
import { inviteToken } from './invite';
import { chargeMail } from './mail-budget';
import { chargeConfirmation, emailCharge } from './mail-charges';
import { queueConfirmation, queueNewLink } from './mails';
import { loadAttempts, loadCampaignRow, type CampaignRow } from './store';

/**
 * A household's side of Houd u de boef tegen?: registering (no account: a personal link with a
 * secret token, of which only the hash is kept), seeing, changing and withdrawing it.
 */

export type FieldIssue = { path: string; messageKey: string };

/**
 * Registration requests per network address, in memory: only against a script that hammers the
 * form (and the geocoder); wide enough for a workshop of 150 on one wifi with retries. What
 * limits the e-mail a registration sends are the budgets in mail-budget.ts.
 */
const registrationsPerClient = new RateWindow(300, 10 * 60_000);
/** "Link kwijt?" requests per network address and campaign: a venue's wifi, but no script. */
const newLinksPerClient = new RateWindow(30, 10 * 60_000);

async function openCampaign(code: string): Promise<CampaignRow | null> {
	if (!/^\d{6}$/.test(code)) return null;
	const row = await loadCampaignRow({ joinCode: code });
	return row && !row.personalDataDeletedAt ? row : null;
}

/** What the public page of a campaign shows: never anything about a household. */
export async function publicCampaign(code: string): Promise<PublicCampaign | null> {
	const row = await loadCampaignRow({ joinCode: /^\d{6}$/.test(code) ? code : '-' });
	if (!row) return null;
	const attempts = await loadAttempts(row.id);
	const phase = phaseOf(row, attempts);
	return {
		title: row.title,
		joinCode: row.joinCode,
		phase: row.publicOutcome ? 'published' : registrationOpen(phase) ? 'open' : 'closed',
		periodStart: row.settings.periodStart,
		periodEnd: row.settings.periodEnd,
		retentionDays: row.settings.retentionDays,
		deletionDueAtMs: deletionDue(row),
		area: row.settings.area,
		geocoder: config().GEOCODER_URL !== undefined,
		publicOutcome: row.publicOutcome ?? null
	};
}

/** The columns a valid form sets, the same when registering and when changing. */
function householdColumns(checked: Extract<Awaited<ReturnType<typeof validate>>, { ok: true }>, now: number) {
	const { data } = checked;
	return {
		name: data.name,
		email: data.email,
		postcode: data.postcode,
		houseNumber: data.houseNumber,
		street: checked.street,
		city: checked.city,
		lat: data.place!.lat,
		lng: data.place!.lng,
		awayDates: [...new Set(data.awayDates)].sort(),
		consentAt: new Date(now)
	};
}

/** Validates a registration form, adding the issues a schema cannot see (period, place). */
async function validate(
	row: CampaignRow,
	input: unknown
): Promise<
	| { ok: true; data: RegistrationInput; street: string | null; city: string | null }
	| { ok: false; issues: FieldIssue[] }
> {
	const parsed = registrationSchema.safeParse(input);
	const issues: FieldIssue[] = parsed.success
		? []
		: parsed.error.issues.map((i) => ({
				path: String(i.path[0] ?? ''),
				messageKey: /^[\w.]+$/.test(i.message) && i.message.includes('.') ? i.message : 'error.invalidInput'
			}));
	// A name that a mail client would make a link of is no name (and no name goes into a mail).
	const name = (input as { name?: unknown } | null)?.name;
	if (typeof name === 'string' && looksLikeLink(name) && !issues.some((i) => i.path === 'name'))
		issues.push({ path: 'name', messageKey: 'burglary.error.nameLooksLikeLink' });
	if (!parsed.success) {
		// Without a geocoder the pin is needed in any case: say so at once, not after the rest is right.
		const place = (input as { place?: unknown } | null)?.place;
		if (config().GEOCODER_URL === undefined && !place && !issues.some((i) => i.path === 'place'))
			issues.push({ path: 'place', messageKey: 'burglary.error.place' });
		return { ok: false, issues };
	}
	const data = parsed.data;
	if (data.awayDates.some((d) => d < row.settings.periodStart || d > row.settings.periodEnd))
		issues.push({ path: 'awayDates', messageKey: 'burglary.error.awayDate' });
	if (issues.length > 0) return { ok: false, issues };
	// The geocoder, when there is one, knows better than a pin; without it the pin is needed.
	const found = await geocode(data.postcode, data.houseNumber);
	if (found) data.place = found.place;
	else if (!data.place) issues.push({ path: 'place', messageKey: 'burglary.error.place' });
	if (issues.length > 0) return { ok: false, issues };
	return { ok: true, data, street: found?.street ?? null, city: found?.city ?? null };
}

/**
 * Registers a household and queues the confirmation with its personal link. The token is
 * returned once (the phone keeps it); only its hash is stored.
 */
export async function register(
	code: string,
	input: unknown,
	origin: string,
	locale: Locale,
	now = Date.now(),
	/** The client's address, for the rate limit (a public form that sends e-mail). */
	client = 'unknown',
	/** The token of a workshop's invitation (see invite.ts), if the phone came from one. */
	invite?: string
): Promise<{ ok: true; token: string; mailQueued: boolean } | { ok: false; issues: FieldIssue[] }> {
	const row = await openCampaign(code);
	if (!row) throw new AppError('burglary.error.notFound', 404);
	if (!registrationsPerClient.hit(client, now))
		throw new AppError('burglary.error.tooManyRegistrations', 429, { minutes: 10 });
	if (!registrationOpen(phaseOf(row, await loadAttempts(row.id))))
		throw new AppError('burglary.error.registrationClosed', 410);
	const checked = await validate(row, input);
	if (!checked.ok) return checked;
	const { data } = checked;
	const [dup] = await db()
		.select({ id: burglaryRegistration.id })
		.from(burglaryRegistration)
		.where(
			and(
				eq(burglaryRegistration.liveSessionId, row.id),
				eq(burglaryRegistration.email, data.email),
				eq(burglaryRegistration.postcode, data.postcode),
				eq(sql`lower(${burglaryRegistration.houseNumber})`, data.houseNumber.toLowerCase())
			)
		);
	if (dup) return { ok: false, issues: [{ path: 'email', messageKey: 'burglary.error.duplicate' }] };
	const charged = await chargeConfirmation(row, data.email, now, { client, invite });
	if (!charged.ok) return charged;
	const token = newToken();
	await db()
		.insert(burglaryRegistration)
		.values({
			...householdColumns(checked, now),
			liveSessionId: row.id,
			tokenHash: hashToken(token),
			locale
		});
	if (charged.sendAfter)
		await queueConfirmation({
			row,
			registration: { email: data.email, locale },
			token,
			origin,
			deletionDueAtMs: deletionDue(row),
			sendAfter: charged.sendAfter
		});
	broadcastCampaign(row.id);
	return { ok: true, token, mailQueued: charged.sendAfter !== null };
}

/**
 * "Link kwijt?": a household that lost its confirmation e-mail gets a fresh personal link
 * (only the hash of a token is kept, so the old one cannot be sent again). Each registration
 * of this campaign with that e-mail address gets a new token, which ends the old link, and a
 * message with the new one. The answer is the same whether or not the address is registered,
 * so the form cannot tell anyone who takes part; only an invalid address is refused.
 */
export async function sendNewLinks(
	code: string,
	email: unknown,
	origin: string,
	now = Date.now(),
	/** The client's address, for the rate limit (a public form that sends e-mail). */
	client = 'unknown'
): Promise<{ ok: true } | { ok: false; issues: FieldIssue[] }> {
	const row = await openCampaign(code);
	if (!row) throw new AppError('burglary.error.notFound', 404);
	if (!newLinksPerClient.hit(`${row.id}:${client}`, now))
		throw new AppError('burglary.error.tooManyLinkRequests', 429, { minutes: 10 });
	const parsed = registrationSchema.shape.email.safeParse(email);
	if (!parsed.success) {
		const message = parsed.error.issues[0]?.message ?? '';
		return {
			ok: false,
			issues: [{ path: 'email', messageKey: message === 'error.tooLong' ? message : 'burglary.error.email' }]
		};
	}
	const address = parsed.data;
	const registrations = await db()
		.select()
		.from(burglaryRegistration)
		.where(and(eq(burglaryRegistration.liveSessionId, row.id), eq(burglaryRegistration.email, address)))
		.orderBy(burglaryRegistration.createdAt);
	for (const r of registrations) {
		// The same daily budget as confirmations; over it nothing happens (and the old link keeps working).
		const charged = await chargeMail([emailCharge(address)], now);
		if (!charged.ok || !charged.sendAfter) break;
		const token = newToken();
		await db()
			.update(burglaryRegistration)
			.set({ tokenHash: hashToken(token) })
			.where(eq(burglaryRegistration.id, r.id));
		await queueNewLink({ row, registration: r, token, origin, sendAfter: charged.sendAfter });
	}
	return { ok: true };
}

async function byToken(token: string) {
	if (!/^[A-Za-z0-9_-]{22,100}$/.test(token)) return null;
	const [r] = await db()
		.select()
		.from(burglaryRegistration)
		.where(eq(burglaryRegistration.tokenHash, hashToken(token)));
	if (!r) return null;
	const row = await loadCampaignRow({ id: r.liveSessionId });
	return row && !row.personalDataDeletedAt ? { r, row } : null;
}

/** The household's own registration (its personal page). */
export async function ownRegistration(token: string): Promise<OwnRegistration | null> {
	const found = await byToken(token);
	if (!found) return null;
	const { r, row } = found;
	return {
		id: r.id,
		campaignTitle: row.title,
		joinCode: row.joinCode,
		name: r.name,
		email: r.email,
		postcode: r.postcode,
		houseNumber: r.houseNumber,
		street: r.street,
		city: r.city,
		place: { lat: r.lat, lng: r.lng },
		awayDates: r.awayDates,
		consentAtMs: r.consentAt.getTime(),
		periodStart: row.settings.periodStart,
		periodEnd: row.settings.periodEnd,
		deletionDueAtMs: deletionDue(row),
		open: row.publishedAt === null,
		publicOutcome: row.publicOutcome ?? null,
		area: row.settings.area
	};
}

/** Changes a registration (the same checks as registering). Not after the outcome. */
export async function updateRegistration(token: string, input: unknown, origin: string, now = Date.now()) {
	const found = await byToken(token);
	if (!found) throw new AppError('burglary.error.linkInvalid', 404);
	const { r, row } = found;
	if (row.publishedAt) throw new AppError('burglary.error.published', 409);
	const checked = await validate(row, input);
	if (!checked.ok) return checked;
	const { data } = checked;
	// A new address gets the confirmation with the personal link, so a typo shows at once and
	// the outcome does not go to someone else unnoticed. Within the same daily mail budget.
	const newEmail = data.email !== r.email;
	const charged = newEmail ? await chargeConfirmation(row, data.email, now, { registrationId: r.id }) : null;
	if (charged && !charged.ok) return charged;
	await db()
		.update(burglaryRegistration)
		.set({ ...householdColumns(checked, now), updatedAt: new Date(now) })
		.where(eq(burglaryRegistration.id, r.id));
	if (charged?.sendAfter)
		await queueConfirmation({
			row,
			registration: { email: data.email, locale: r.locale },
			token,
			origin,
			deletionDueAtMs: deletionDue(row),
			sendAfter: charged.sendAfter
		});
	broadcastCampaign(row.id);
	return { ok: true as const };
}

/**
 * Withdraws: deletes the household's row at once (GDPR art. 17). Its reports stay without
 * the link to it; a drawn attempt loses its target (the organiser draws again); the log of
 * who saw the address and the e-mail sent to it go with it.
 */
export async function withdrawRegistration(token: string): Promise<void> {
	const found = await byToken(token);
	if (!found) throw new AppError('burglary.error.linkInvalid', 404);
	const { r } = found;
	await db().transaction(async (tx) => {
		await tx.delete(burglaryRegistration).where(eq(burglaryRegistration.id, r.id));
		// The e-mail to it (the confirmation holds name, address and personal link) goes too,
		// unless another household of this campaign shares the e-mail address.
		const [shared] = await tx
			.select({ id: burglaryRegistration.id })
			.from(burglaryRegistration)
			.where(
				and(eq(burglaryRegistration.liveSessionId, r.liveSessionId), eq(burglaryRegistration.email, r.email))
			);
		if (!shared)
			await tx
				.delete(mailOutbox)
				.where(and(eq(mailOutbox.liveSessionId, r.liveSessionId), eq(mailOutbox.to, r.email)));
	});
	broadcastCampaign(found.row.id);
}

/** A household's token as a socket identity (for reports from its phone). */
export async function resolveResident(
	token: string
): Promise<{ registrationId: string; liveSessionId: string } | null> {
	const found = await byToken(token);
	if (!found || found.row.publishedAt) return null;
	return { registrationId: found.r.id, liveSessionId: found.r.liveSessionId };
}

/** Is this session a campaign's join code? (The /<code> and /join routes send households on.) */
export async function isCampaignCode(code: string): Promise<boolean> {
	const [row] = await db()
		.select({ id: liveSession.id })
		.from(liveSession)
		.where(and(eq(liveSession.joinCode, code), eq(liveSession.kind, 'houd_de_boef')));
	return row !== undefined;
}

/**
 * The campaign a workshop invites its participants to at its end (the organiser linked it in
 * the campaign's settings), while registration is open; the newest when several are linked.
 * With the invitation's token (see invite.ts), so their registrations count against the
 * workshop, not against the venue's network address.
 */
export async function campaignForWorkshop(
	liveSessionId: string
): Promise<{ joinCode: string; title: string; invite: string } | null> {
	const [workshop] = await db()
		.select({ secret: liveSession.drawSecret })
		.from(liveSession)
		.where(and(eq(liveSession.id, liveSessionId), eq(liveSession.kind, 'workshop')));
	if (!workshop) return null;
	const rows = await db()
		.select({ id: liveSession.id })
		.from(burglaryCampaign)
		.innerJoin(liveSession, eq(liveSession.id, burglaryCampaign.liveSessionId))
		.where(
			and(
				sql`${burglaryCampaign.settings}->>'workshopSessionId' = ${liveSessionId}`,
				isNull(burglaryCampaign.publishedAt),
				isNull(burglaryCampaign.personalDataDeletedAt)
			)
		)
		.orderBy(desc(liveSession.createdAt));
	for (const { id } of rows) {
		const row = await loadCampaignRow({ id });
		if (row && registrationOpen(phaseOf(row, await loadAttempts(id))))
			return { joinCode: row.joinCode, title: row.title, invite: inviteToken(row.id, workshop.secret) };
	}
	return null;
}

/** The same for a workshop known by its join code (the participant's phone page). */
export async function campaignForWorkshopCode(
	joinCode: string
): Promise<{ joinCode: string; title: string; invite: string } | null> {
	const [workshop] = await db()
		.select({ id: liveSession.id })
		.from(liveSession)
		.where(and(eq(liveSession.joinCode, joinCode), eq(liveSession.kind, 'workshop')));
	return workshop ? campaignForWorkshop(workshop.id) : null;
}
