import { z } from 'zod';
import { failWith, fields, parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { changePassword } from '$lib/server/services/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { mustChange: user.mustChangePassword };
};

const schema = z
	.object({
		currentPassword: fields.password,
		newPassword: fields.password,
		passwordConfirm: z.string()
	})
	.refine((v) => v.newPassword === v.passwordConfirm, {
		message: 'password.mismatch',
		path: ['passwordConfirm']
	});

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const user = requireUser(locals, url);
		const parsed = await parseForm(request, schema);
		if (parsed.failure) return parsed.failure;
		const { currentPassword, newPassword } = parsed.data;
		try {
			await changePassword(user.id, locals.sessionId!, currentPassword, newPassword);
		} catch (err) {
			return failWith(err, {}, { password: 'newPassword' });
		}
		return { changed: true };
	}
};
