import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { account, authSession, loginDevice, loginFailure } from '$lib/server/db/schema';
import { verifyPassword } from '$lib/server/auth/password';
import { AppError } from '$lib/server/errors';
import {
	createAccount,
	isInstalled,
	listAccounts,
	setDisabled,
	setRole,
	setupInstallation
} from '$lib/server/services/accounts';
import {
	changePassword,
	createSession,
	login,
	logout,
	pruneLoginFailures,
	validateSession
} from '$lib/server/services/auth';
import { insertAccount } from '$lib/server/services/accounts';
import { LOGIN_WINDOW_MS } from '$lib/domain/session-policy';
import { openTestDatabase } from '../helpers/db';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const PASSWORD = 'fietsen langs de vaart';
const beheerder = { email: 'Beheerder@Test.example ', name: 'Bea Beheer', password: PASSWORD };

async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (err) {
		if (err instanceof AppError) return err;
		throw err;
	}
	throw new Error('expected an AppError');
}

async function sessionUser(email: string, password: string) {
	const { token } = await login({ email, password, ip: '10.0.0.99' });
	return (await validateSession(token))!.user;
}

beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(async () => {
	await database?.close();
});

describe('one-time setup', () => {
	it('creates the organisation and a beheerder once, even when submitted twice at the same time', async () => {
		expect(await isInstalled()).toBe(false);
		const results = await Promise.allSettled([
			setupInstallation({ ...beheerder, organisationName: 'Team A' }),
			setupInstallation({ ...beheerder, organisationName: 'Team B' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect((rejected.reason as AppError).code).toBe('setup.alreadyDone');
		expect(await db().select().from(account)).toHaveLength(1);
		expect(await isInstalled()).toBe(true);
	});

	it('stores the e-mail normalised and the password as an argon2id hash with OWASP parameters', async () => {
		const [row] = await db().select().from(account);
		expect(row!.email).toBe('beheerder@test.example');
		expect(row!.role).toBe('beheerder');
		expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(row!.passwordHash, PASSWORD)).toBe(true);
	});
});

describe('login and sessions', () => {
	it('logs in with the right password and stores only the token hash', async () => {
		const { token, user } = await login({
			email: 'BEHEERDER@test.example',
			password: PASSWORD,
			ip: '10.0.0.1'
		});
		expect(user.role).toBe('beheerder');
		const stored = await db().select().from(authSession);
		expect(stored.some((s) => s.id === token)).toBe(false);
		expect((await validateSession(token))?.user.email).toBe('beheerder@test.example');
	});

	it('gives the same error for a wrong password and an unknown e-mail', async () => {
		const wrongPassword = await failure(
			login({ email: beheerder.email, password: 'verkeerd wachtwoord!', ip: '10.0.0.2' })
		);
		const unknown = await failure(
			login({ email: 'niemand@test.example', password: PASSWORD, ip: '10.0.0.2' })
		);
		expect([wrongPassword.code, wrongPassword.status]).toEqual(['error.invalidCredentials', 401]);
		expect([unknown.code, unknown.status]).toEqual(['error.invalidCredentials', 401]);
	});

	it("does not let an attacker's wrong passwords from one address lock the owner out elsewhere", async () => {
		const email = 'slot@test.example';
		const [org] = await db().select({ id: account.organisationId }).from(account);
		await insertAccount(org!.id, {
			email,
			name: 'Slot Test',
			role: 'presentator',
			password: PASSWORD,
			mustChangePassword: false
		});
		const attacker = '198.51.100.66';
		const now = Date.now();
		const tryAt = (t: number, password = 'nog een verkeerde', ip = attacker) =>
			failure(login({ email, password, ip }, now + t));
		// The pair (account, address A): two free failures, then 10 s, 60 s, then locked for 15 min.
		expect((await tryAt(0)).status).toBe(401);
		expect((await tryAt(1)).status).toBe(401);
		expect((await tryAt(2)).status).toBe(401);
		const third = await tryAt(3);
		expect([third.code, third.status, third.params.seconds]).toEqual(['login.error.waitSeconds', 429, 10]);
		expect((await tryAt(10_002)).status).toBe(401);
		const fourth = await tryAt(10_003);
		expect([fourth.code, fourth.params.minutes]).toEqual(['error.tooManyAttempts', 1]);
		expect((await tryAt(70_002)).status).toBe(401);
		// Five failures: address A is locked for this account, even with the right password, until
		// the first of the five leaves the 15-minute window.
		const locked = await tryAt(70_003, PASSWORD);
		expect([locked.code, locked.status, locked.params.minutes]).toEqual(['error.tooManyAttempts', 429, 14]);
		// The owner at address B is not held back at all.
		const owner = await login({ email, password: PASSWORD, ip: '203.0.113.5' }, now + 70_004);
		expect(owner.user.email).toBe(email);
		// A is still throttled after the owner's success, and free again after the window.
		expect((await tryAt(70_005, PASSWORD)).status).toBe(429);
		expect(
			(await login({ email, password: PASSWORD, ip: attacker }, now + 70_002 + LOGIN_WINDOW_MS)).user.email
		).toBe(email);
	});

	it('gives guesses from many addresses only a capped delay, which a known device skips', async () => {
		const email = 'veel@test.example';
		const [org] = await db().select({ id: account.organisationId }).from(account);
		await insertAccount(org!.id, {
			email,
			name: 'Veel Adressen',
			role: 'presentator',
			password: PASSWORD,
			mustChangePassword: false
		});
		const start = Date.now();
		// The owner logged in on this laptop before: it is a known device from now on.
		const first = await login({ email, password: PASSWORD, ip: '192.0.2.1' }, start);
		expect(first.device).toMatch(/^[A-Za-z0-9_-]{43}$/);
		// An attacker tries from 60 addresses, each as soon as the account's delay allows.
		let t = start + 1;
		const waits: number[] = [];
		for (let i = 0; i < 60; i++) {
			const err = await failure(login({ email, password: `gok ${i} gok gok`, ip: `10.9.${i}.1` }, t));
			if (err.status === 429) {
				waits.push(Number(err.params.seconds ?? Number(err.params.minutes) * 60));
				t += waits.at(-1)! * 1000;
				i--;
				continue;
			}
			expect(err.status).toBe(401);
			t += 1;
		}
		// Ten free, then 1, 2, 4, ... seconds, never more than a minute.
		expect(waits.slice(0, 6)).toEqual([2, 2, 4, 8, 16, 32]);
		expect(Math.max(...waits)).toBe(60);
		// 60 guesses took the attacker many minutes; a new browser of the owner waits at most a minute...
		expect(t - start).toBeGreaterThan(LOGIN_WINDOW_MS / 2);
		const fresh = await failure(login({ email, password: PASSWORD, ip: '192.0.2.1' }, t));
		expect(fresh.status).toBe(429);
		expect(Number(fresh.params.minutes ?? 0) * 60 + Number(fresh.params.seconds ?? 0)).toBeLessThanOrEqual(
			60
		);
		// ...and the known laptop gets in at once, with the same cookie kept.
		const again = await login({ email, password: PASSWORD, ip: '192.0.2.1', device: first.device! }, t + 1);
		expect([again.user.email, again.device]).toEqual([email, null]);
		// A device token of another account is no known device here.
		const other = await login({ email: beheerder.email, password: PASSWORD, ip: '192.0.2.1' }, t + 2);
		const refused = await failure(
			login({ email, password: PASSWORD, ip: '192.0.2.9', device: other.device! }, t + 3)
		);
		expect(refused.status).toBe(429);
	});

	it('limits failed logins per IP address across accounts (password spraying)', async () => {
		const now = Date.now();
		for (let i = 0; i < 30; i++) {
			await failure(
				login({ email: `raad${i}@test.example`, password: 'welkom welkom 1', ip: '10.2.0.1' }, now + i)
			);
		}
		const blocked = await failure(
			login({ email: beheerder.email, password: PASSWORD, ip: '10.2.0.1' }, now + 40)
		);
		expect(blocked.status).toBe(429);
		// Another address is not affected.
		expect(
			(await login({ email: beheerder.email, password: PASSWORD, ip: '10.2.0.2' }, now + 41)).user.role
		).toBe('beheerder');
	});

	it('keeps no rate-limit records longer than the window', async () => {
		// (The tests above moved their clock up to an hour ahead.)
		await pruneLoginFailures(Date.now() + LOGIN_WINDOW_MS * 8);
		expect(await db().select().from(loginFailure)).toHaveLength(0);
	});

	it('ends a session after the inactivity timeout and removes it', async () => {
		const user = await sessionUser(beheerder.email, PASSWORD);
		const start = Date.now();
		const { token } = await createSession(user.id, start);
		const idleMs = 12 * 60 * 60_000;
		expect(await validateSession(token, start + idleMs - 1000)).not.toBeNull();
		// Used just now (touched), so still valid a bit later.
		expect(await validateSession(token, start + idleMs + 1000)).not.toBeNull();
		expect(await validateSession(token, start + 2 * idleMs + 5000)).toBeNull();
		expect(await db().select().from(authSession).where(eq(authSession.id, token))).toHaveLength(0);
	});

	it('ends a session at its absolute expiry even when used', async () => {
		const user = await sessionUser(beheerder.email, PASSWORD);
		const start = Date.now();
		const { token, expiresAt } = await createSession(user.id, start);
		expect(expiresAt.getTime() - start).toBe(7 * 24 * 3_600_000);
		let t = start;
		while (t + 6 * 3_600_000 < expiresAt.getTime()) {
			t += 6 * 3_600_000;
			expect(await validateSession(token, t)).not.toBeNull();
		}
		expect(await validateSession(token, expiresAt.getTime())).toBeNull();
	});

	it('invalidates a session server-side at logout', async () => {
		const { token } = await login({ email: beheerder.email, password: PASSWORD, ip: '10.0.0.3' });
		await logout(token);
		expect(await validateSession(token)).toBeNull();
	});
});

describe('password change', () => {
	it('requires the current password, applies the policy and ends the other sessions', async () => {
		const a = await login({ email: beheerder.email, password: PASSWORD, ip: '10.0.0.4' });
		const b = await login({ email: beheerder.email, password: PASSWORD, ip: '10.0.0.5' });
		const current = (await validateSession(a.token))!;
		expect(
			(
				await failure(
					changePassword(current.user.id, current.sessionId, 'fout fout fout', 'nieuw lang wachtwoord')
				)
			).code
		).toBe('password.wrongCurrent');
		expect((await failure(changePassword(current.user.id, current.sessionId, PASSWORD, 'kort'))).code).toBe(
			'password.tooShort'
		);
		expect((await failure(changePassword(current.user.id, current.sessionId, PASSWORD, PASSWORD))).code).toBe(
			'password.sameAsOld'
		);
		expect(
			await db().select().from(loginDevice).where(eq(loginDevice.accountId, current.user.id))
		).not.toEqual([]);
		await changePassword(current.user.id, current.sessionId, PASSWORD, 'een nieuw lang wachtwoord');
		expect(await validateSession(a.token)).not.toBeNull();
		expect(await validateSession(b.token)).toBeNull();
		// Browsers that knew the old password are no known devices any more.
		expect(await db().select().from(loginDevice).where(eq(loginDevice.accountId, current.user.id))).toEqual(
			[]
		);
		await changePassword(current.user.id, current.sessionId, 'een nieuw lang wachtwoord', PASSWORD);
	});
});

describe('account management', () => {
	it('lets a beheerder create accounts that must change their temporary password', async () => {
		const admin = await sessionUser(beheerder.email, PASSWORD);
		await createAccount(admin, {
			name: 'Piet Presentator',
			email: 'piet@test.example',
			role: 'presentator',
			password: 'tijdelijk-1234-abcd'
		});
		const piet = await sessionUser('piet@test.example', 'tijdelijk-1234-abcd');
		expect(piet.mustChangePassword).toBe(true);
		expect(
			(
				await failure(
					createAccount(admin, {
						name: 'Dubbel',
						email: 'PIET@test.example',
						role: 'organisator',
						password: 'tijdelijk-1234-abcd'
					})
				)
			).code
		).toBe('error.emailTaken');
	});

	it('refuses account management to other roles', async () => {
		const piet = await sessionUser('piet@test.example', 'tijdelijk-1234-abcd');
		expect((await failure(listAccounts(piet))).status).toBe(403);
		expect(
			(
				await failure(
					createAccount(piet, { name: 'X', email: 'x@test.example', role: 'beheerder', password: PASSWORD })
				)
			).status
		).toBe(403);
	});

	it('does not let a beheerder touch their own role or accounts of another organisation', async () => {
		const admin = await sessionUser(beheerder.email, PASSWORD);
		expect((await failure(setRole(admin, admin.id, 'presentator'))).code).toBe('accounts.notSelf');
		const [other] = await db()
			.insert(account)
			.values({
				organisationId: (
					await db()
						.insert((await import('$lib/server/db/schema')).organisation)
						.values({ name: 'Ander team' })
						.returning()
				)[0]!.id,
				email: 'ander@test.example',
				name: 'Ander',
				role: 'presentator',
				passwordHash: 'x'
			})
			.returning();
		expect((await failure(setDisabled(admin, other!.id, true))).status).toBe(404);
		expect((await listAccounts(admin)).some((a) => a.email === 'ander@test.example')).toBe(false);
	});

	it('disabling an account ends its sessions and blocks login; enabling restores it', async () => {
		const admin = await sessionUser(beheerder.email, PASSWORD);
		const { token } = await login({
			email: 'piet@test.example',
			password: 'tijdelijk-1234-abcd',
			ip: '10.0.0.6'
		});
		const piet = (await validateSession(token))!.user;
		await setDisabled(admin, piet.id, true);
		expect(await validateSession(token)).toBeNull();
		expect(
			(await failure(login({ email: 'piet@test.example', password: 'tijdelijk-1234-abcd', ip: '10.0.0.6' })))
				.status
		).toBe(401);
		await setDisabled(admin, piet.id, false);
		expect(
			(await login({ email: 'piet@test.example', password: 'tijdelijk-1234-abcd', ip: '10.0.0.6' })).user.id
		).toBe(piet.id);
	});

	it('changing a role ends the sessions that carried the old role', async () => {
		const admin = await sessionUser(beheerder.email, PASSWORD);
		const { token } = await login({
			email: 'piet@test.example',
			password: 'tijdelijk-1234-abcd',
			ip: '10.0.0.7'
		});
		const piet = (await validateSession(token))!.user;
		await setRole(admin, piet.id, 'organisator');
		expect(await validateSession(token)).toBeNull();
		expect((await sessionUser('piet@test.example', 'tijdelijk-1234-abcd')).role).toBe('organisator');
	});
});
