/**
 * The one typed contract between phones, dashboards and the server. Shared by client and
 * server code; documented in docs/realtime.md (keep both in step).
 *
 * Conventions
 * - Event names are `domain:action`.
 * - Every client→server event ends with an acknowledgement callback receiving an `Ack`.
 * - State-changing events carry a client-made UUID `id`; a repeated id returns the first result.
 */
import type { MessageKey } from '$lib/i18n';

export type ErrorCode =
	| 'invalid_payload'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'too_late'
	| 'rate_limited'
	| 'internal';

export interface AckError {
	code: ErrorCode;
	/** Translated for the socket's language (handshake `auth.locale`). */
	message: string;
	/** Catalogue key of the message, for clients that translate themselves. */
	messageKey: MessageKey;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };
export type AckCallback<T> = (ack: Ack<T>) => void;

export type Identity =
	| {
			kind: 'account';
			accountId: string;
			organisationId: string;
			role: 'beheerder' | 'organisator' | 'presentator';
	  }
	| { kind: 'participant'; participantId: string; liveSessionId: string; nickname: string }
	| { kind: 'anonymous' };

/** What a client sends in `io(url, { auth })`. Cookies carry the login session. */
export interface HandshakeAuth {
	/** A participant's token from the phone's storage. */
	participantToken?: string;
	locale?: 'nl' | 'en';
}

export interface ClientToServerEvents {
	/** Who does the server take this connection for? Useful after reconnects. */
	'system:whoami': (payload: Record<string, never>, ack: AckCallback<Identity>) => void;
}

/** Why a login session ended: the user logged out, changed the password, or a beheerder changed the account. */
export type AuthEndReason = 'logged-out' | 'password-changed' | 'account-changed';

export interface ServerToClientEvents {
	/** The login session behind this socket ended (logout, password change, account disabled). */
	'auth:ended': (payload: { reason: AuthEndReason }) => void;
}
