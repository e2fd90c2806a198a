import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { account, organisation, workshop } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { SessionUser } from '$lib/server/services/auth';
import { setupInstallation } from '$lib/server/services/accounts';
import {
	addBuiltInWorkshop,
	copyWorkshop,
	createWorkshop,
	deleteWorkshop,
	exportFileName,
	exportWorkshop,
	getWorkshop,
	importWorkshop,
	listWorkshops,
	MAX_IMPORT_BYTES,
	restoreBuiltInWorkshop,
	updateWorkshop,
	WorkshopInvalidError
} from '$lib/server/services/workshops';
import { MELD_VERDACHT_GEDRAG_KEY, meldVerdachtGedrag } from '$lib/content/meld-verdacht-gedrag';
import { workshopSchema, type Workshop } from '$lib/domain/workshop';
import { openTestDatabase } from '../helpers/db';

let database: Awaited<ReturnType<typeof openTestDatabase>>;

async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (err) {
		if (err instanceof AppError) return err;
		throw err;
	}
	throw new Error('expected an AppError');
}

const sample: Workshop = {
	title: 'Inbraakpreventie',
	description: 'Voor de bewonersavond in de Rivierenwijk',
	slides: [
		{ id: 'intro', kind: 'info', title: 'Welkom', body: 'Fijn dat u er bent.', illustration: 'house' },
		{
			id: 'q1',
			kind: 'question',
			type: 'single',
			prompt: 'Wat doet u als u iemand ziet inbreken?',
			options: [
				{ id: 'a', text: 'Bel 112' },
				{ id: 'b', text: 'Zelf ingrijpen' }
			],
			correct: ['a'],
			timeLimitSec: 20,
			points: true,
			explanation: 'Bel 112 en blijf op afstand.'
		},
		{
			id: 'q2',
			kind: 'question',
			type: 'order',
			prompt: 'Zet in de goede volgorde',
			options: [
				{ id: 'x', text: 'Bellen' },
				{ id: 'y', text: 'Signalement geven' }
			],
			correct: ['x', 'y'],
			timeLimitSec: 30,
			points: false,
			explanation: ''
		}
	]
};

let presentator: SessionUser;
let beheerder: SessionUser;
let organisator: SessionUser;
let outsider: SessionUser;

function user(id: string, organisationId: string, role: SessionUser['role']): SessionUser {
	return {
		id,
		name: role,
		email: `${role}@test.example`,
		role,
		organisationId,
		organisationName: 'Team',
		mustChangePassword: false
	};
}

beforeAll(async () => {
	database = await openTestDatabase();
	const { accountId } = await setupInstallation({
		organisationName: 'Basisteam Rivierenwijk',
		name: 'Bea Beheer',
		email: 'bea@test.example',
		password: 'fietsen langs de vaart'
	});
	const [acc] = await db().select().from(account).where(eq(account.id, accountId));
	beheerder = user(accountId, acc!.organisationId, 'beheerder');
	// Accounts are not needed for the checks; created_by may point at nobody (set null).
	presentator = user(beheerder.id, acc!.organisationId, 'presentator');
	organisator = user(beheerder.id, acc!.organisationId, 'organisator');
	const [other] = await db().insert(organisation).values({ name: 'Ander team' }).returning();
	outsider = user(beheerder.id, other!.id, 'presentator');
});
afterAll(async () => {
	await database?.close();
});

describe('the ready-made workshop', () => {
	it('is valid', () => {
		expect(workshopSchema.safeParse(meldVerdachtGedrag).success).toBe(true);
	});

	it('is given to the organisation at setup', async () => {
		const list = await listWorkshops(beheerder);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ title: meldVerdachtGedrag.title, builtIn: MELD_VERDACHT_GEDRAG_KEY });
		const questions = meldVerdachtGedrag.slides.filter((s) => s.kind === 'question').length;
		expect(list[0]!.questionCount).toBe(questions);
		expect(list[0]!.slideCount).toBe(meldVerdachtGedrag.slides.length);
		expect((await getWorkshop(beheerder, list[0]!.id)).content).toEqual(meldVerdachtGedrag);
	});

	it('can be restored once deleted, and not twice', async () => {
		const [builtIn] = await listWorkshops(presentator);
		expect((await failure(restoreBuiltInWorkshop(presentator))).code).toBe('workshop.error.builtInPresent');
		await deleteWorkshop(presentator, builtIn!.id);
		expect(await listWorkshops(presentator)).toHaveLength(0);
		const restored = await restoreBuiltInWorkshop(presentator);
		expect(restored.title).toBe(meldVerdachtGedrag.title);
		expect((await listWorkshops(presentator)).map((w) => w.builtIn)).toEqual([MELD_VERDACHT_GEDRAG_KEY]);
	});
});

describe('authoring', () => {
	let id: string;

	it('creates a workshop for the actor’s organisation', async () => {
		({ id } = await createWorkshop(presentator, sample));
		const stored = await getWorkshop(presentator, id);
		expect(stored.content).toEqual(sample);
		const list = await listWorkshops(presentator);
		expect(list.find((w) => w.id === id)).toMatchObject({ questionCount: 2, slideCount: 3, builtIn: null });
	});

	it('updates and bumps updatedAt', async () => {
		const before = await getWorkshop(presentator, id);
		const changed = { ...sample, title: 'Inbraakpreventie 2.0', slides: [...sample.slides].reverse() };
		const { updatedAt } = await updateWorkshop(presentator, id, changed, before.updatedAt);
		expect(updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
		const after = await getWorkshop(presentator, id);
		expect(after.content.slides.map((s) => s.id)).toEqual(['q2', 'q1', 'intro']);
		expect((await listWorkshops(presentator)).find((w) => w.id === id)!.title).toBe('Inbraakpreventie 2.0');
	});

	it('refuses a save based on an older version (someone else saved in between)', async () => {
		const stale = new Date(Date.now() - 60_000);
		const err = await failure(updateWorkshop(presentator, id, sample, stale));
		expect([err.code, err.status]).toEqual(['workshop.error.changedElsewhere', 409]);
		expect((await getWorkshop(presentator, id)).content.title).toBe('Inbraakpreventie 2.0');
	});

	it('refuses invalid content with issues by path and saves nothing', async () => {
		const bad = structuredClone(sample);
		const q1 = bad.slides[1]!;
		if (q1.kind !== 'question') throw new Error('fixture');
		q1.correct = [];
		q1.options[1]!.text = ' ';
		bad.slides[2] = { ...bad.slides[2]!, timeLimitSec: 999 } as Workshop['slides'][number];
		bad.title = '';
		const err = await failure(updateWorkshop(presentator, id, bad));
		expect(err).toBeInstanceOf(WorkshopInvalidError);
		const issues = (err as WorkshopInvalidError).issues;
		expect(issues).toEqual(
			expect.arrayContaining([
				{ path: ['title'], key: 'error.required' },
				{ path: ['slides', 1, 'options', 1, 'text'], key: 'error.required' },
				{ path: ['slides', 2, 'timeLimitSec'], key: 'workshop.error.timeLimit', params: { min: 5, max: 240 } }
			])
		);
		// With the text fixed, the missing right answer is what remains.
		q1.options[1]!.text = 'Zelf ingrijpen';
		bad.title = 'x';
		bad.slides[2] = sample.slides[2]!;
		const second = (await failure(updateWorkshop(presentator, id, bad))) as WorkshopInvalidError;
		expect(second.issues).toEqual([
			{ path: ['slides', 1, 'correct'], key: 'workshop.error.chooseOneCorrect' }
		]);
		expect((await getWorkshop(presentator, id)).content.title).toBe('Inbraakpreventie 2.0');
	});

	it('reports too many options with the maximum', async () => {
		const bad = structuredClone(sample);
		const q1 = bad.slides[1]!;
		if (q1.kind !== 'question') throw new Error('fixture');
		q1.options = Array.from({ length: 7 }, (_, i) => ({ id: `o${i}`, text: `Optie ${i}` }));
		q1.correct = ['o0'];
		const err = (await failure(createWorkshop(presentator, bad))) as WorkshopInvalidError;
		expect(err.issues).toEqual([
			{ path: ['slides', 1, 'options'], key: 'workshop.error.tooManyOptions', params: { max: 6 } }
		]);
	});

	it('copies with " (kopie)" as a workshop of its own', async () => {
		const copy = await copyWorkshop(presentator, id);
		expect(copy.title).toBe('Inbraakpreventie 2.0 (kopie)');
		expect(copy.id).not.toBe(id);
		const stored = await getWorkshop(presentator, copy.id);
		expect(stored.builtIn).toBeNull();
		expect(stored.content.slides).toEqual((await getWorkshop(presentator, id)).content.slides);
		// A long title still fits the limit after the suffix.
		const long = await createWorkshop(presentator, { ...sample, title: 'L'.repeat(120) });
		const longCopy = await copyWorkshop(presentator, long.id);
		expect(longCopy.title).toHaveLength(120);
		expect(longCopy.title.endsWith(' (kopie)')).toBe(true);
	});

	it('deletes', async () => {
		const { id: doomed } = await createWorkshop(presentator, sample);
		expect(await deleteWorkshop(presentator, doomed)).toEqual({ title: sample.title });
		expect((await failure(getWorkshop(presentator, doomed))).code).toBe('workshop.error.notFound');
		expect((await failure(deleteWorkshop(presentator, doomed))).status).toBe(404);
	});

	it('beheerders may author too', async () => {
		const { id: own } = await createWorkshop(beheerder, sample);
		expect((await getWorkshop(beheerder, own)).content.title).toBe(sample.title);
	});
});

describe('export and import', () => {
	it('round-trips a workshop through its export file', async () => {
		const { id } = await createWorkshop(presentator, sample);
		const exported = await exportWorkshop(presentator, id);
		expect(exported.fileName).toBe('inbraakpreventie.json');
		expect(exported.data).toEqual({ format: 'duizend-ogen.workshop', version: 1, workshop: sample });
		const before = (await listWorkshops(presentator)).length;
		const imported = await importWorkshop(presentator, JSON.stringify(exported.data));
		expect(imported.title).toBe(sample.title);
		expect((await getWorkshop(presentator, imported.id)).content).toEqual(sample);
		expect(await listWorkshops(presentator)).toHaveLength(before + 1);
	});

	it('imports into the actor’s own organisation', async () => {
		const file = JSON.stringify({ format: 'duizend-ogen.workshop', version: 1, workshop: sample });
		const imported = await importWorkshop(outsider, file);
		const [row] = await db().select().from(workshop).where(eq(workshop.id, imported.id));
		expect(row!.organisationId).toBe(outsider.organisationId);
		await deleteWorkshop(outsider, imported.id);
	});

	it('refuses bad files with a clear error and creates nothing', async () => {
		const count = async () => (await db().select().from(workshop)).length;
		const before = await count();
		const invalid = structuredClone(sample);
		const q1 = invalid.slides[1]!;
		if (q1.kind === 'question') q1.correct = ['a', 'b'];
		const cases: [string, string][] = [
			['{ "format": "duizend-ogen.workshop", ', 'workshop.import.badJson'],
			['', 'workshop.import.badJson'],
			['[1, 2, 3]', 'workshop.import.wrongFormat'],
			[JSON.stringify(sample), 'workshop.import.wrongFormat'],
			[
				JSON.stringify({ format: 'duizend-ogen.workshop', version: 2, workshop: sample }),
				'workshop.import.unsupportedVersion'
			],
			[
				JSON.stringify({ format: 'duizend-ogen.workshop', version: 1, workshop: invalid }),
				'workshop.import.invalid'
			],
			[
				JSON.stringify({
					format: 'duizend-ogen.workshop',
					version: 1,
					workshop: 'x'.repeat(MAX_IMPORT_BYTES)
				}),
				'workshop.import.tooLarge'
			]
		];
		for (const [text, code] of cases) {
			const err = await failure(importWorkshop(presentator, text));
			expect(err.code, text.slice(0, 60)).toBe(code);
		}
		const invalidErr = (await failure(importWorkshop(presentator, cases[5]![0]))) as WorkshopInvalidError;
		expect(invalidErr.issues).toEqual([
			{ path: ['slides', 1, 'correct'], key: 'workshop.error.chooseOneCorrect' }
		]);
		expect(await count()).toBe(before);
	});

	it('makes safe file names', () => {
		expect(exportFileName('Meld Verdacht Gedrag')).toBe('meld-verdacht-gedrag.json');
		expect(exportFileName('Één café / "test"')).toBe('een-cafe-test.json');
		expect(exportFileName('???')).toBe('workshop.json');
	});
});

describe('permissions and organisations', () => {
	it('refuses organisators', async () => {
		const [w] = await listWorkshops(presentator);
		for (const attempt of [
			() => listWorkshops(organisator),
			() => getWorkshop(organisator, w!.id),
			() => createWorkshop(organisator, sample),
			() => updateWorkshop(organisator, w!.id, sample),
			() => copyWorkshop(organisator, w!.id),
			() => deleteWorkshop(organisator, w!.id),
			() => exportWorkshop(organisator, w!.id),
			() => importWorkshop(organisator, '{}'),
			() => restoreBuiltInWorkshop(organisator)
		]) {
			const err = await failure(attempt());
			expect([err.code, err.status]).toEqual(['error.forbidden', 403]);
		}
	});

	it('reports another organisation’s workshop as missing', async () => {
		const [w] = await listWorkshops(presentator);
		expect(await listWorkshops(outsider)).toEqual([]);
		// Functions, not promises: a promise made up front could reject before it is awaited.
		for (const attempt of [
			() => getWorkshop(outsider, w!.id),
			() => updateWorkshop(outsider, w!.id, sample),
			() => copyWorkshop(outsider, w!.id),
			() => deleteWorkshop(outsider, w!.id),
			() => exportWorkshop(outsider, w!.id),
			() => getWorkshop(presentator, 'not-a-uuid')
		]) {
			const err = await failure(attempt());
			expect([err.code, err.status]).toEqual(['workshop.error.notFound', 404]);
		}
		expect((await getWorkshop(presentator, w!.id)).content.title).toBe(w!.title);
	});

	it('adds the ready-made workshop to any organisation on request (demo seeding)', async () => {
		await addBuiltInWorkshop(outsider.organisationId);
		expect((await listWorkshops(outsider)).map((w) => w.builtIn)).toEqual([MELD_VERDACHT_GEDRAG_KEY]);
	});
});
