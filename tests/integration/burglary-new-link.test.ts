import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db';
import { burglaryRegistration, mailOutbox } from '$lib/server/db/schema';
import { ownRegistration, register, sendNewLinks } from '$lib/server/services/burglary/registrations';
import { openTestDatabase } from '../helpers/db';
import { campaign, HOUSEHOLDS, organiser, registerAll, registrationInput } from '../helpers/burglary';

/**
 * "Link kwijt?": only the hash of a personal link's token is kept, so a lost link cannot be
 * sent again; a household asks for a new one. The registration gets a new token (the old
 * link stops working) and a message with the new link. The answer never tells whether an
 * address is registered, and the form is no way to mail someone over and over.
 */
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let user: Awaited<ReturnType<typeof organiser>>['user'];
let c: Awaited<ReturnType<typeof campaign>>;
let tokens: string[];
const ORIGIN = 'https://buurt.test';

beforeAll(async () => {
	database = await openTestDatabase();
	user = (await organiser()).user;
	c = await campaign(user);
	tokens = await registerAll(c.joinCode);
});
afterAll(async () => {
	await database?.close();
});

const newLinkMails = (to: string, liveSessionId = c.id) =>
	db()
		.select()
		.from(mailOutbox)
		.where(
			and(eq(mailOutbox.kind, 'new-link'), eq(mailOutbox.to, to), eq(mailOutbox.liveSessionId, liveSessionId))
		);

const tokenIn = (text: string) => /\/mijn\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

describe('a new personal link', () => {
	it('sends a registered address a working link and ends the old one', async () => {
		const h = HOUSEHOLDS[0]!;
		// Typed as a phone might: spaces and capitals.
		const result = await sendNewLinks(c.joinCode, `  ${h.email.toUpperCase()} `, ORIGIN);
		expect(result).toEqual({ ok: true });
		const mails = await newLinkMails(h.email);
		expect(mails).toHaveLength(1);
		const mail = mails[0]!;
		expect(mail.subject).toBe(`Uw nieuwe persoonlijke link voor ${c.title}`);
		expect(mail.text).toContain('Uw oude link werkt vanaf nu niet meer.');
		expect(mail.text).toContain(`${ORIGIN}/mijn/`);
		const token = tokenIn(mail.text)!;
		expect(token).not.toBe(tokens[0]);
		expect((await ownRegistration(token))?.name).toBe(h.name);
		expect(await ownRegistration(tokens[0]!)).toBeNull();
		// The other households keep their links.
		expect((await ownRegistration(tokens[1]!))?.name).toBe(HOUSEHOLDS[1]!.name);
	});

	it('gives an unknown address the same answer and sends nothing', async () => {
		const before = await db().select().from(mailOutbox);
		expect(await sendNewLinks(c.joinCode, 'niet.aangemeld@buurt.test', ORIGIN)).toEqual({ ok: true });
		expect(await db().select().from(mailOutbox)).toHaveLength(before.length);
	});

	it('refuses an address that is not one, beside the field', async () => {
		expect(await sendNewLinks(c.joinCode, 'geen adres', ORIGIN)).toEqual({
			ok: false,
			issues: [{ path: 'email', messageKey: 'burglary.error.email' }]
		});
	});

	it('sends one address at most three mails a day, confirmations included', async () => {
		const email = 'kees.draaijer@buurt.test';
		const r = await register(
			c.joinCode,
			registrationInput(HOUSEHOLDS[1]!, { name: 'Kees Draaijer', email }),
			ORIGIN,
			'nl'
		);
		if (!r.ok) throw new Error(JSON.stringify(r.issues));
		const at = Date.now();
		expect(await sendNewLinks(c.joinCode, email, ORIGIN, at)).toEqual({ ok: true });
		expect(await sendNewLinks(c.joinCode, email, ORIGIN, at)).toEqual({ ok: true });
		expect(await newLinkMails(email)).toHaveLength(2);
		const last = tokenIn((await newLinkMails(email)).at(-1)!.text)!;
		// The fourth: the same answer, no mail, and the link of the third still works.
		expect(await sendNewLinks(c.joinCode, email, ORIGIN, at)).toEqual({ ok: true });
		expect(await newLinkMails(email)).toHaveLength(2);
		expect((await ownRegistration(last))?.name).toBe('Kees Draaijer');
		// A day later it may again.
		expect(await sendNewLinks(c.joinCode, email, ORIGIN, at + 25 * 3_600_000)).toEqual({ ok: true });
		expect(await newLinkMails(email)).toHaveLength(3);
		expect(await ownRegistration(last)).toBeNull();
	});

	it('leaves the same address in another campaign alone', async () => {
		const h = HOUSEHOLDS[2]!;
		const other = await campaign(user, {}, 'Houd de boef tegen in West');
		const [otherToken] = await registerAll(other.joinCode, [h]);
		const [before] = await db()
			.select({ tokenHash: burglaryRegistration.tokenHash })
			.from(burglaryRegistration)
			.where(eq(burglaryRegistration.liveSessionId, other.id));
		expect(await sendNewLinks(c.joinCode, h.email, ORIGIN)).toEqual({ ok: true });
		expect(await newLinkMails(h.email)).toHaveLength(1);
		expect(await newLinkMails(h.email, other.id)).toHaveLength(0);
		const [after] = await db()
			.select({ tokenHash: burglaryRegistration.tokenHash })
			.from(burglaryRegistration)
			.where(eq(burglaryRegistration.liveSessionId, other.id));
		expect(after).toEqual(before);
		expect((await ownRegistration(otherToken!))?.campaignTitle).toBe('Houd de boef tegen in West');
		expect(await ownRegistration(tokens[2]!)).toBeNull();
	});

	it('refuses many requests from one network address', async () => {
		const at = Date.now();
		for (let i = 0; i < 30; i++)
			await sendNewLinks(c.joinCode, `buur${i}@example.org`, ORIGIN, at, '198.51.100.9');
		await expect(
			sendNewLinks(c.joinCode, 'buur31@example.org', ORIGIN, at, '198.51.100.9')
		).rejects.toMatchObject({ code: 'burglary.error.tooManyLinkRequests', status: 429 });
	});

	it('knows no campaign by a wrong code', async () => {
		await expect(sendNewLinks('000000', HOUSEHOLDS[0]!.email, ORIGIN)).rejects.toMatchObject({
			status: 404
		});
	});
});
