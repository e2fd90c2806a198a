import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { ROLES } from '$lib/server/auth/roles';
import { failWith, fields, parseForm, valuesOf } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { createAccount, listAccounts, setDisabled, setRole } from '$lib/server/services/accounts';
import type { Actions, PageServerLoad } from './$types';

/** A readable temporary password (4×4 characters, ~80 bits) for the beheerder to hand over. */
function temporaryPassword(): string {
	const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
	const group = () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join('');
	return [group(), group(), group(), group()].join('-');
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url, 'accounts:manage');
	return { accounts: await listAccounts(user), selfId: user.id, suggestedPassword: temporaryPassword() };
};

const role = z.enum(ROLES, { message: 'error.invalidRole' });
const createSchema = z.object({ name: fields.name, email: fields.email, role, password: fields.password });
const roleSchema = z.object({ id: z.uuid('error.invalidInput'), role });
const idSchema = z.object({ id: z.uuid('error.invalidInput') });

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const user = requireUser(locals, url, 'accounts:manage');
		const parsed = await parseForm(request, createSchema);
		if (parsed.failure) return parsed.failure;
		try {
			await createAccount(user, parsed.data);
		} catch (err) {
			return failWith(err, valuesOf(parsed.form));
		}
		return { done: { key: 'accounts.created' as const, params: { name: parsed.data.name } } };
	},
	role: async ({ request, locals, url }) => {
		const user = requireUser(locals, url, 'accounts:manage');
		const parsed = await parseForm(request, roleSchema);
		if (parsed.failure) return parsed.failure;
		try {
			const { name } = await setRole(user, parsed.data.id, parsed.data.role);
			return { done: { key: 'accounts.roleSaved' as const, params: { name } } };
		} catch (err) {
			return failWith(err);
		}
	},
	disable: async ({ request, locals, url }) => toggle(request, locals, url, true),
	enable: async ({ request, locals, url }) => toggle(request, locals, url, false)
};

async function toggle(request: Request, locals: App.Locals, url: URL, disabled: boolean) {
	const user = requireUser(locals, url, 'accounts:manage');
	const parsed = await parseForm(request, idSchema);
	if (parsed.failure) return parsed.failure;
	try {
		const { name } = await setDisabled(user, parsed.data.id, disabled);
		return {
			done: {
				key: disabled ? ('accounts.disabledDone' as const) : ('accounts.enabledDone' as const),
				params: { name }
			}
		};
	} catch (err) {
		return failWith(err);
	}
}
