import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db';
import { burglaryRegistration, mailOutbox } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { register, updateRegistration } from '$lib/server/services/burglary/registrations';
import { openTestDatabase } from '../helpers/db';
import { campaign, HOUSEHOLDS, organiser, registrationInput } from '../helpers/burglary';

/**
 * The public registration form sends e-mail, so it must not become a way to mail someone over
 * and over, or to fill a campaign from one script: at most 3 confirmations per e-mail address
 * a day, and 60 registrations per network address per campaign in 10 minutes (wide: a whole
 * workshop may register from the venue's wifi). Refusals change nothing.
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

	it('refuses the 61st registration from one network address within ten minutes', async () => {
		const c = await campaign(user, {}, 'Houd de boef tegen in West');
		const at = Date.now();
		for (let i = 0; i < 60; i++) {
			const r = await register(
				c.joinCode,
				registrationInput(HOUSEHOLDS[1]!, { email: `buur${i}@example.org`, houseNumber: String(i + 1) }),
				'https://b.test',
				'nl',
				at,
				'203.0.113.7'
			);
			expect(r.ok).toBe(true);
		}
		const refused = register(
			c.joinCode,
			registrationInput(HOUSEHOLDS[1]!, { email: 'buur61@example.org', houseNumber: '61' }),
			'https://b.test',
			'nl',
			at,
			'203.0.113.7'
		);
		await expect(refused).rejects.toThrow(AppError);
		await expect(refused).rejects.toMatchObject({ code: 'burglary.error.tooManyRegistrations', status: 429 });
		// Another network address is not held back.
		const other = await register(
			c.joinCode,
			registrationInput(HOUSEHOLDS[1]!, { email: 'buur62@example.org', houseNumber: '62' }),
			'https://b.test',
			'nl',
			at,
			'198.51.100.9'
		);
		expect(other.ok).toBe(true);
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
});
