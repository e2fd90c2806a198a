import type { IncomingHttpHeaders } from 'node:http';
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n';
import type { Identity } from '$lib/realtime/events';
import { SESSION_COOKIE } from '$lib/server/auth/cookies';
import { validateSession } from '$lib/server/services/auth';
import { resolveParticipant } from '$lib/server/services/participants';
import { resolveBoefToken } from '$lib/server/services/boef-links';
import { resolveResident } from '$lib/server/services/burglary/registrations';

function cookie(headers: IncomingHttpHeaders, name: string): string | undefined {
	for (const part of (headers.cookie ?? '').split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === name) {
			try {
				return decodeURIComponent(part.slice(eq + 1).trim());
			} catch {
				return undefined;
			}
		}
	}
	return undefined;
}

export interface ResolvedConnection {
	identity: Identity;
	locale: Locale;
	authSessionId?: string;
}

/**
 * Decides who a connection is. A login cookie wins over a participant token, so an officer who
 * also joined a quiz on the same browser keeps their rights (a boef link's token, sent only by
 * the boef page, comes first). Anything unrecognised is anonymous:
 * anonymous sockets may only do what needs no identity (e.g. join a session with a code).
 */
export async function resolveConnection(
	headers: IncomingHttpHeaders,
	auth: unknown
): Promise<ResolvedConnection> {
	const a = (typeof auth === 'object' && auth !== null ? auth : {}) as Record<string, unknown>;
	const locale = isLocale(a.locale)
		? a.locale
		: isLocale(cookie(headers, 'lang'))
			? (cookie(headers, 'lang') as Locale)
			: DEFAULT_LOCALE;
	// The boef page sends its link's token on purpose: it wins over a login cookie, because the
	// officer playing the boef often uses the same phone he is logged in with.
	if (typeof a.boefToken === 'string') {
		const b = await resolveBoefToken(a.boefToken);
		if (b) return { identity: { kind: 'boef', ...b }, locale };
	}
	const sessionToken = cookie(headers, SESSION_COOKIE);
	if (sessionToken) {
		const session = await validateSession(sessionToken);
		if (session) {
			const { user } = session;
			return {
				identity: {
					kind: 'account',
					accountId: user.id,
					organisationId: user.organisationId,
					role: user.role
				},
				locale,
				authSessionId: session.sessionId
			};
		}
	}
	if (typeof a.residentToken === 'string') {
		const r = await resolveResident(a.residentToken);
		if (r) return { identity: { kind: 'resident', ...r }, locale };
	}
	if (typeof a.participantToken === 'string') {
		const p = await resolveParticipant(a.participantToken);
		if (p) return { identity: { kind: 'participant', ...p }, locale };
	}
	return { identity: { kind: 'anonymous' }, locale };
}
