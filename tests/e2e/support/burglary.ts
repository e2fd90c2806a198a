/**
 * Helpers for the Houd u de boef tegen? end-to-end test: a real SMTP server that catches what
 * the app sends, and a scan of the whole database for personal data that should be gone.
 */
import { SMTPServer } from 'smtp-server';
import { parseMail, type ReceivedMail } from '../../helpers/mail';
import type { AppServer } from './app-server';

export type CaughtMail = ReceivedMail & { raw: string };

/** A local SMTP server (no TLS, no auth) that keeps every message it accepts. */
export class MailCatcher {
	private constructor(
		private readonly server: SMTPServer,
		readonly port: number,
		readonly mails: CaughtMail[]
	) {}

	get url(): string {
		return `smtp://127.0.0.1:${this.port}`;
	}

	static async start(): Promise<MailCatcher> {
		const mails: CaughtMail[] = [];
		const server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onData(stream, session, callback) {
				let raw = '';
				stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
				stream.on('end', () => {
					mails.push({
						...parseMail(
							session.envelope.rcptTo.map((r) => r.address),
							raw
						),
						raw
					});
					callback();
				});
			}
		});
		const port = await new Promise<number>((resolve, reject) => {
			server.once('error', reject);
			server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
		});
		return new MailCatcher(server, port, mails);
	}

	to(address: string): CaughtMail[] {
		return this.mails.filter((m) => m.to.includes(address));
	}

	close(): Promise<void> {
		return new Promise((resolve) => this.server.close(() => resolve()));
	}
}

/**
 * Which of `needles` (e-mail addresses, postcodes, names) still appear anywhere in the
 * database: every row of every table in the public schema, as JSON text, case-insensitive.
 * On PGlite the server must be stopped first (see AppServer.inspect).
 */
export async function personalDataLeft(server: AppServer, needles: readonly string[]): Promise<string[]> {
	return server.inspect(async (query) => {
		const tables = await query(
			"select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
		);
		const found = new Set<string>();
		for (const { table_name } of tables) {
			const rows = await query(`select row_to_json(t)::text as row from "${String(table_name)}" t`);
			for (const { row } of rows) {
				const text = String(row).toLowerCase();
				for (const n of needles)
					if (text.includes(n.toLowerCase())) found.add(`${n} in ${String(table_name)}`);
			}
		}
		return [...found];
	});
}
