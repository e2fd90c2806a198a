import { AppError } from '$lib/server/errors';
import { verifyInvite } from './invite';
import { chargeMail, inviteLimits, MAIL_LIMITS, type Charge } from './mail-budget';
import type { CampaignRow } from './store';

/** Which budgets a household's mail is charged to, and what a refusal tells the form. */

type FieldIssue = { path: string; messageKey: string };

export const emailCharge = (address: string): Charge => ({
	kind: 'email',
	value: address,
	limits: MAIL_LIMITS.email
});

/**
 * Charges a confirmation mail to its budgets (see mail-budget.ts): always the e-mail address;
 * then a changed address's registration, or a valid workshop invitation, or else the network
 * address (also when the invitation's budget is used up). A refusal comes back as the form
 * shows it; one for the network address is thrown (429) with the wait.
 */
export async function chargeConfirmation(
	row: CampaignRow,
	address: string,
	now: number,
	from: { client?: string; invite?: string; registrationId?: string }
): Promise<{ ok: true; sendAfter: Date | null } | { ok: false; issues: FieldIssue[] }> {
	const refusal = (messageKey: string) => ({ ok: false as const, issues: [{ path: 'email', messageKey }] });
	if (from.registrationId) {
		const changed = await chargeMail(
			[
				emailCharge(address),
				{ kind: 'registration', value: from.registrationId, limits: MAIL_LIMITS.registration }
			],
			now
		);
		if (changed.ok) return changed;
		return refusal(
			changed.refused === 'email' ? 'burglary.error.tooManyMails' : 'burglary.error.mailBudgetRegistration'
		);
	}
	const invite = await verifyInvite(row, from.invite);
	if (invite) {
		const invited = await chargeMail(
			[
				emailCharge(address),
				{
					kind: 'invite',
					value: `${invite.workshopSessionId}:${row.id}`,
					limits: inviteLimits(invite.participants)
				}
			],
			now
		);
		if (invited.ok) return invited;
		if (invited.refused === 'email') return refusal('burglary.error.tooManyMails');
	}
	const charged = await chargeMail(
		[emailCharge(address), { kind: 'client', value: from.client ?? 'unknown', limits: MAIL_LIMITS.client }],
		now
	);
	if (charged.ok) return charged;
	if (charged.refused === 'email') return refusal('burglary.error.tooManyMails');
	throw new AppError('burglary.error.mailBudgetClient', 429, { minutes: Math.ceil(charged.waitMs / 60_000) });
}
