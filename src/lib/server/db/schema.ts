import { sql } from 'drizzle-orm';
import {
	bigserial,
	boolean,
	check,
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
