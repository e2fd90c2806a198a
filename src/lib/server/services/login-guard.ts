import { and, eq, gt, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { account, loginDevice, loginFailure } from '$lib/server/db/schema';
import { hashToken, newToken } from '$lib/server/auth/tokens';
import { AppError } from '$lib/server/errors';
import { LOGIN_WINDOW_MS } from '$lib/domain/session-policy';
import { accountWaitMs, addressWaitMs, pairWaitMs } from '$lib/domain/login-throttle';

/**
 * The login throttle's storage: failed attempts in `login_failure` under hashed keys, and
 * known devices (browsers that logged in to an account before) in `login_device`. The rules
 * are in domain/login-throttle.ts.
 */

type FailureKind = 'ip' | 'account' | 'pair' | 'device';
const failureKey = (kind: FailureKind, value: string) => hashToken(`${kind}:${value}`);

async function failuresSince(keys: string[], since: Date): Promise<Map<string, number[]>> {
	const rows = await db()
		.select({ key: loginFailure.key, at: loginFailure.at })
		.from(loginFailure)
		.where(and(inArray(loginFailure.key, keys), gt(loginFailure.at, since)));
	const byKey = new Map<string, number[]>(keys.map((k) => [k, []]));
	for (const r of rows) byKey.get(r.key)!.push(r.at.getTime());
	return byKey;
}

/** A browser that logged in to an account before is known for this long after its last login. */
export const DEVICE_MAX_AGE_MS = 180 * 24 * 3_600_000;

/** The known device behind a cookie token, if it belongs to the account of this e-mail address. */
export async function knownDevice(
	token: string | undefined,
	email: string,
	now: number
): Promise<string | null> {
	if (!token || !/^[A-Za-z0-9_-]{22,100}$/.test(token)) return null;
	const id = hashToken(token);
	const [row] = await db()
		.select({ id: loginDevice.id })
		.from(loginDevice)
		.innerJoin(account, eq(account.id, loginDevice.accountId))
		.where(
			and(
				eq(loginDevice.id, id),
				eq(account.email, email),
				gt(loginDevice.lastUsedAt, new Date(now - DEVICE_MAX_AGE_MS))
			)
		);
	return row ? row.id : null;
}

/** Marks this browser as known for the account: the same token again, or a new one. */
export async function rememberDevice(
	accountId: string,
	knownId: string | null,
	now: number
): Promise<string | null> {
	if (knownId) {
		await db()
			.update(loginDevice)
			.set({ lastUsedAt: new Date(now) })
			.where(eq(loginDevice.id, knownId));
		return null;
	}
	const token = newToken();
	await db()
		.insert(loginDevice)
		.values({ id: hashToken(token), accountId, createdAt: new Date(now), lastUsedAt: new Date(now) });
	return token;
}

/** The wait in ms and the failure keys of an attempt (see domain/login-throttle.ts). */
export async function throttle(email: string, ip: string, deviceId: string | null, now: number) {
	const since = new Date(now - LOGIN_WINDOW_MS);
	if (deviceId) {
		// A known device has its own counter: failures from elsewhere do not hold it back.
		const key = failureKey('device', deviceId);
		const failures = await failuresSince([key], since);
		return { waitMs: pairWaitMs(failures.get(key)!, now), keys: [key], clear: [key] };
	}
	const pair = failureKey('pair', `${email}|${ip}`);
	const ipKey = failureKey('ip', ip);
	const accountKey = failureKey('account', email);
	const failures = await failuresSince([pair, ipKey, accountKey], since);
	const waitMs = Math.max(
		pairWaitMs(failures.get(pair)!, now),
		addressWaitMs(failures.get(ipKey)!, now),
		accountWaitMs(failures.get(accountKey)!, now)
	);
	return { waitMs, keys: [pair, ipKey, accountKey], clear: [pair] };
}

/** The translated refusal with the wait: in seconds below a minute, else in whole minutes. */
export function tooManyAttempts(waitMs: number): AppError {
	const seconds = Math.ceil(waitMs / 1000);
	if (seconds < 60) return new AppError('login.error.waitSeconds', 429, { seconds: Math.max(2, seconds) });
	return new AppError('error.tooManyAttempts', 429, { minutes: Math.ceil(waitMs / 60_000) });
}
