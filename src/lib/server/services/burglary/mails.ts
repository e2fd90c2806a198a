import { translate, type Locale, type MessageKey } from '$lib/i18n';
import type { Tx } from '$lib/server/db';
import type { burglaryRegistration } from '$lib/server/db/schema';
import { insertMails, queueMail, type MailInput } from '$lib/server/mail/outbox';
import { PREVENTION_ITEMS, weakSpots } from '$lib/domain/burglary/prevention';
import type { PublicOutcome } from '$lib/domain/burglary/public-outcome';
import type { AttemptRow, CampaignRow } from './store';

/**
 * The e-mails of Houd u de boef tegen?, written in the household's language. Every message
 * goes through the outbox (see mail/outbox.ts), tied to the campaign, so it is deleted with
 * the campaign's personal data.
 */

type Registration = typeof burglaryRegistration.$inferSelect;

export function formatDate(ms: number, locale: Locale): string {
	return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'Europe/Amsterdam'
	}).format(ms);
}

const isoToMs = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

export function personalLink(origin: string, token: string): string {
	return `${origin}/mijn/${token}`;
}

export function publicLink(origin: string, joinCode: string): string {
	return `${origin}/r/${joinCode}`;
}

export async function queueConfirmation(input: {
	row: CampaignRow;
	registration: Pick<Registration, 'name' | 'email' | 'locale'>;
	token: string;
	origin: string;
	deletionDueAtMs: number;
}) {
	const { row, registration: r, token, origin } = input;
	const l = r.locale;
	await queueMail({
		kind: 'registration-confirmation',
		organisationId: row.organisationId,
		liveSessionId: row.id,
		to: r.email,
		subject: translate(l, 'burglary.mail.confirm.subject', { title: row.title }),
		text: translate(l, 'burglary.mail.confirm.text', {
			name: r.name,
			title: row.title,
			periodStart: formatDate(isoToMs(row.settings.periodStart), l),
			periodEnd: formatDate(isoToMs(row.settings.periodEnd), l),
			link: personalLink(origin, token),
			deletionDate: formatDate(input.deletionDueAtMs, l)
		})
	});
}

/** A fresh personal link ("Link kwijt?"); the address says which registration it is for. */
export async function queueNewLink(input: {
	row: CampaignRow;
	registration: Pick<Registration, 'name' | 'email' | 'locale' | 'postcode' | 'houseNumber'>;
	token: string;
	origin: string;
}) {
	const { row, registration: r, token, origin } = input;
	const l = r.locale;
	await queueMail({
		kind: 'new-link',
		organisationId: row.organisationId,
		liveSessionId: row.id,
		to: r.email,
		subject: translate(l, 'burglary.mail.newLink.subject', { title: row.title }),
		text: translate(l, 'burglary.mail.newLink.text', {
			name: r.name,
			title: row.title,
			address: `${r.postcode} ${r.houseNumber}`,
			link: personalLink(origin, token)
		})
	});
}

/** The outcome lines, one per attempt, as in the general e-mail. */
export function outcomeLines(summary: PublicOutcome, l: Locale): string {
	return summary.attempts
		.map((a) => {
			const o = a.outcome;
			if (!o) return translate(l, 'burglary.mail.outcome.attemptNotHeld', { number: a.number });
			return translate(l, 'burglary.mail.outcome.attempt', {
				number: a.number,
				verdict: translate(
					l,
					o.stopped ? 'burglary.mail.outcome.stopped' : 'burglary.mail.outcome.notStopped'
				),
				calls112: o.calls['112'],
				calls0900: o.calls['0900-8844'],
				reports: o.reports,
				first:
					o.firstResponseMs === null
						? translate(l, 'burglary.mail.outcome.none')
						: translate(l, 'burglary.mail.outcome.first', {
								minutes: Math.max(1, Math.round(o.firstResponseMs / 60_000))
							})
			});
		})
		.join('\n\n');
}

/**
 * Every household gets the outcome; each target household also gets, in a separate message
 * to it alone, what the boef found at its home. Personal links cannot be re-sent (only their
 * hashes are kept): the message refers to the one in the confirmation.
 */
export async function queueOutcomeMails(
	tx: Tx,
	input: {
		row: CampaignRow;
		summary: PublicOutcome;
		registrations: readonly Registration[];
		attempts: readonly AttemptRow[];
		origin: string;
		deletionDueAtMs: number;
	}
) {
	const { row, summary, origin } = input;
	const mails: MailInput[] = [];
	const base = { organisationId: row.organisationId, liveSessionId: row.id };
	for (const r of input.registrations) {
		const l = r.locale;
		mails.push({
			...base,
			kind: 'outcome',
			to: r.email,
			subject: translate(l, 'burglary.mail.outcome.subject', { title: row.title }),
			text: translate(l, 'burglary.mail.outcome.text', {
				name: r.name,
				title: row.title,
				attempts: outcomeLines(summary, l),
				link: publicLink(origin, row.joinCode),
				deletionDate: formatDate(input.deletionDueAtMs, l)
			})
		});
	}
	for (const a of input.attempts) {
		const r = input.registrations.find((x) => x.id === a.registrationId);
		if (!r || !a.startedAt) continue;
		const l = r.locale;
		const weak = weakSpots(a.prevention);
		const findings = PREVENTION_ITEMS.map((item) =>
			translate(l, 'burglary.mail.weak.line', {
				item: translate(l, `burglary.prevention.${item}` as MessageKey),
				finding: translate(l, `burglary.finding.${a.prevention[item] ?? 'not-checked'}` as MessageKey)
			})
		).join('\n');
		mails.push({
			...base,
			kind: 'weak-spots',
			to: r.email,
			subject: translate(l, 'burglary.mail.weak.subject'),
			text: translate(l, 'burglary.mail.weak.text', {
				name: r.name,
				findings,
				advice: translate(l, weak.length > 0 ? 'burglary.mail.weak.advice' : 'burglary.mail.weak.noneWeak')
			})
		});
	}
	await insertMails(tx, mails);
}
