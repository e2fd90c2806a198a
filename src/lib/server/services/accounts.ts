import { and, asc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { isUniqueViolation } from '$lib/server/db/errors';
import { account, installation, organisation } from '$lib/server/db/schema';
import { hashPassword } from '$lib/server/auth/password';
import { can, type Role } from '$lib/server/auth/roles';
import { AppError } from '$lib/server/errors';
import { checkPassword } from '$lib/domain/password-policy';
import { endSessionsOf, normaliseEmail, type SessionUser } from './auth';
import { addBuiltInWorkshop } from './workshops';

let installed = false;

/** True once the one-time setup has run. Cached: an installation never becomes uninstalled. */
export async function isInstalled(): Promise<boolean> {
	if (installed) return true;
	const rows = await db().select({ id: installation.id }).from(installation);
	installed = rows.length > 0;
	return installed;
}

export interface NewAccount {
	name: string;
	email: string;
	password: string;
}

function assertPassword(password: string, who: { email: string; name: string }) {
	const problem = checkPassword(password, who);
	if (problem) throw new AppError(problem, 400);
}

/**
 * Creates the organisation and its first account (beheerder). The installation row's primary
 * key makes this succeed once, even when two browsers submit the setup form at the same time.
 */
export async function setupInstallation(
	input: NewAccount & { organisationName: string }
): Promise<{ accountId: string }> {
	const email = normaliseEmail(input.email);
	assertPassword(input.password, { email, name: input.name });
	const passwordHash = await hashPassword(input.password);
	try {
		const accountId = await db().transaction(async (tx) => {
			await tx.insert(installation).values({ id: 1 });
			const [org] = await tx.insert(organisation).values({ name: input.organisationName }).returning();
			const [acc] = await tx
				.insert(account)
				.values({ organisationId: org!.id, email, name: input.name, role: 'beheerder', passwordHash })
				.returning({ id: account.id });
			// A new organisation starts with the ready-made workshop, in the same transaction.
			await addBuiltInWorkshop(org!.id, tx, acc!.id);
			return acc!.id;
		});
		installed = true;
		return { accountId };
	} catch (err) {
		if (isUniqueViolation(err)) {
			// Either setup already ran, or the e-mail exists (demo data); both end the setup page.
			if (await isInstalled()) throw new AppError('setup.alreadyDone', 409);
			throw new AppError('error.emailTaken', 409);
		}
		throw err;
	}
}

export interface AccountSummary {
	id: string;
	name: string;
	email: string;
	role: Role;
	disabled: boolean;
	createdAt: Date;
}

function assertManager(actor: SessionUser) {
	if (!can(actor.role, 'accounts:manage')) throw new AppError('error.forbidden', 403);
}

export async function listAccounts(actor: SessionUser): Promise<AccountSummary[]> {
	assertManager(actor);
	const rows = await db()
		.select()
		.from(account)
		.where(eq(account.organisationId, actor.organisationId))
		.orderBy(asc(account.name));
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		email: r.email,
		role: r.role,
		disabled: r.disabledAt !== null,
		createdAt: r.createdAt
	}));
}

/** A beheerder creates a colleague's account with a temporary password that must be changed at first login. */
export async function createAccount(
	actor: SessionUser,
	input: NewAccount & { role: Role }
): Promise<{ id: string }> {
	assertManager(actor);
	return insertAccount(actor.organisationId, { ...input, mustChangePassword: true });
}

export async function insertAccount(
	organisationId: string,
	input: NewAccount & { role: Role; mustChangePassword: boolean }
): Promise<{ id: string }> {
	const email = normaliseEmail(input.email);
	assertPassword(input.password, { email, name: input.name });
	try {
		const [row] = await db()
			.insert(account)
			.values({
				organisationId,
				email,
				name: input.name,
				role: input.role,
				passwordHash: await hashPassword(input.password),
				mustChangePassword: input.mustChangePassword
			})
			.returning({ id: account.id });
		return { id: row!.id };
	} catch (err) {
		if (isUniqueViolation(err)) throw new AppError('error.emailTaken', 409);
		throw err;
	}
}

async function colleague(actor: SessionUser, accountId: string) {
	assertManager(actor);
	if (accountId === actor.id) throw new AppError('accounts.notSelf', 400);
	const [row] = await db()
		.select()
		.from(account)
		.where(and(eq(account.id, accountId), eq(account.organisationId, actor.organisationId)));
	// Accounts of other organisations are reported as missing, not as forbidden: no probing.
	if (!row) throw new AppError('accounts.notFound', 404);
	return row;
}

export async function setRole(actor: SessionUser, accountId: string, role: Role): Promise<{ name: string }> {
	const row = await colleague(actor, accountId);
	await db().update(account).set({ role }).where(eq(account.id, row.id));
	// Permissions are read per request, but open sockets carry the role of their handshake.
	await endSessionsOf(row.id, 'account-changed');
	return { name: row.name };
}

export async function setDisabled(
	actor: SessionUser,
	accountId: string,
	disabled: boolean
): Promise<{ name: string }> {
	const row = await colleague(actor, accountId);
	await db()
		.update(account)
		.set({ disabledAt: disabled ? new Date() : null })
		.where(eq(account.id, row.id));
	if (disabled) await endSessionsOf(row.id, 'account-changed');
	return { name: row.name };
}

/**
 * An enabled account as a SessionUser, for socket handlers whose services need more than the
 * socket's identity (e.g. the name written to the address-view log).
 */
export async function findAccount(id: string): Promise<SessionUser | null> {
	const [row] = await db()
		.select({
			id: account.id,
			name: account.name,
			email: account.email,
			role: account.role,
			organisationId: account.organisationId,
			organisationName: organisation.name,
			mustChangePassword: account.mustChangePassword,
			disabledAt: account.disabledAt
		})
		.from(account)
		.innerJoin(organisation, eq(organisation.id, account.organisationId))
		.where(eq(account.id, id));
	if (!row || row.disabledAt) return null;
	const { disabledAt: _, ...user } = row;
	return user;
}
