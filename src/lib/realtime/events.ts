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
import type { HostCommand } from '$lib/domain/quiz-session';
import type { HostView, PlayerView } from '$lib/domain/quiz-views';
import type { Answer } from '$lib/domain/workshop';

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

export interface JoinResult {
	/** Keep on the phone and send as `auth.participantToken` from now on. */
	participantToken: string;
	participantId: string;
	liveSessionId: string;
	nickname: string;
}

export interface ClientToServerEvents {
	/** Who does the server take this connection for? Useful after reconnects. */
	'system:whoami': (payload: Record<string, never>, ack: AckCallback<Identity>) => void;
	/** A resident joins a live quiz with its join code and a nickname (any connection may). */
	'quiz:join': (payload: { code: string; nickname: string }, ack: AckCallback<JoinResult>) => void;
	/** A participant answers the current question. `id` is a UUID made by the phone: resending it is safe. */
	'quiz:answer': (
		payload: { id: string; slideId: string; answer: Answer },
		ack: AckCallback<{ accepted: true }>
	) => void;
	/** A participant asks for the current state (the server also sends it on every connection). */
	'quiz:sync': (payload: Record<string, never>, ack: AckCallback<PlayerView>) => void;
	/** The presenter's screens (projector, remote) subscribe to a session they may control. */
	'quiz:watch': (payload: { liveSessionId: string }, ack: AckCallback<HostView>) => void;
	/** The presenter moves the session on. */
	'quiz:command': (
		payload: { liveSessionId: string; command: HostCommand },
		ack: AckCallback<HostView>
	) => void;
	/** The presenter removes a participant (e.g. an offensive name that slipped through). */
	'quiz:remove': (
		payload: { liveSessionId: string; participantId: string },
		ack: AckCallback<HostView>
	) => void;
}

/** Why a login session ended: the user logged out, changed the password, or a beheerder changed the account. */
export type AuthEndReason = 'logged-out' | 'password-changed' | 'account-changed';

export interface ServerToClientEvents {
	/** The login session behind this socket ended (logout, password change, account disabled). */
	'auth:ended': (payload: { reason: AuthEndReason }) => void;
	/** To one participant: what their phone shows now. Sent on connect and after every change. */
	'quiz:state': (view: PlayerView) => void;
	/** To the presenter's screens: the full session (includes right answers: hosts only). */
	'quiz:host': (view: HostView) => void;
	/** To the presenter's screens: the live answer count of the current question. */
	'quiz:count': (payload: { slideId: string; answered: number; participants: number }) => void;
	/** To one participant: the presenter removed them. */
	'quiz:removed': () => void;
}
