import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { freeText } from '$lib/domain/text';
import { MELD_VERDACHT_GEDRAG_KEY } from '$lib/content/meld-verdacht-gedrag';
import type { FormFailure } from '$lib/form-types';
import { failWith, parseForm, valuesOf } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { AppError } from '$lib/server/errors';
import {
	MAX_IMPORT_BYTES,
	WorkshopInvalidError,
	copyWorkshop,
	createWorkshop,
	deleteWorkshop,
	importWorkshop,
	listWorkshops,
	restoreBuiltInWorkshop
} from '$lib/server/services/workshops';
import type { Actions, PageServerLoad } from './$types';
import { viewIssue, type IssueView } from './issues';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url, 'workshops:edit');
	const workshops = await listWorkshops(user);
	return {
		workshops,
		canRestore: !workshops.some((w) => w.builtIn === MELD_VERDACHT_GEDRAG_KEY),
		maxImportKb: MAX_IMPORT_BYTES / 1024
	};
};

const idSchema = z.object({ id: z.uuid('error.invalidInput') });
const createSchema = z.object({
	title: freeText({ max: 120, min: 1 })
});

/** What the import form shows when a file is refused: the reason, and for an invalid workshop where. */
type ImportFailure = FormFailure & { section: 'import'; issues?: IssueView[] };

/** Shown per problem at most; a file with hundreds of mistakes needs fixing at its source anyway. */
const MAX_ISSUES_SHOWN = 10;

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const user = requireUser(locals, url, 'workshops:edit');
		const parsed = await parseForm(request, createSchema);
		if (parsed.failure) return parsed.failure;
		let id: string;
		try {
			({ id } = await createWorkshop(user, { title: parsed.data.title, description: '', slides: [] }));
		} catch (err) {
			return failWith(err, valuesOf(parsed.form));
		}
		redirect(303, `/workshops/${id}`);
	},
	copy: async ({ request, locals, url }) => {
		const user = requireUser(locals, url, 'workshops:edit');
		const parsed = await parseForm(request, idSchema);
		if (parsed.failure) return parsed.failure;
		try {
			const { title } = await copyWorkshop(user, parsed.data.id);
			return { done: { key: 'workshops.copied' as const, params: { title } } };
		} catch (err) {
			return failWith(err);
		}
	},
	delete: async ({ request, locals, url }) => {
		const user = requireUser(locals, url, 'workshops:edit');
		const parsed = await parseForm(request, idSchema);
		if (parsed.failure) return parsed.failure;
		try {
			const { title } = await deleteWorkshop(user, parsed.data.id);
			return { done: { key: 'workshops.deleted' as const, params: { title } } };
		} catch (err) {
			return failWith(err);
		}
	},
	restore: async ({ locals, url }) => {
		const user = requireUser(locals, url, 'workshops:edit');
		try {
			const { title } = await restoreBuiltInWorkshop(user);
			return { done: { key: 'workshops.restored' as const, params: { title } } };
		} catch (err) {
			return failWith(err);
		}
	},
	import: async ({ request, locals, url }) => {
		const user = requireUser(locals, url, 'workshops:edit');
		const refuse = (status: number, failure: Omit<ImportFailure, 'section'>) =>
			fail(status, { section: 'import' as const, ...failure });
		let file: FormDataEntryValue | null;
		try {
			file = (await request.formData()).get('file');
		} catch {
			return refuse(400, { error: { key: 'error.invalidInput' } });
		}
		if (!(file instanceof File) || file.size === 0)
			return refuse(400, { error: { key: 'workshop.import.noFile' } });
		// Checked before reading the text, so a huge file is not decoded for nothing.
		if (file.size > MAX_IMPORT_BYTES)
			return refuse(413, {
				error: { key: 'workshop.import.tooLarge', params: { max: MAX_IMPORT_BYTES / 1024 } }
			});
		const text = await file.text();
		try {
			const { title } = await importWorkshop(user, text);
			return { done: { key: 'workshops.imported' as const, params: { title } } };
		} catch (err) {
			if (err instanceof WorkshopInvalidError) {
				const content = workshopPart(text);
				return refuse(400, {
					error: { key: err.code },
					issues: err.issues.slice(0, MAX_ISSUES_SHOWN).map((i) => viewIssue(content, i))
				});
			}
			if (err instanceof AppError)
				return refuse(err.status, { error: { key: err.code, params: err.params } });
			throw err;
		}
	}
};

/** The workshop inside a file that has already parsed once (the service got this far). */
function workshopPart(text: string): unknown {
	try {
		return (JSON.parse(text.replace(/^\uFEFF/, '')) as { workshop?: unknown }).workshop;
	} catch {
		return undefined;
	}
}
