import { sql } from 'drizzle-orm';
import {
	bigint,
	bigserial,
	boolean,
	check,
	doublePrecision,
	primaryKey,
	real,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { ROLES } from '../auth/roles';
import type { Answer, Workshop } from '../../domain/workshop';
import type { QuizSettings, QuizState } from '../../domain/quiz-session';
import type { GamePlan, GameState } from '../../domain/boef/game';
import type { ClueCircle } from '../../domain/boef/clues';
import type { Signalement } from '../../domain/boef/signalement';
import type { QualityFlag, ReportQuality } from '../../domain/boef/report-quality';
import type { CampaignSettings, Preconditions } from '../../domain/burglary/campaign';
import type { DrawRecord } from '../../domain/burglary/draw';
import type { PreventionChecklist } from '../../domain/burglary/prevention';
import type { PublicOutcome } from '../../domain/burglary/public-outcome';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Exactly one row once the one-time setup has run; its primary key makes setup happen once. */
export const installation = pgTable(
	'installation',
	{
		id: integer('id').primaryKey(),
		completedAt: timestamp('completed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('installation_singleton', sql`${t.id} = 1`)]
);

export const organisation = pgTable('organisation', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	isDemo: boolean('is_demo').notNull().default(false),
	createdAt: createdAt()
});

export const roleEnum = pgEnum('role', ROLES);

export const account = pgTable(
	'account',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		/** Stored lower-cased and trimmed; unique across the installation. */
		email: text('email').notNull(),
		name: text('name').notNull(),
		role: roleEnum('role').notNull(),
		passwordHash: text('password_hash').notNull(),
		/** Set when a beheerder chose the password: the owner must pick their own at first login. */
		mustChangePassword: boolean('must_change_password').notNull().default(false),
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('account_email_unique').on(t.email)]
);

/** Login sessions. The id is the SHA-256 of the cookie token, so a database leak yields no usable token. */
export const authSession = pgTable(
	'auth_session',
	{
		id: text('id').primaryKey(),
		accountId: uuid('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('auth_session_account_idx').on(t.accountId)]
);

/**
 * Failed login attempts, for rate limiting across restarts and instances.
 * `key` is a SHA-256 of "ip:<address>" or "account:<email>": no personal data in clear.
 */
export const loginFailure = pgTable(
	'login_failure',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		key: text('key').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('login_failure_key_at_idx').on(t.key, t.at)]
);

/**
 * Browsers that logged in to an account before ("known device"), by the SHA-256 of a random
 * cookie token. A login from one of them is not held back by failures other addresses caused
 * on the account, so an attacker elsewhere cannot lock the owner out.
 */
export const loginDevice = pgTable(
	'login_device',
	{
		id: text('id').primaryKey(),
		accountId: uuid('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('login_device_account_idx').on(t.accountId)]
);

/** A workshop (slides and questions) of an organisation, editable by its presentators. */
export const workshop = pgTable(
	'workshop',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		/** Title duplicated from content for listing without reading every document. */
		title: text('title').notNull(),
		content: jsonb('content').$type<Workshop>().notNull(),
		/** Which ready-made workshop this started as, if any (e.g. 'meld-verdacht-gedrag'). */
		builtIn: text('built_in'),
		createdBy: uuid('created_by').references(() => account.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('workshop_organisation_idx').on(t.organisationId)]
);

export const liveSessionKind = pgEnum('live_session_kind', ['workshop', 'boef_in_de_wijk', 'houd_de_boef']);

/** A live event that participants join with a code: a workshop, a Boef in de Wijk game, ... */
export const liveSession = pgTable(
	'live_session',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		hostAccountId: uuid('host_account_id').references(() => account.id, { onDelete: 'set null' }),
		kind: liveSessionKind('kind').notNull(),
		joinCode: text('join_code').notNull(),
		title: text('title').notNull().default(''),
		/** For workshops: the slides as they were when the session started; later edits do not change it. */
		workshop: jsonb('workshop').$type<Workshop>(),
		workshopId: uuid('workshop_id').references(() => workshop.id, { onDelete: 'set null' }),
		settings: jsonb('settings').$type<QuizSettings>(),
		/** The quiz state machine's state, written after every change so a restart resumes it. */
		state: jsonb('state').$type<QuizState>(),
		/**
		 * Key of every random draw whose outcome participants must not predict (clue circle offsets,
		 * the order of an ordering question). Never sent to a client; stored so a restart or another
		 * instance draws the same.
		 */
		drawSecret: uuid('draw_secret').notNull().defaultRandom(),
		createdAt: createdAt(),
		endedAt: timestamp('ended_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('live_session_join_code_unique').on(t.joinCode)]
);

/** A resident in a live session, without an account. Known by the SHA-256 of a token kept on the phone. */
export const participant = pgTable(
	'participant',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		nickname: text('nickname').notNull(),
		/** Optional team name in team mode. */
		team: text('team'),
		/** Set when the presenter removed this participant; the token stops working. */
		removedAt: timestamp('removed_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('participant_token_hash_unique').on(t.tokenHash),
		uniqueIndex('participant_session_nickname_unique').on(t.liveSessionId, sql`lower(${t.nickname})`)
	]
);

/**
 * One participant's answer to one question. The id is made by the phone, so a resent answer
 * is recognised; the (participant, slide) index makes a second different answer count once.
 */
export const quizAnswer = pgTable(
	'quiz_answer',
	{
		id: uuid('id').primaryKey(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participant.id, { onDelete: 'cascade' }),
		slideId: text('slide_id').notNull(),
		answer: jsonb('answer').$type<Answer>().notNull(),
		/** null for polls and open questions. */
		correct: boolean('correct'),
		points: integer('points').notNull(),
		/** Consecutive correct answers including this one. */
		streak: integer('streak').notNull(),
		elapsedMs: integer('elapsed_ms').notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull()
	},
	(t) => [
		uniqueIndex('quiz_answer_participant_slide_unique').on(t.participantId, t.slideId),
		index('quiz_answer_session_idx').on(t.liveSessionId)
	]
);

// ---------------------------------------------------------------- Boef in de Wijk

/** A Boef in de Wijk game: the spelleider's plan and the game's state, one row per live session. */
export const boefGame = pgTable('boef_game', {
	liveSessionId: uuid('live_session_id')
		.primaryKey()
		.references(() => liveSession.id, { onDelete: 'cascade' }),
	plan: jsonb('plan').$type<GamePlan>().notNull(),
	state: jsonb('state').$type<GameState>().notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A boef's secret link. Only the SHA-256 of the token is stored; renewing revokes the old link.
 * The link is shown once, when made, like a password.
 */
export const boefLink = pgTable(
	'boef_link',
	{
		tokenHash: text('token_hash').primaryKey(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		boefId: text('boef_id').notNull(),
		createdAt: createdAt(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('boef_link_session_boef_idx').on(t.liveSessionId, t.boefId)]
);

/** A clue as published: the text and circle everyone saw, kept for the debrief. */
export const gameClue = pgTable(
	'game_clue',
	{
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		id: text('id').notNull(),
		boefId: text('boef_id'),
		round: integer('round'),
		text: text('text').notNull(),
		signalement: jsonb('signalement').$type<Signalement>().notNull(),
		circle: jsonb('circle').$type<ClueCircle>(),
		source: text('source').$type<'plan' | 'manual'>().notNull(),
		/** Null for a planned clue that fell due while its boef was not in play: never shown. */
		publishedAt: timestamp('published_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.liveSessionId, t.id] })]
);

/**
 * The boef's GPS fixes. `at` is the server's time for the fix (the phone's time shifted by its
 * clock's offset); `deviceAt` is the phone's own time, which stays the same when the phone
 * resends its backlog after a reconnect, so (game, boef, deviceAt) makes a resent fix count once.
 */
export const boefPosition = pgTable(
	'boef_position',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		boefId: text('boef_id').notNull(),
		at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
		deviceAt: bigint('device_at', { mode: 'number' }).notNull(),
		lat: doublePrecision('lat').notNull(),
		lng: doublePrecision('lng').notNull(),
		accuracyM: real('accuracy_m')
	},
	(t) => [
		uniqueIndex('boef_position_unique').on(t.liveSessionId, t.boefId, t.deviceAt),
		index('boef_position_at_idx').on(t.liveSessionId, t.boefId, t.at)
	]
);

/** A participant's melding. The id is made by the phone, so a report resent from the offline queue counts once. */
export const gameReport = pgTable(
	'game_report',
	{
		id: uuid('id').primaryKey(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participant.id, { onDelete: 'cascade' }),
		team: text('team'),
		lat: doublePrecision('lat').notNull(),
		lng: doublePrecision('lng').notNull(),
		seenAt: timestamp('seen_at', { withTimezone: true, precision: 3 }).notNull(),
		reportedAt: timestamp('reported_at', { withTimezone: true, precision: 3 }).notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
		behaviour: text('behaviour').notNull(),
		signalement: jsonb('signalement').$type<Signalement>().notNull(),
		channel: text('channel').$type<'112' | '0900-8844' | 'buurtapp'>().notNull(),
		round: integer('round'),
		matchBoefId: text('match_boef_id'),
		matchStatus: text('match_status').$type<'confirmed' | 'rejected'>(),
		quality: integer('quality'),
		qualityDetail: jsonb('quality_detail').$type<ReportQuality>(),
		flags: jsonb('flags').$type<QualityFlag[]>().notNull(),
		feedback: text('feedback'),
		feedbackAt: timestamp('feedback_at', { withTimezone: true, precision: 3 }),
		reviewedBy: uuid('reviewed_by').references(() => account.id, { onDelete: 'set null' })
	},
	(t) => [index('game_report_session_idx').on(t.liveSessionId)]
);

/** A participant entering a code word; wrong ones are kept too (rate limit, debrief). */
export const gameFind = pgTable(
	'game_find',
	{
		id: uuid('id').primaryKey(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participant.id, { onDelete: 'cascade' }),
		team: text('team'),
		boefId: text('boef_id'),
		codeWord: text('code_word').notNull(),
		at: timestamp('at', { withTimezone: true, precision: 3 }).notNull()
	},
	(t) => [index('game_find_session_idx').on(t.liveSessionId)]
);

// ---------------------------------------------------------------- Houd u de boef tegen?

/** A Houd u de boef tegen? campaign: the organiser's settings and where it is, one row per live session. */
export const burglaryCampaign = pgTable('burglary_campaign', {
	liveSessionId: uuid('live_session_id')
		.primaryKey()
		.references(() => liveSession.id, { onDelete: 'cascade' }),
	settings: jsonb('settings').$type<CampaignSettings>().notNull(),
	preconditions: jsonb('preconditions').$type<Preconditions>().notNull(),
	/** The recorded draw (registration ids only), with who drew and when. */
	draw: jsonb('draw').$type<DrawRecord & { atMs: number; by: string }>(),
	publishedAt: timestamp('published_at', { withTimezone: true }),
	/** The anonymous outcome as published: outlives the personal data it was computed from. */
	publicOutcome: jsonb('public_outcome').$type<PublicOutcome>(),
	/** When the scheduled job deleted the campaign's personal data. */
	personalDataDeletedAt: timestamp('personal_data_deleted_at', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A household that registered: the only place a home address and e-mail are kept. Known to
 * its owner by the SHA-256 of the token in their personal link. Withdrawing deletes the row.
 */
export const burglaryRegistration = pgTable(
	'burglary_registration',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		name: text('name').notNull(),
		email: text('email').notNull(),
		postcode: text('postcode').notNull(),
		houseNumber: text('house_number').notNull(),
		/** Filled in by the geocoder when one is configured. */
		street: text('street'),
		city: text('city'),
		lat: doublePrecision('lat').notNull(),
		lng: doublePrecision('lng').notNull(),
		awayDates: jsonb('away_dates').$type<string[]>().notNull(),
		/** Language of the e-mails to this household (the one they registered in). */
		locale: text('locale').$type<'nl' | 'en'>().notNull().default('nl'),
		consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('burglary_registration_token_unique').on(t.tokenHash),
		index('burglary_registration_session_idx').on(t.liveSessionId)
	]
);

/** One mock burglary at one drawn home. The target link is cut when the household withdraws. */
export const burglaryAttempt = pgTable(
	'burglary_attempt',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		/** Draw order (1, 2, ...). */
		number: integer('number').notNull(),
		registrationId: uuid('registration_id').references(() => burglaryRegistration.id, {
			onDelete: 'set null'
		}),
		boefId: text('boef_id').notNull(),
		plannedDate: text('planned_date').notNull(),
		startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }),
		endedAt: timestamp('ended_at', { withTimezone: true, precision: 3 }),
		prevention: jsonb('prevention').$type<PreventionChecklist>().notNull(),
		/** 'boef' or 'account:<id>': who filled in the checklist last. */
		preventionBy: text('prevention_by'),
		/** The organiser's final say over the stop rule. */
		override: jsonb('override').$type<{ stopped: boolean } | null>()
	},
	(t) => [index('burglary_attempt_session_idx').on(t.liveSessionId)]
);

/** A call the meldkamer counted, entered by the organiser. The id is made by the dashboard: a resend counts once. */
export const burglaryCall = pgTable(
	'burglary_call',
	{
		id: uuid('id').primaryKey(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		attemptId: uuid('attempt_id')
			.notNull()
			.references(() => burglaryAttempt.id, { onDelete: 'cascade' }),
		number: text('number').$type<'112' | '0900-8844'>().notNull(),
		at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
		enteredBy: uuid('entered_by').references(() => account.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('burglary_call_attempt_idx').on(t.attemptId)]
);

/** A neighbour's report (the SAAR form). The id is made by the phone: a resend counts once. */
export const burglaryReport = pgTable(
	'burglary_report',
	{
		id: uuid('id').primaryKey(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id').references(() => burglaryRegistration.id, {
			onDelete: 'set null'
		}),
		/** The attempt that was running when it was seen; null outside any attempt. */
		attemptId: uuid('attempt_id').references(() => burglaryAttempt.id, { onDelete: 'set null' }),
		seenAt: timestamp('seen_at', { withTimezone: true, precision: 3 }).notNull(),
		reportedAt: timestamp('reported_at', { withTimezone: true, precision: 3 }).notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
		behaviour: text('behaviour').notNull(),
		signalement: jsonb('signalement').$type<Signalement>().notNull(),
		channel: text('channel').$type<'112' | '0900-8844' | 'buurtapp'>().notNull(),
		lat: doublePrecision('lat').notNull(),
		lng: doublePrecision('lng').notNull(),
		flags: jsonb('flags').$type<QualityFlag[]>().notNull()
	},
	(t) => [index('burglary_report_session_idx').on(t.liveSessionId)]
);

/** Every time someone was shown a home address: who, whose, when and where in the app. */
export const addressView = pgTable(
	'address_view',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		liveSessionId: uuid('live_session_id')
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => burglaryRegistration.id, { onDelete: 'cascade' }),
		/** 'account:<id>' or 'boef:<boefId>'. */
		viewer: text('viewer').notNull(),
		/** The viewer's name at the time (an account's name, a boef's name). */
		viewerName: text('viewer_name').notNull(),
		/** Where: 'registrations', 'dashboard', 'boef-phone'. */
		context: text('context').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('address_view_session_idx').on(t.liveSessionId, t.at)]
);

// ---------------------------------------------------------------- e-mail

/**
 * Every e-mail the app sends goes through this outbox: queued in the same request that decided
 * to send it (so sending never blocks a request and survives a restart), delivered by the mail
 * worker with retries. Without SMTP_URL the outbox is where messages stay, readable by the
 * organiser in the app. `liveSessionId` ties a message to a game, so the game's personal data
 * (the recipients' addresses) is deleted with it.
 */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
		liveSessionId: uuid('live_session_id').references(() => liveSession.id, { onDelete: 'cascade' }),
		/** What kind of message, for the organiser's list (e.g. 'registration-confirmation'). */
		kind: text('kind').notNull(),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		createdAt: createdAt(),
		/** Not before this moment: the next attempt after a failure. */
		sendAfter: timestamp('send_after', { withTimezone: true }).notNull().defaultNow(),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		/** Set when the worker gave up after the last retry. */
		failedAt: timestamp('failed_at', { withTimezone: true })
	},
	(t) => [index('mail_outbox_due_idx').on(t.sendAfter), index('mail_outbox_session_idx').on(t.liveSessionId)]
);

/**
 * E-mail the public can make the app send (confirmations, new links), counted against
 * budgets per e-mail address, network address, workshop invitation and installation, so the
 * counts survive a restart and hold across instances. `key` is a SHA-256 of "<kind>:<value>":
 * no address in clear. `at` may lie in the future: a mail that waits for the installation's
 * budget counts at the moment it is due.
 */
export const mailBudgetHit = pgTable(
	'mail_budget_hit',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		key: text('key').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('mail_budget_hit_key_at_idx').on(t.key, t.at), index('mail_budget_hit_at_idx').on(t.at)]
);
