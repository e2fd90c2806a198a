import { AppError } from '$lib/server/errors';
import type { SessionUser } from '../auth';
import { loadSessionRow } from './store';

/**
 * The rule for steering a live quiz, for pages (the socket handlers apply the same rule to
 * socket identities): the presenter who started it, or a beheerder of the same organisation.
 * Sessions of other organisations are reported as missing, not forbidden.
 */
export function mayControl(
	actor: { accountId: string; organisationId: string; role: string },
	session: { organisationId: string; hostAccountId: string | null }
): 'ok' | 'not-found' | 'forbidden' {
	if (session.organisationId !== actor.organisationId) return 'not-found';
	if (session.hostAccountId !== actor.accountId && actor.role !== 'beheerder') return 'forbidden';
	return 'ok';
}

export async function controllableSession(actor: SessionUser, liveSessionId: string) {
	const row = await loadSessionRow({ id: liveSessionId });
	const verdict = row
		? mayControl({ accountId: actor.id, organisationId: actor.organisationId, role: actor.role }, row)
		: 'not-found';
	if (verdict === 'not-found') throw new AppError('quiz.error.notFound', 404);
	if (verdict === 'forbidden') throw new AppError('error.forbidden', 403);
	return row!;
}
