import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db';
import { burglaryRegistration, mailOutbox } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { translate } from '$lib/i18n';
import { DEFAULT_SETTINGS } from '$lib/domain/quiz-session';
import { mailBudgetHit, participant } from '$lib/server/db/schema';
import {
	campaignForWorkshop,
	register,
	sendNewLinks,
	updateRegistration
} from '$lib/server/services/burglary/registrations';
import {
	chargeMail,
	INSTALLATION_KEY,
	INSTALLATION_LIMIT,
	MAIL_LIMITS
} from '$lib/server/services/burglary/mail-budget';
import { startQuizSession } from '$lib/server/services/quiz/sessions';
import { createWorkshop } from '$lib/server/services/workshops';
import { openTestDatabase } from '../helpers/db';
import { campaign, HOUSEHOLDS, organiser, registrationInput } from '../helpers/burglary';
import { testWorkshop } from '../helpers/quiz';

/**
 * The public registration form sends e-mail, so it must not become a way to mail someone over
 * and over, or strangers from one script: at most 3 confirmations per e-mail address a day,
 * 40 an hour per network address (a workshop's invitation counts against the workshop instead,
 * so a whole workshop registers from the venue's wifi), 300 an hour for the installation (over
 * it the mail waits). Refusals change nothing. The counts are in the database.
 */
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let user: Awaited<ReturnType<typeof organiser>>['user'];
beforeAll(async () => {
	database = await openTestDatabase();
	user = (await organiser()).user;
});
afterAll(async () => {
	await database?.close();
});

const mailsOf = (liveSessionId: string) =>
	db().select().from(mailOutbox).where(eq(mailOutbox.liveSessionId, liveSessionId));

describe('registration limits', () => {
	it('sends one address at most three confirmations a day', async () => {
		const c = await campaign(user);
		const h = HOUSEHOLDS[0]!;
		for (const n of ['1', '2', '3']) {
			const r = await register(c.joinCode, registrationInput(h, { houseNumber: n }), 'https://b.test', 'nl');
			expect(r.ok).toBe(true);
		}
		const fourth = await register(
			c.joinCode,
			registrationInput(h, { houseNumber: '4' }),
			'https://b.test',
			'nl'
		);
		expect(fourth).toEqual({
			ok: false,
			issues: [{ path: 'email', messageKey: 'burglary.error.tooManyMails' }]
		});
		expect(
			await db().select().from(burglaryRegistration).where(eq(burglaryRegistration.liveSessionId, c.id))
		).toHaveLength(3);
		expect(await db().select().from(mailOutbox).where(eq(mailOutbox.liveSessionId, c.id))).toHaveLength(3);
	});

	it('sends at most 40 confirmations an hour to strangers from one network address without invitation', async () => {
		const c = await campaign(user, {}, 'Houd de boef tegen in West');
		// Its own hour, so the other tests' mail does not count (the budgets are per installation).
		const at = Date.now() + 3_600_000;
		const attempt = (i: number, client = '203.0.113.7') =>
			register(
				c.joinCode,
				registrationInput(HOUSEHOLDS[1]!, { email: `vreemde${i}@example.org`, houseNumber: String(i + 1) }),
				'https://b.test',
				'nl',
				at + i,
				client
			);
		// 60 at once, as the attacker did: exactly 40 get through, whatever the interleaving.
		const results = await Promise.allSettled(Array.from({ length: 60 }, (_, i) => attempt(i)));
		const passed = results.filter((r) => r.status === 'fulfilled' && r.value.ok);
		const refused = results
			.filter((r) => r.status === 'rejected')
			.map((r) => (r as PromiseRejectedResult).reason);
		expect(passed).toHaveLength(40);
		expect(refused).toHaveLength(20);
		for (const err of refused) {
			expect(err).toBeInstanceOf(AppError);
			expect(err).toMatchObject({ code: 'burglary.error.mailBudgetClient', status: 429 });
			expect((err as AppError).params.minutes).toBeGreaterThanOrEqual(59);
		}
		expect(translate('nl', 'burglary.error.mailBudgetClient', { minutes: 60 })).toContain('over 60 minuten');
		expect(await mailsOf(c.id)).toHaveLength(40);
		// Another network address is not held back.
		expect((await attempt(61, '198.51.100.9')).ok).toBe(true);
		// An hour later the address may again, but not beyond 120 a day.
		const later = await register(
			c.joinCode,
			registrationInput(HOUSEHOLDS[1]!, { email: 'buur-later@example.org', houseNumber: '99' }),
			'https://b.test',
			'nl',
			at + 3_600_000 + 100,
			'203.0.113.7'
		);
		expect(later.ok).toBe(true);
	});

	it('lets 150 people on one venue wifi register through the workshop invitation within ten minutes', async () => {
		const { id: workshopId } = await createWorkshop(user, testWorkshop);
		const session = await startQuizSession(user, workshopId, DEFAULT_SETTINGS);
		await db()
			.insert(participant)
			.values(
				Array.from({ length: 150 }, (_, i) => ({
					liveSessionId: session.id,
					tokenHash: `hash-${i}`,
					nickname: `Buur ${i}`
				}))
			);
		const c = await campaign(user, { workshopSessionId: session.id }, 'Oog op de wijk');
		const { invite } = (await campaignForWorkshop(session.id))!;
		const at = Date.now() + 2 * 3_600_000;
		const venue = '192.0.2.44';
		const started = performance.now();
		for (let i = 0; i < 150; i++) {
			const r = await register(
				c.joinCode,
				registrationInput(HOUSEHOLDS[0]!, { email: `deelnemer${i}@example.org`, houseNumber: String(i + 1) }),
				'https://b.test',
				'nl',
				at + i * 4000,
				venue,
				invite
			);
			expect(r.ok, `registration ${i + 1}`).toBe(true);
		}
		console.log(`150 invited registrations: ${Math.round(performance.now() - started)} ms`);
		expect(await mailsOf(c.id)).toHaveLength(150);
		// The venue's own budget is untouched: without the invitation it can still register 40.
		const plain = await register(
			c.joinCode,
			registrationInput(HOUSEHOLDS[0]!, { email: 'zonder-uitnodiging@example.org', houseNumber: '500' }),
			'https://b.test',
			'nl',
			at + 600_000,
			venue
		);
		expect(plain.ok).toBe(true);
		// A made-up or another campaign's token is no invitation: it counts against the address.
		const forged = 'A'.repeat(32);
		for (let i = 0; i < 39; i++)
			await register(
				c.joinCode,
				registrationInput(HOUSEHOLDS[0]!, { email: `nep${i}@example.org`, houseNumber: String(600 + i) }),
				'https://b.test',
				'nl',
				at + 600_001,
				venue,
				forged
			);
		await expect(
			register(
				c.joinCode,
				registrationInput(HOUSEHOLDS[0]!, { email: 'nep-te-veel@example.org', houseNumber: '700' }),
				'https://b.test',
				'nl',
				at + 600_002,
				venue,
				forged
			)
		).rejects.toMatchObject({ code: 'burglary.error.mailBudgetClient' });
	});

	it('keeps mail within the installation budget of 300 an hour: registration succeeds, the mail waits', async () => {
		const c = await campaign(user, {}, 'Houd de boef tegen in Zuid');
		const at = Date.now() + 4 * 3_600_000;
		for (let i = 0; i < INSTALLATION_LIMIT.limit; i++)
			expect(
				(await chargeMail([{ kind: 'email', value: `vol${i}@example.org`, limits: MAIL_LIMITS.email }], at))
					.ok
			).toBe(true);
		const r = await register(
			c.joinCode,
			registrationInput(HOUSEHOLDS[2]!, { email: 'wacht@example.org' }),
			'https://b.test',
			'nl',
			at + 1000,
			'198.51.100.77'
		);
		expect(r).toMatchObject({ ok: true, mailQueued: true });
		const [mail] = await mailsOf(c.id);
		expect(mail!.to).toBe('wacht@example.org');
		// Due once the first mail of the full hour is an hour old, not before.
		expect(mail!.sendAfter.getTime()).toBe(at + 3_600_000);
	});
	it('queues no mail that would wait more than a day, and says so; the registration stands', async () => {
		const c = await campaign(user, {}, 'Houd de boef tegen in Oud-Zuid');
		const at = Date.now() + 30 * 3_600_000;
		// 25 hours of mail already booked at the full rate (300 an hour).
		const booked = Array.from({ length: 25 * INSTALLATION_LIMIT.limit }, (_, i) => ({
			key: INSTALLATION_KEY,
			at: new Date(at + i * 12_000)
		}));
		for (let i = 0; i < booked.length; i += 1000)
			await db()
				.insert(mailBudgetHit)
				.values(booked.slice(i, i + 1000));
		const r = await register(
			c.joinCode,
			registrationInput(HOUSEHOLDS[2]!, { email: 'te-laat@example.org' }),
			'https://b.test',
			'nl',
			at,
			'198.51.100.78'
		);
		expect(r).toMatchObject({ ok: true, mailQueued: false });
		expect(await mailsOf(c.id)).toHaveLength(0);
		expect(
			await db().select().from(burglaryRegistration).where(eq(burglaryRegistration.liveSessionId, c.id))
		).toHaveLength(1);
		await db().delete(mailBudgetHit).where(eq(mailBudgetHit.key, INSTALLATION_KEY));
	});
});

describe('free text in mail', () => {
	it('refuses a name that looks like a link, and never puts a name into a mail', async () => {
		const c = await campaign(user, {}, 'Houd de boef tegen in Centrum');
		const spam = 'Win een prijs op http://evil.example';
		const refused = await register(
			c.joinCode,
			registrationInput(HOUSEHOLDS[0]!, { name: spam, email: 'doelwit@example.org' }),
			'https://b.test',
			'nl',
			Date.now(),
			'198.51.100.80'
		);
		expect(refused).toEqual({
			ok: false,
			issues: [{ path: 'name', messageKey: 'burglary.error.nameLooksLikeLink' }]
		});
		expect(await mailsOf(c.id)).toHaveLength(0);
		// A name stored before this rule (or slipping past it) still goes into no mail.
		const r = await register(
			c.joinCode,
			registrationInput(HOUSEHOLDS[0]!, { name: 'Piet Puk', email: 'piet.puk@example.org' }),
			'https://b.test',
			'nl',
			Date.now(),
			'198.51.100.80'
		);
		if (!r.ok) throw new Error('registration refused');
		await db()
			.update(burglaryRegistration)
			.set({ name: spam })
			.where(eq(burglaryRegistration.email, 'piet.puk@example.org'));
		expect(await sendNewLinks(c.joinCode, 'piet.puk@example.org', 'https://b.test')).toEqual({ ok: true });
		const mails = await mailsOf(c.id);
		expect(mails.map((m) => m.kind).sort()).toEqual(['new-link', 'registration-confirmation']);
		for (const m of mails) {
			expect(m.text).toMatch(/^Beste bewoner,/);
			for (const needle of ['Piet Puk', 'evil', 'prijs']) {
				expect(m.text).not.toContain(needle);
				expect(m.subject).not.toContain(needle);
			}
			// The only web addresses in the mail are the app's own.
			expect(
				m.text.match(/[a-z][a-z\d+.-]*:\/\/[^\s]+/gi)!.every((u) => u.startsWith('https://b.test/'))
			).toBe(true);
		}
	});
});

describe('changing the e-mail address', () => {
	it('sends the confirmation with the personal link to the new address, within the daily budget', async () => {
		const c = await campaign(user, {}, 'Houd de boef tegen in Noord');
		const h = HOUSEHOLDS[2]!;
		const r = await register(c.joinCode, registrationInput(h), 'https://b.test', 'nl');
		if (!r.ok) throw new Error('registration refused');
		const mails = async () =>
			(await db().select().from(mailOutbox).where(eq(mailOutbox.liveSessionId, c.id))).map((m) => ({
				to: m.to,
				hasLink: m.text.includes(`https://b.test/mijn/${r.token}`)
			}));
		// The same address again: nothing new is sent.
		expect(await updateRegistration(r.token, registrationInput(h), 'https://b.test')).toEqual({ ok: true });
		expect(await mails()).toEqual([{ to: h.email, hasLink: true }]);
		// A new address gets its own confirmation with the same link.
		const moved = 'nieuw.adres@example.org';
		expect(
			await updateRegistration(r.token, registrationInput(h, { email: moved }), 'https://b.test')
		).toEqual({
			ok: true
		});
		expect(await mails()).toContainEqual({ to: moved, hasLink: true });
		// Flipping between addresses cannot mail one more than three times a day.
		// Budget so far: the old address 1 (registration), the new one 1; two more round trips use it up.
		for (const email of [h.email, moved, h.email, moved]) {
			await updateRegistration(r.token, registrationInput(h, { email }), 'https://b.test');
		}
		const refused = await updateRegistration(
			r.token,
			registrationInput(h, { email: h.email }),
			'https://b.test'
		);
		expect(refused).toEqual({
			ok: false,
			issues: [{ path: 'email', messageKey: 'burglary.error.tooManyMails' }]
		});
		const [row] = await db()
			.select()
			.from(burglaryRegistration)
			.where(eq(burglaryRegistration.liveSessionId, c.id));
		expect(row!.email).toBe(moved);
	});

	it('mails at most five new addresses a day for one registration (no mailing list through one link)', async () => {
		const c = await campaign(user, {}, 'Houd de boef tegen in Oost-Noord');
		const h = HOUSEHOLDS[2]!;
		const r = await register(
			c.joinCode,
			registrationInput(h, { email: 'lijst-begin@example.org' }),
			'https://b.test',
			'nl',
			Date.now(),
			'198.51.100.90'
		);
		if (!r.ok) throw new Error('registration refused');
		for (let i = 0; i < 5; i++)
			expect(
				await updateRegistration(
					r.token,
					registrationInput(h, { email: `lijst${i}@example.org` }),
					'https://b.test'
				)
			).toEqual({ ok: true });
		expect(
			await updateRegistration(
				r.token,
				registrationInput(h, { email: 'lijst5@example.org' }),
				'https://b.test'
			)
		).toEqual({
			ok: false,
			issues: [{ path: 'email', messageKey: 'burglary.error.mailBudgetRegistration' }]
		});
		expect((await mailsOf(c.id)).map((m) => m.to)).not.toContain('lijst5@example.org');
	});
});
