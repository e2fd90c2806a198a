import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db';
import { mailOutbox } from '$lib/server/db/schema';
import { deliverDue, queueMail, RETRY_DELAYS_MS } from '$lib/server/mail/outbox';
import { openTestDatabase } from '../helpers/db';

/**
 * E-mail goes through the outbox: queueing never talks to SMTP; delivery to a real SMTP server
 * (smtp-server, started here) marks each message sent only once accepted; a server that is
 * down means retries later, not a lost message.
 */
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: SMTPServer;
let smtpUrl: string;
const received: { to: string[]; body: string }[] = [];
let refuse = false;

beforeAll(async () => {
	database = await openTestDatabase();
	smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onRcptTo(address, _session, callback) {
			callback(refuse ? new Error('mailbox unavailable') : undefined);
			void address;
		},
		onData(stream, session, callback) {
			let body = '';
			stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise<void>((resolve) => smtp?.close(() => resolve()));
	await database?.close();
});

const FROM = 'Duizend Ogen <noreply@test.example>';

describe('the mail outbox', () => {
	it('keeps messages in the outbox without SMTP', async () => {
		const id = await queueMail({
			kind: 'test',
			to: 'buur@test.example',
			subject: 'Hallo',
			text: 'Eerste bericht.'
		});
		expect(await deliverDue({ from: FROM })).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
		const [row] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, id));
		expect(row).toMatchObject({ sentAt: null, attempts: 0, to: 'buur@test.example' });
	});

	it('delivers due messages to the SMTP server and marks them sent', async () => {
		const report = await deliverDue({ smtpUrl, from: FROM });
		expect(report).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
		expect(received).toHaveLength(1);
		expect(received[0]!.to).toEqual(['buur@test.example']);
		expect(received[0]!.body).toContain('Eerste bericht.');
		// Nothing is sent twice.
		expect(await deliverDue({ smtpUrl, from: FROM })).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
	});

	it('retries later when the server refuses, and gives up after the last retry', async () => {
		refuse = true;
		const id = await queueMail({ kind: 'test', to: 'later@test.example', subject: 'Later', text: 'Tweede.' });
		let now = new Date();
		expect(await deliverDue({ smtpUrl, from: FROM, now })).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
		const [first] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, id));
		expect(first!.attempts).toBe(1);
		expect(first!.sendAfter.getTime()).toBe(now.getTime() + RETRY_DELAYS_MS[0]!);
		// Not due yet: nothing happens.
		expect(await deliverDue({ smtpUrl, from: FROM, now })).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
		// The server is back before the retry: delivered.
		refuse = false;
		now = new Date(now.getTime() + RETRY_DELAYS_MS[0]!);
		expect(await deliverDue({ smtpUrl, from: FROM, now })).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
		expect(received.at(-1)!.to).toEqual(['later@test.example']);

		refuse = true;
		const doomed = await queueMail({
			kind: 'test',
			to: 'nooit@test.example',
			subject: 'Nooit',
			text: 'Derde.'
		});
		for (let i = 0; i <= RETRY_DELAYS_MS.length; i++) {
			now = new Date(now.getTime() + 7 * 3_600_000);
			await deliverDue({ smtpUrl, from: FROM, now });
		}
		const [gone] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, doomed));
		expect(gone!.attempts).toBe(RETRY_DELAYS_MS.length + 1);
		expect(gone!.failedAt).not.toBeNull();
		expect(gone!.lastError).toContain('mailbox unavailable');
		refuse = false;
	});
});
