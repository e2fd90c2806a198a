import { can } from '$lib/server/auth/roles';
import { AppError } from '$lib/server/errors';
import type { SessionUser } from '../auth';
import { mayControl } from '../quiz/access';
import { loadCampaignRow, type CampaignRow } from './store';

/**
 * Who may do what with a campaign. Running it (and so seeing addresses) is for the organiser
 * who made it and the beheerders of the organisation; reviewers (organisatoren) see only the
 * anonymous outcome. Campaigns of other organisations are reported as missing.
 */
export function mayCreateCampaign(actor: SessionUser): boolean {
	return can(actor.role, 'sessions:host');
}

export async function controllableCampaign(actor: SessionUser, id: string): Promise<CampaignRow> {
	const row = await loadCampaignRow({ id });
	const verdict = row
		? mayControl({ accountId: actor.id, organisationId: actor.organisationId, role: actor.role }, row)
		: 'not-found';
	if (verdict === 'not-found') throw new AppError('burglary.error.notFound', 404);
	if (verdict === 'forbidden') throw new AppError('error.forbidden', 403);
	return row!;
}

export async function reviewableCampaign(actor: SessionUser, id: string): Promise<CampaignRow> {
	const row = await loadCampaignRow({ id });
	if (!row || row.organisationId !== actor.organisationId) throw new AppError('burglary.error.notFound', 404);
	const runs = mayControl(
		{ accountId: actor.id, organisationId: actor.organisationId, role: actor.role },
		row
	);
	if (runs !== 'ok' && !can(actor.role, 'outcomes:review')) throw new AppError('error.forbidden', 403);
	return row;
}

/** Whether the actor runs the campaign (and may see personal data), rather than reviewing it. */
export function runs(actor: SessionUser, row: CampaignRow): boolean {
	return (
		mayControl({ accountId: actor.id, organisationId: actor.organisationId, role: actor.role }, row) === 'ok'
	);
}
