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
import type { GameCommand, PublishedClue } from '$lib/domain/boef/game';
import type {
	BoefView,
	FeedbackKey,
	HostGameView,
	HostReport,
	PlayerGameView,
	PlayerReport
} from '$lib/domain/boef/game-views';
import type { Channel } from '$lib/domain/boef/report';
import type { SignalementInput, SignalementField } from '$lib/domain/boef/signalement';
import type { TrackPoint } from '$lib/domain/boef/track';
import type { LatLng } from '$lib/domain/boef/geo';
import type { CallNumber } from '$lib/domain/burglary/outcome';
import type { PreventionChecklist } from '$lib/domain/burglary/prevention';
import type { BurglaryBoefView, BurglaryHostView } from '$lib/domain/burglary/views';

export type ErrorCode =
	| 'invalid_payload'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'too_late'
	| 'rate_limited'
	/** The database is away for now: keep what was sent and send it again (same id). */
	| 'unavailable'
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
	/** The officer playing a boef, known by his secret link's token (either game). */
	| { kind: 'boef'; liveSessionId: string; boefId: string; game: 'boef_in_de_wijk' | 'houd_de_boef' }
	/** A household registered for Houd u de boef tegen?, known by its personal link's token. */
	| { kind: 'resident'; registrationId: string; liveSessionId: string }
	| { kind: 'anonymous' };

/** What a client sends in `io(url, { auth })`. Cookies carry the login session. */
export interface HandshakeAuth {
	/** A participant's token from the phone's storage. */
	participantToken?: string;
	/** The token of a boef's secret link (Boef in de Wijk, Houd u de boef tegen?). */
	boefToken?: string;
	/** The token of a household's personal link (Houd u de boef tegen?). */
	residentToken?: string;
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
	/** The presenter removes every name that joined in one burst (`HostView.bursts`). */
	'quiz:removeBurst': (
		payload: { liveSessionId: string; burstId: string },
		ack: AckCallback<HostView>
	) => void;

	// ------------------------------------------------------------ Boef in de Wijk
	/** A resident joins a game with its join code, a nickname and optionally a team name. */
	'game:join': (
		payload: { code: string; nickname: string; team?: string },
		ack: AckCallback<JoinResult>
	) => void;
	/** A participant asks for the current game (also sent on every connection). */
	'game:sync': (payload: Record<string, never>, ack: AckCallback<PlayerGameView>) => void;
	/**
	 * A participant's melding. `madeAt`/`sentAt` are the phone's clock: the server shifts `madeAt`
	 * by its own arrival time minus `sentAt`, so a report queued offline keeps its real moment
	 * whatever the phone's clock says. Acknowledged after it is stored; a repeated id returns
	 * the stored report.
	 */
	'game:report': (payload: GameReportPayload, ack: AckCallback<PlayerReport>) => void;
	/** A participant enters the code word a boef gave them. */
	'game:find': (
		payload: { id: string; codeWord: string },
		ack: AckCallback<{ found: boolean; boefName: string | null; first: boolean }>
	) => void;
	/** The spelleider's dashboard subscribes to a game it may run. */
	'game:watch': (payload: { liveSessionId: string }, ack: AckCallback<HostGameView>) => void;
	/** The spelleider records the meldkamer, starts, pauses for a real incident, resumes, ends, lets a boef enter, marks one caught. */
	'game:command': (
		payload: { liveSessionId: string; command: GameCommand },
		ack: AckCallback<HostGameView>
	) => void;
	/** The spelleider publishes a clue now (in addition to the planned ones). */
	'game:clue': (
		payload: {
			liveSessionId: string;
			id: string;
			boefId: string | null;
			text: string;
			fields: SignalementField[];
			circle: boolean;
			radiusM?: number;
		},
		ack: AckCallback<PublishedClue>
	) => void;
	/** The spelleider confirms or rejects a report's match and/or answers it with a quick reply. */
	'game:review': (
		payload: {
			liveSessionId: string;
			reportId: string;
			/** A boef id to confirm, 'rejected' to reject the proposals, null to clear; absent: unchanged. */
			match?: string | 'rejected' | null;
			feedback?: FeedbackKey;
		},
		ack: AckCallback<HostReport>
	) => void;
	/** The spelleider removes every name that joined in one burst (`HostGameView.bursts`). */
	'game:removeBurst': (
		payload: { liveSessionId: string; burstId: string },
		ack: AckCallback<HostGameView>
	) => void;
	/** The boef's phone sends GPS fixes (a backlog after a reconnect, else one at a time). */
	'boef:position': (
		payload: { sentAt: number; fixes: { at: number; lat: number; lng: number; accuracyM?: number }[] },
		ack: AckCallback<{ stored: number; sharing: boolean }>
	) => void;
	/** The boef's phone asks for its view (also sent on every connection). */
	'boef:sync': (payload: Record<string, never>, ack: AckCallback<AnyBoefView>) => void;

	// ------------------------------------------------------------ Houd u de boef tegen?
	/** The organiser's dashboard subscribes to a campaign it runs (the target addresses shown are logged). */
	'burglary:watch': (payload: { liveSessionId: string }, ack: AckCallback<BurglaryHostView>) => void;
	/** The organiser starts or ends an attempt, or overrides the stop rule (null: the rule decides). */
	'burglary:command': (
		payload: { liveSessionId: string; command: AttemptCommand },
		ack: AckCallback<{ done: true }>
	) => void;
	/** The organiser enters a call the meldkamer counted. `id` is made by the dashboard: resending is safe. */
	'burglary:call': (
		payload: { liveSessionId: string; id: string; attemptId: string; number: CallNumber; atMs: number },
		ack: AckCallback<{ stored: true }>
	) => void;
	/** The boef (his own attempt) or the organiser (`liveSessionId` given) saves the prevention checklist. */
	'burglary:prevention': (
		payload: { liveSessionId?: string; attemptId: string; checklist: PreventionChecklist },
		ack: AckCallback<PreventionChecklist>
	) => void;
	/**
	 * A household's report (the SAAR form; `channel` says whether they called 112 or 0900-8844).
	 * Times as in `game:report`. Acknowledged after it is stored; the ack never says whether an
	 * attempt was running.
	 */
	'burglary:report': (
		payload: GameReportPayload,
		ack: AckCallback<{ id: string; receivedAtMs: number }>
	) => void;
}

/** What a boef's phone shows: a Boef in de Wijk game, or his attempt in Houd u de boef tegen?. */
export type AnyBoefView = BoefView | BurglaryBoefView;

export type AttemptCommand =
	| { type: 'start'; attemptId: string }
	| { type: 'end'; attemptId: string }
	| { type: 'override'; attemptId: string; stopped: boolean | null };

export interface GameReportPayload {
	id: string;
	madeAt: number;
	sentAt: number;
	seenMinutesAgo?: number;
	behaviour: string;
	signalement: SignalementInput;
	channel: Channel;
	place: LatLng;
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

	// ------------------------------------------------------------ Boef in de Wijk
	/** To one participant: the game as their phone shows it. Sent on connect and after every change. */
	'game:state': (view: PlayerGameView) => void;
	/** To every participant of a game: a new clue (the phone vibrates and shows an alert). */
	'game:clue': (clue: PlayerGameView['clues'][number]) => void;
	/**
	 * To a participant: reports of their team that are new (team-mates', batched every 100 ms;
	 * never back to the phone that sent one) or answered by the spelleider (at once).
	 */
	'game:feedback': (reports: PlayerReport[]) => void;
	/** To the spelleider's dashboards: the whole game (after commands and on watch). */
	'game:host': (view: HostGameView) => void;
	/** To the dashboards: new or changed reports, batched per few ms during a burst. */
	'game:reports': (reports: HostReport[]) => void;
	/** To the dashboards: a boef's new GPS fixes (never to participants). */
	'game:positions': (payload: { boefId: string; points: TrackPoint[] }) => void;
	/** To one participant: the spelleider removed them (a burst of names); the sockets are then disconnected. */
	'game:removed': () => void;
	/** To the dashboards: new code-word finds. */
	'game:finds': (finds: HostGameView['finds']) => void;
	/** To the boef's phone. */
	'boef:state': (view: AnyBoefView) => void;
	/** To the boef's phone: his link was revoked or renewed; stop sharing. */
	'boef:revoked': () => void;

	// ------------------------------------------------------------ Houd u de boef tegen?
	/** To the organiser's dashboards: the whole campaign, after every change (addresses: dashboards only). */
	'burglary:host': (view: BurglaryHostView) => void;
	/** To the organiser's dashboards: a boef's new GPS fixes during his attempt. */
	'burglary:positions': (payload: { boefId: string; points: TrackPoint[] }) => void;
}
