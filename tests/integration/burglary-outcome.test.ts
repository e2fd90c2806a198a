import type { AddressInfo } from 'node:net';
import { count, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gameReportPayloadSchema } from '$lib/domain/boef/schemas';
import { PREVENTION_ITEMS, type PreventionChecklist } from '$lib/domain/burglary/prevention';
import { translate } from '$lib/i18n';
import { db } from '$lib/server/db';
import {
	addressView,
	boefLink,
	boefPosition,
	burglaryAttempt,
	burglaryCampaign,
	burglaryRegistration,
	burglaryReport,
	mailOutbox
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { deliverDue } from '$lib/server/mail/outbox';
import { resolveBoefToken } from '$lib/server/services/boef-links';
import {
	attemptCommand,
	campaignReview,
	drawCampaign,
	publishOutcome,
	recordCall,
	renewCampaignBoefLink,
	savePreventionAsOrganiser,
	watchCampaign
} from '$lib/server/services/burglary/campaigns';
import { boefPositions, boefView } from '$lib/server/services/burglary/live';
import {
	ownRegistration,
	publicCampaign,
	resolveResident,
	updateRegistration,
	withdrawRegistration
} from '$lib/server/services/burglary/registrations';
import { submitReport } from '$lib/server/services/burglary/reports';
import { runRetention } from '$lib/server/services/burglary/retention-job';
import { openTestDatabase } from '../helpers/db';
import { reportPayload } from '../helpers/game';
import {
	campaign,
	findInDatabase,
	HOUSEHOLDS,
	organiser,
	personalStrings,
	registerAll,
	registrationInput,
	tickAll
} from '../helpers/burglary';
import { parseMail, type ReceivedMail } from '../helpers/mail';

/**
 * The end of a campaign: the outcome published once, by e-mail through a real SMTP server
 * (smtp-server, started here) to every household, the weak spots to the target household
 * alone; the public outcome without personal data; and the deletion of the personal data on
 * schedule (clock injected), after which a search through every text column of every table
 * finds no e-mail address, postcode or name of any household. Withdrawing deletes at once.
 */
const DAY = 24 * 3_600_000;
const FROM = 'Duizend Ogen <noreply@buurt.test>';
const FIX = { lat: 52.0957713, lng: 5.1153311 };
const REPORT_TEXT = 'Man met capuchon loopt achterom bij nummer zeventien.';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: SMTPServer;
let smtpUrl: string;
const raw: { to: string[]; body: string }[] = [];
let org: Awaited<ReturnType<typeof organiser>>;
let camp: Awaited<ReturnType<typeof campaign>>;
let tokens: string[];
let boefToken: string;
let attemptId: string;
let targetIndex: number;
let publishedAt: number;

const weakLine = `- ${translate('nl', 'burglary.prevention.lights')}: ${translate('nl', 'burglary.finding.weak')}`;

async function failure(p: Promise<unknown>): Promise<AppError> {
	try {
		await p;
	} catch (err) {
		if (err instanceof AppError) return err;
		throw err;
	}
	throw new Error('expected a refusal');
}

beforeAll(async () => {
	database = await openTestDatabase();
	smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			let body = '';
			stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
			stream.on('end', () => {
				raw.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

	// A campaign played through with the services: three households, one target, one boef.
	org = await organiser();
	camp = await campaign(org.user);
	tokens = await registerAll(camp.joinCode);
	await drawCampaign(org.user, camp.id, camp.today);
	boefToken = await renewCampaignBoefLink(org.user, camp.id, 'b1');
	await tickAll(org.user, camp.id);
	const view = await watchCampaign(org.user, camp.id, 'dashboard');
	attemptId = view.attempts[0]!.id;
	targetIndex = HOUSEHOLDS.findIndex((h) => h.name === view.attempts[0]!.target!.name);
	await boefView(camp.id, 'b1');
	await attemptCommand(org.user, camp.id, { type: 'start', attemptId });
	const now = Date.now();
	await boefPositions(camp.id, 'b1', { sentAt: now, fixes: [{ at: now, ...FIX }] });
	const neighbour = (await resolveResident(tokens[(targetIndex + 1) % 3]!))!;
	await submitReport(
		neighbour,
		gameReportPayloadSchema.parse(
			reportPayload({ behaviour: REPORT_TEXT, place: { lat: 52.0961234, lng: 5.1161234 } })
		)
	);
	await recordCall(org.user, camp.id, {
		id: crypto.randomUUID(),
		attemptId,
		number: '112',
		atMs: Date.now()
	});
});
afterAll(async () => {
	await new Promise<void>((resolve) => smtp?.close(() => resolve()));
	await database?.close();
});

describe('publishing the outcome', () => {
	it('is refused while the attempt runs', async () => {
		expect((await failure(publishOutcome(org.user, camp.id, 'https://buurt.test'))).code).toBe(
			'burglary.error.notDone'
		);
	});

	it('mails every household the outcome once, and the weak spots to the target household alone', async () => {
		await attemptCommand(org.user, camp.id, { type: 'end', attemptId });
		const checklist: PreventionChecklist = Object.fromEntries(PREVENTION_ITEMS.map((i) => [i, 'ok']));
		checklist.lights = 'weak';
		await savePreventionAsOrganiser(org.user, camp.id, attemptId, checklist);
		publishedAt = Date.now();
		await publishOutcome(org.user, camp.id, 'https://buurt.test', publishedAt);

		// Three confirmations (from registering), three outcomes, one private list.
		expect(await deliverDue({ smtpUrl, from: FROM })).toEqual({ sent: 7, failed: 0, gaveUp: 0 });
		const mails: ReceivedMail[] = raw.map((m) => parseMail(m.to, m.body));
		const outcomeSubject = translate('nl', 'burglary.mail.outcome.subject', { title: camp.title });
		const outcomes = mails.filter((m) => m.subject === outcomeSubject);
		const weak = mails.filter((m) => m.subject === translate('nl', 'burglary.mail.weak.subject'));
		expect(outcomes).toHaveLength(3);
		expect(outcomes.map((m) => m.to).sort()).toEqual(HOUSEHOLDS.map((h) => [h.email]).sort());
		expect(weak).toHaveLength(1);
		const target = HOUSEHOLDS[targetIndex]!;
		expect(weak[0]!.to).toEqual([target.email]);
		expect(weak[0]!.text).toContain(weakLine);
		// No household's name goes into a mail (a name could be made to look like a link).
		expect(weak[0]!.text).not.toContain(target.name);
		// The weak spot is in that one message and nowhere else.
		expect(mails.filter((m) => m.text.includes(weakLine))).toHaveLength(1);
		for (const m of outcomes) {
			expect(m.text).toContain(translate('nl', 'burglary.mail.outcome.stopped'));
			// A household's outcome mail names no other household and no address at all.
			const own = HOUSEHOLDS.find((h) => h.email === m.to[0])!;
			expect(m.text).not.toContain(own.name);
			for (const h of HOUSEHOLDS) {
				if (h !== own) for (const s of personalStrings(h)) expect(m.text, s).not.toContain(s);
				expect(m.text).not.toContain(h.houseNumber);
			}
			expect(m.text).not.toContain(String(FIX.lat));
		}
	});

	it('is published once', async () => {
		expect((await failure(publishOutcome(org.user, camp.id, 'https://buurt.test'))).code).toBe(
			'burglary.error.published'
		);
		// …and nothing can change the attempt any more.
		expect(
			(await failure(attemptCommand(org.user, camp.id, { type: 'override', attemptId, stopped: false }))).code
		).toBe('burglary.error.published');
	});

	it('the public page and the review show the anonymous outcome, nothing personal', async () => {
		const page = await publicCampaign(camp.joinCode);
		expect(page).toMatchObject({
			phase: 'published',
			publicOutcome: {
				households: 3,
				attempts: [{ number: 1, outcome: { stopped: true, calls: { '112': 1 }, reports: 1 } }]
			}
		});
		const review = await campaignReview(org.user, camp.id);
		for (const json of [JSON.stringify(page), JSON.stringify(review)]) {
			for (const s of HOUSEHOLDS.flatMap(personalStrings)) expect(json, s).not.toContain(s);
			expect(json).not.toContain(String(FIX.lat));
			expect(json).not.toContain('capuchon');
			expect(json).not.toContain('lights');
		}
	});

	it('the campaign is over: the boef link and the households’ reporting stop; their page still works', async () => {
		expect(await resolveBoefToken(boefToken)).toBeNull();
		expect(await resolveResident(tokens[0]!)).toBeNull();
		expect(await ownRegistration(tokens[0]!)).toMatchObject({
			open: false,
			publicOutcome: { households: 3 }
		});
	});
});

describe('deletion of the personal data on schedule', () => {
	const perTable = async () => {
		const n = async (
			table:
				| typeof burglaryRegistration
				| typeof burglaryReport
				| typeof boefPosition
				| typeof boefLink
				| typeof addressView
				| typeof mailOutbox
		) => (await db().select({ n: count() }).from(table).where(eq(table.liveSessionId, camp.id)))[0]!.n;
		return {
			burglary_registration: await n(burglaryRegistration),
			burglary_report: await n(burglaryReport),
			boef_position: await n(boefPosition),
			boef_link: await n(boefLink),
			address_view: await n(addressView),
			mail_outbox: await n(mailOutbox)
		};
	};

	it('nothing is deleted a moment before it is due', async () => {
		const due = publishedAt + camp.settings.retentionDays * DAY;
		const run = await runRetention(due - 1);
		expect(run.deleted).not.toContain(camp.id);
		expect(run.nextRunMs).toBe(due);
		const rows = await perTable();
		for (const [table, n] of Object.entries(rows)) expect(n, table).toBeGreaterThan(0);
	});

	it('at the due moment every personal row goes, and no e-mail, postcode or name is left anywhere', async () => {
		const due = publishedAt + camp.settings.retentionDays * DAY;
		// Before: the search finds them (so it can see what it is looking for).
		const before = await findInDatabase([HOUSEHOLDS[0]!.email, REPORT_TEXT, String(FIX.lat)]);
		expect(new Set(before.map((h) => h.needle)).size).toBe(3);
		expect((await runRetention(due)).deleted).toEqual([camp.id]);
		expect(await perTable()).toEqual({
			burglary_registration: 0,
			burglary_report: 0,
			boef_position: 0,
			boef_link: 0,
			address_view: 0,
			mail_outbox: 0
		});
		// E-mail, name, postcode, house number, home position; the report's text; the boef's position.
		const needles = [...HOUSEHOLDS.flatMap(personalStrings), REPORT_TEXT, String(FIX.lat), String(FIX.lng)];
		expect(await findInDatabase(needles)).toEqual([]);
		// A second run has nothing left to do.
		expect((await runRetention(due + DAY)).deleted).toEqual([]);
	});

	it('the anonymous outcome remains; the personal links no longer open anything', async () => {
		const [row] = await db()
			.select()
			.from(burglaryCampaign)
			.where(eq(burglaryCampaign.liveSessionId, camp.id));
		expect(row!.personalDataDeletedAt).not.toBeNull();
		expect(row!.publicOutcome).toMatchObject({ households: 3, attempts: [{ outcome: { stopped: true } }] });
		expect((await publicCampaign(camp.joinCode))!.publicOutcome).toEqual(row!.publicOutcome);
		// The attempt's times and checklist are kept, without the household.
		const [attempt] = await db().select().from(burglaryAttempt).where(eq(burglaryAttempt.id, attemptId));
		expect(attempt).toMatchObject({ registrationId: null, prevention: { lights: 'weak' } });
		for (const t of tokens) expect(await ownRegistration(t)).toBeNull();
	});
});

describe('withdrawing', () => {
	let second: Awaited<ReturnType<typeof campaign>>;
	let secondTokens: string[];

	it('deletes the household at once, its confirmation e-mail included; its link stops working', async () => {
		second = await campaign(org.user, {}, 'Tweede ronde');
		secondTokens = await registerAll(second.joinCode, HOUSEHOLDS.slice(0, 2));
		const [leaving, staying] = HOUSEHOLDS as [(typeof HOUSEHOLDS)[0], (typeof HOUSEHOLDS)[0]];
		expect((await findInDatabase([leaving.email])).length).toBeGreaterThan(0);
		await withdrawRegistration(secondTokens[0]!);
		expect(await ownRegistration(secondTokens[0]!)).toBeNull();
		expect(await resolveResident(secondTokens[0]!)).toBeNull();
		expect((await failure(withdrawRegistration(secondTokens[0]!))).code).toBe('burglary.error.linkInvalid');
		expect(
			(await failure(updateRegistration(secondTokens[0]!, registrationInput(leaving), 'https://buurt.test')))
				.code
		).toBe('burglary.error.linkInvalid');
		expect(await findInDatabase(personalStrings(leaving))).toEqual([]);
		// The other household is untouched.
		expect(await ownRegistration(secondTokens[1]!)).toMatchObject({ name: staying.name });
	});

	it('a drawn household that withdraws leaves its attempt without a target: the start is refused', async () => {
		secondTokens.push(...(await registerAll(second.joinCode, HOUSEHOLDS.slice(2))));
		await drawCampaign(org.user, second.id, second.today);
		await tickAll(org.user, second.id);
		const view = await watchCampaign(org.user, second.id, 'dashboard');
		const attempt = view.attempts[0]!;
		const targetToken = await (async () => {
			for (const t of secondTokens.slice(1))
				if ((await ownRegistration(t))?.id === attempt.target!.registrationId) return t;
			throw new Error('target not found');
		})();
		await withdrawRegistration(targetToken);
		const after = await watchCampaign(org.user, second.id, 'dashboard');
		expect(after.attempts[0]!.target).toBeNull();
		expect(after.registrations).toBe(1);
		const refusal = await failure(
			attemptCommand(org.user, second.id, { type: 'start', attemptId: attempt.id })
		);
		expect(refusal.code).toBe('burglary.error.noTarget');
		expect(refusal.status).toBe(409);
	});
});
