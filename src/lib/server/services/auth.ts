import { and, eq, inArray, lt, ne } from 'drizzle-orm';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db';
import { account, authSession, loginDevice, loginFailure, organisation } from '$lib/server/db/schema';
import { dummyHash, hashPassword, verifyPassword } from '$lib/server/auth/password';
import { hashToken, newToken } from '$lib/server/auth/tokens';
import { AppError } from '$lib/server/errors';
import { endAuthSessions } from '$lib/server/realtime/notify';
import { checkPassword } from '$lib/domain/password-policy';
import { LOGIN_WINDOW_MS, sessionState, shouldTouch } from '$lib/domain/session-policy';
import { DEVICE_MAX_AGE_MS, knownDevice, rememberDevice, throttle, tooManyAttempts } from './login-guard';
import type { Role } from '$lib/server/auth/roles';
import type { AuthEndReason } from '$lib/realtime/events';

export interface SessionUser {
	id: string;
	name: string;
	email: string;
	role: Role;
	organisationId: string;
	organisationName: string;
	mustChangePassword: boolean;
}

export interface ValidSession {
	sessionId: string;
	user: SessionUser;
	expiresAt: Date;
}

/** Injected clock so tests can move time; production uses the wall clock. */
export type Clock = () => number;
const wallClock: Clock = () => Date.now();

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function createSession(
	accountId: string,
	now = wallClock()
): Promise<{ token: string; expiresAt: Date }> {
	const token = newToken();
	const expiresAt = new Date(now + config().SESSION_MAX_AGE_HOURS * 3_600_000);
	await db()
		.insert(authSession)
		.values({
			id: hashToken(token),
			accountId,
			createdAt: new Date(now),
			lastSeenAt: new Date(now),
			expiresAt
		});
	return { token, expiresAt };
}

/** Resolves a cookie token to its session and user, ending it when expired or idle. */
export async function validateSession(token: string, now = wallClock()): Promise<ValidSession | null> {
	if (!token || token.length > 100) return null;
	const id = hashToken(token);
	const [row] = await db()
		.select({
			lastSeenAt: authSession.lastSeenAt,
			expiresAt: authSession.expiresAt,
			user: {
				id: account.id,
				name: account.name,
				email: account.email,
				role: account.role,
				organisationId: account.organisationId,
				organisationName: organisation.name,
				mustChangePassword: account.mustChangePassword
			},
			disabledAt: account.disabledAt
		})
		.from(authSession)
		.innerJoin(account, eq(account.id, authSession.accountId))
		.innerJoin(organisation, eq(organisation.id, account.organisationId))
		.where(eq(authSession.id, id));
	if (!row) return null;
	const times = { lastSeenAt: row.lastSeenAt.getTime(), expiresAt: row.expiresAt.getTime() };
	const state = sessionState(times, now, { idleMs: config().SESSION_IDLE_MINUTES * 60_000 });
	if (state !== 'valid' || row.disabledAt) {
		await db().delete(authSession).where(eq(authSession.id, id));
		return null;
	}
	if (shouldTouch(times, now)) {
		await db()
			.update(authSession)
			.set({ lastSeenAt: new Date(now) })
			.where(eq(authSession.id, id));
	}
	return { sessionId: id, user: row.user, expiresAt: row.expiresAt };
}

/** Ends a login session server-side and disconnects its sockets. */
export async function logout(token: string): Promise<void> {
	const id = hashToken(token);
	await db().delete(authSession).where(eq(authSession.id, id));
	endAuthSessions([id], 'logged-out');
}

/** Ends every session of an account, except optionally the one in use. */
export async function endSessionsOf(
	accountId: string,
	reason: AuthEndReason,
	keepSessionId?: string
): Promise<void> {
	const where = keepSessionId
		? and(eq(authSession.accountId, accountId), ne(authSession.id, keepSessionId))
		: eq(authSession.accountId, accountId);
	const ended = await db().delete(authSession).where(where).returning({ id: authSession.id });
	endAuthSessions(
		ended.map((s) => s.id),
		reason
	);
}

export interface LoginInput {
	email: string;
	password: string;
	ip: string;
	/** The known-device cookie of this browser, if any. */
	device?: string;
}

export interface LoginResult {
	token: string;
	expiresAt: Date;
	user: SessionUser;
	/** A new known-device token for the browser's cookie; null when its cookie is still good. */
	device: string | null;
}

/**
 * Checks credentials, throttled per (account, address) pair, per address and per account
 * (see domain/login-throttle.ts); a known device is throttled only by its own failures. Wrong
 * e-mail and wrong password give the same error and take the same time. Throws AppError
 * (401 or 429, the latter with the wait).
 */
export async function login(input: LoginInput, now = wallClock()): Promise<LoginResult> {
	const email = normaliseEmail(input.email);
	const deviceId = await knownDevice(input.device, email, now);
	const { waitMs, keys, clear } = await throttle(email, input.ip, deviceId, now);
	if (waitMs > 0) throw tooManyAttempts(waitMs);

	const [row] = await db().select().from(account).where(eq(account.email, email));
	const ok = await verifyPassword(row?.passwordHash ?? (await dummyHash()), input.password);
	if (!row || !ok || row.disabledAt) {
		await db()
			.insert(loginFailure)
			.values(keys.map((key) => ({ key, at: new Date(now) })));
		throw new AppError('error.invalidCredentials', 401);
	}
	// A success clears this pair's (or device's) failures, not the account's or the address's:
	// the owner logging in must not give a distributed guesser or a sprayer a fresh budget.
	await db().delete(loginFailure).where(inArray(loginFailure.key, clear));
	const device = await rememberDevice(row.id, deviceId, now);
	const { token, expiresAt } = await createSession(row.id, now);
	const [org] = await db().select().from(organisation).where(eq(organisation.id, row.organisationId));
	return {
		token,
		expiresAt,
		device,
		user: {
			id: row.id,
			name: row.name,
			email: row.email,
			role: row.role,
			organisationId: row.organisationId,
			organisationName: org!.name,
			mustChangePassword: row.mustChangePassword
		}
	};
}

/**
 * Failures older than the window are of no use to the limiter; drop them (they hash an IP).
 * Known devices unused for their lifetime go too.
 */
export async function pruneLoginFailures(now = wallClock()): Promise<void> {
	await db()
		.delete(loginFailure)
		.where(lt(loginFailure.at, new Date(now - LOGIN_WINDOW_MS)));
	await db()
		.delete(loginDevice)
		.where(lt(loginDevice.lastUsedAt, new Date(now - DEVICE_MAX_AGE_MS)));
}

export async function changePassword(
	accountId: string,
	keepSessionId: string,
	current: string,
	next: string
): Promise<void> {
	const [row] = await db().select().from(account).where(eq(account.id, accountId));
	if (!row) throw new AppError('accounts.notFound', 404);
	if (!(await verifyPassword(row.passwordHash, current))) throw new AppError('password.wrongCurrent', 400);
	if (current === next) throw new AppError('password.sameAsOld', 400);
	const problem = checkPassword(next, { email: row.email, name: row.name });
	if (problem) throw new AppError(problem, 400);
	await db()
		.update(account)
		.set({ passwordHash: await hashPassword(next), mustChangePassword: false })
		.where(eq(account.id, accountId));
	// Whoever else knew the old password is out now, and their browsers are no known devices.
	await db().delete(loginDevice).where(eq(loginDevice.accountId, accountId));
	await endSessionsOf(accountId, 'password-changed', keepSessionId);
}
