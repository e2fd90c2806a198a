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

type HouseholdMessage = 'confirm' | 'newLink' | 'outcome' | 'weak';

/**
 * One message to one household, in its language: the subject and text of
 * `burglary.mail.<message>.*`, which all know the campaign's title. Never the household's own
 * name or any other text it typed: a mail client turns anything that looks like an address
 * ("Win een prijs op http://...") into a link, and the app would be sending someone's spam.
 * So the greeting is "Beste bewoner,"; the address in a new-link mail is postcode and house
 * number, which the schema allows only in their strict forms.
 */
function householdMail(
	row: CampaignRow,
	r: Pick<Registration, 'email' | 'locale'>,
	kind: string,
	message: HouseholdMessage,
	params: Record<string, string | number> = {}
): MailInput {
	const all = { title: row.title, ...params };
	return {
		kind,
		organisationId: row.organisationId,
		liveSessionId: row.id,
		to: r.email,
		subject: translate(r.locale, `burglary.mail.${message}.subject`, all),
		text: translate(r.locale, `burglary.mail.${message}.text`, all)
	};
}

/** `sendAfter`: when the installation's mail budget lets it go (see mail-budget.ts). */
export async function queueConfirmation(input: {
	row: CampaignRow;
	registration: Pick<Registration, 'email' | 'locale'>;
	token: string;
	origin: string;
	deletionDueAtMs: number;
	sendAfter?: Date;
}) {
	const { row, registration: r } = input;
	const l = r.locale;
	await queueMail(
		householdMail(row, r, 'registration-confirmation', 'confirm', {
			periodStart: formatDate(isoToMs(row.settings.periodStart), l),
			periodEnd: formatDate(isoToMs(row.settings.periodEnd), l),
			link: personalLink(input.origin, input.token),
			deletionDate: formatDate(input.deletionDueAtMs, l)
		}),
		input.sendAfter
	);
}

/** A fresh personal link ("Link kwijt?"); the address says which registration it is for. */
export async function queueNewLink(input: {
	row: CampaignRow;
	registration: Pick<Registration, 'email' | 'locale' | 'postcode' | 'houseNumber'>;
	token: string;
	origin: string;
	sendAfter?: Date;
}) {
	const { row, registration: r } = input;
	await queueMail(
		householdMail(row, r, 'new-link', 'newLink', {
			address: `${r.postcode} ${r.houseNumber}`,
			link: personalLink(input.origin, input.token)
		}),
		input.sendAfter
	);
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
 * hashes are kept): the message refers to the confirmation and to "Link kwijt?".
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
	const mails: MailInput[] = input.registrations.map((r) =>
		householdMail(row, r, 'outcome', 'outcome', {
			attempts: outcomeLines(summary, r.locale),
			link: publicLink(origin, row.joinCode),
			deletionDate: formatDate(input.deletionDueAtMs, r.locale)
		})
	);
	for (const a of input.attempts) {
		const r = input.registrations.find((x) => x.id === a.registrationId);
		if (!r || !a.startedAt) continue;
		const l = r.locale;
		const findings = PREVENTION_ITEMS.map((item) =>
			translate(l, 'burglary.mail.weak.line', {
				item: translate(l, `burglary.prevention.${item}` as MessageKey),
				finding: translate(l, `burglary.finding.${a.prevention[item] ?? 'not-checked'}` as MessageKey)
			})
		).join('\n');
		mails.push(
			householdMail(row, r, 'weak-spots', 'weak', {
				findings,
				advice: translate(
					l,
					weakSpots(a.prevention).length > 0 ? 'burglary.mail.weak.advice' : 'burglary.mail.weak.noneWeak'
				)
			})
		);
	}
	await insertMails(tx, mails);
}
