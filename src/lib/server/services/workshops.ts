/**
 * Authoring workshops: the slides and questions a presentator shows in a live session.
 * Every function takes the acting user, checks 'workshops:edit' and works only inside the
 * actor's organisation; a workshop of another organisation is reported as missing (404).
 */
import { isUnstorable } from '$lib/domain/text';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Db } from '$lib/server/db';
import { workshop } from '$lib/server/db/schema';
import { can } from '$lib/server/auth/roles';
import { AppError } from '$lib/server/errors';
import { isMessageKey, type MessageKey, type MessageParams } from '$lib/i18n';
import { TIME_LIMIT_MAX_SEC, TIME_LIMIT_MIN_SEC, workshopSchema, type Workshop } from '$lib/domain/workshop';
import { MELD_VERDACHT_GEDRAG_KEY, meldVerdachtGedrag } from '$lib/content/meld-verdacht-gedrag';
import type { SessionUser } from './auth';

/** What an exported file says it is; checked again on import. */
export const EXPORT_FORMAT = 'duizend-ogen.workshop';
export const EXPORT_VERSION = 1;
/**
 * Largest import file. Well below adapter-node's BODY_SIZE_LIMIT (512K by default), so an
 * oversized file reaches us and gets a clear message instead of a bare 413.
 */
export const MAX_IMPORT_BYTES = 256 * 1024;
/** Appended to the title of a copy. Titles are content (not interface text), so it is Dutch. */
const COPY_SUFFIX = ' (kopie)';
const TITLE_MAX = 120;

export interface WorkshopExport {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	workshop: Workshop;
}

/** One validation problem: where (zod path into the workshop) and what (a catalogue key). */
export interface WorkshopIssue {
	path: (string | number)[];
	key: MessageKey;
	params?: MessageParams;
}

/** Thrown when a workshop does not pass workshopSchema; nothing has been saved. */
export class WorkshopInvalidError extends AppError {
	constructor(
		readonly issues: WorkshopIssue[],
		code: MessageKey = 'workshop.error.invalid'
	) {
		super(code, 400);
		this.name = 'WorkshopInvalidError';
	}
}

export interface WorkshopSummary {
	id: string;
	title: string;
	slideCount: number;
	questionCount: number;
	builtIn: string | null;
	updatedAt: Date;
}

export interface StoredWorkshop {
	id: string;
	content: Workshop;
	builtIn: string | null;
	updatedAt: Date;
}

function assertEditor(actor: SessionUser) {
	if (!can(actor.role, 'workshops:edit')) throw new AppError('error.forbidden', 403);
}

function toIssue(issue: z.core.$ZodIssue): WorkshopIssue {
	const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
	// An emptied number field arrives as null; "choose a time between …" says what to do.
	const key =
		path.at(-1) === 'timeLimitSec'
			? 'workshop.error.timeLimit'
			: isMessageKey(issue.message)
				? issue.message
				: 'error.invalidInput';
	if (key === 'workshop.error.timeLimit')
		return { path, key, params: { min: TIME_LIMIT_MIN_SEC, max: TIME_LIMIT_MAX_SEC } };
	if (issue.code === 'too_big') return { path, key, params: { max: Number(issue.maximum) } };
	return { path, key };
}

/**
 * A slide is an info slide or a question (a union). When neither fits, zod reports both
 * attempts as one "invalid union"; the attempt whose `kind` matched holds the real problems
 * (e.g. "choose one right answer"), so those are reported, at their full path.
 */
function flatten(issues: z.core.$ZodIssue[], prefix: PropertyKey[] = []): z.core.$ZodIssue[] {
	return issues.flatMap((issue) => {
		const path = [...prefix, ...issue.path];
		if (issue.code === 'invalid_union') {
			const matching = issue.errors.filter((attempt) => !attempt.some((i) => i.path.join('.') === 'kind'));
			if (matching.length === 1) return flatten(matching[0]!, path);
		}
		return [{ ...issue, path }];
	});
}

/** Validates untrusted content (a form post, an imported file) into a Workshop, or throws. */
export function parseWorkshop(content: unknown, code?: MessageKey): Workshop {
	const parsed = workshopSchema.safeParse(content);
	if (!parsed.success) throw new WorkshopInvalidError(flatten(parsed.error.issues).map(toIssue), code);
	// Text is cleaned by the schema; this catches anything else PostgreSQL's jsonb would refuse.
	if (isUnstorable(parsed.data)) throw new AppError('error.unstorable', 400);
	return parsed.data;
}

/** Non-uuid ids would make PostgreSQL throw; to the user they are simply unknown workshops. */
const uuid = z.uuid();

async function findOwn(actor: SessionUser, id: string) {
	assertEditor(actor);
	if (!uuid.safeParse(id).success) throw new AppError('workshop.error.notFound', 404);
	const [row] = await db()
		.select()
		.from(workshop)
		.where(and(eq(workshop.id, id), eq(workshop.organisationId, actor.organisationId)));
	// Another organisation's workshop is reported as missing, not forbidden: no probing.
	if (!row) throw new AppError('workshop.error.notFound', 404);
	return row;
}

async function insert(
	executor: Db,
	organisationId: string,
	content: Workshop,
	extra: { builtIn?: string; createdBy?: string } = {}
): Promise<{ id: string; title: string }> {
	const now = new Date();
	const [row] = await executor
		.insert(workshop)
		.values({
			organisationId,
			title: content.title,
			content,
			builtIn: extra.builtIn ?? null,
			createdBy: extra.createdBy ?? null,
			createdAt: now,
			updatedAt: now
		})
		.returning({ id: workshop.id, title: workshop.title });
	return row!;
}

/** The organisation's workshops with their sizes, without reading every document into memory. */
export async function listWorkshops(actor: SessionUser): Promise<WorkshopSummary[]> {
	assertEditor(actor);
	return db()
		.select({
			id: workshop.id,
			title: workshop.title,
			slideCount: sql<number>`jsonb_array_length(${workshop.content}->'slides')::int`,
			questionCount: sql<number>`(select count(*)::int from jsonb_array_elements(${workshop.content}->'slides') s where s->>'kind' = 'question')`,
			builtIn: workshop.builtIn,
			updatedAt: workshop.updatedAt
		})
		.from(workshop)
		.where(eq(workshop.organisationId, actor.organisationId))
		.orderBy(asc(workshop.title), asc(workshop.createdAt));
}

export async function getWorkshop(actor: SessionUser, id: string): Promise<StoredWorkshop> {
	const row = await findOwn(actor, id);
	return { id: row.id, content: row.content, builtIn: row.builtIn, updatedAt: row.updatedAt };
}

export async function createWorkshop(
	actor: SessionUser,
	content: unknown
): Promise<{ id: string; title: string }> {
	assertEditor(actor);
	return insert(db(), actor.organisationId, parseWorkshop(content), { createdBy: actor.id });
}

/**
 * Replaces a workshop's content. With `expectedUpdatedAt` (when the editor loaded it) the save
 * is refused if someone else saved in between, so two colleagues never silently overwrite
 * each other's work.
 */
export async function updateWorkshop(
	actor: SessionUser,
	id: string,
	content: unknown,
	expectedUpdatedAt?: Date
): Promise<{ updatedAt: Date }> {
	const row = await findOwn(actor, id);
	const valid = parseWorkshop(content);
	const updatedAt = new Date(Math.max(Date.now(), row.updatedAt.getTime() + 1));
	const conditions = [eq(workshop.id, row.id)];
	// Compared at millisecond precision: that is all a JS Date (and so the editor) knows of it.
	if (expectedUpdatedAt)
		conditions.push(
			sql`date_trunc('milliseconds', ${workshop.updatedAt}) = ${expectedUpdatedAt.toISOString()}::timestamptz`
		);
	const updated = await db()
		.update(workshop)
		.set({ title: valid.title, content: valid, updatedAt })
		.where(and(...conditions))
		.returning({ id: workshop.id });
	if (updated.length === 0) throw new AppError('workshop.error.changedElsewhere', 409);
	return { updatedAt };
}

export async function copyWorkshop(actor: SessionUser, id: string): Promise<{ id: string; title: string }> {
	const row = await findOwn(actor, id);
	const title = row.content.title.slice(0, TITLE_MAX - COPY_SUFFIX.length).trimEnd() + COPY_SUFFIX;
	// A copy is the organisation's own workshop, not the ready-made one, so no builtIn key.
	return insert(db(), actor.organisationId, { ...row.content, title }, { createdBy: actor.id });
}

export async function deleteWorkshop(actor: SessionUser, id: string): Promise<{ title: string }> {
	const row = await findOwn(actor, id);
	// Live sessions keep their own snapshot of the slides; their link is set to null.
	await db().delete(workshop).where(eq(workshop.id, row.id));
	return { title: row.title };
}

/** A file name without spaces, accents or path characters, e.g. "meld-verdacht-gedrag.json". */
export function exportFileName(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${slug || 'workshop'}.json`;
}

export async function exportWorkshop(
	actor: SessionUser,
	id: string
): Promise<{ fileName: string; data: WorkshopExport }> {
	const row = await findOwn(actor, id);
	return {
		fileName: exportFileName(row.content.title),
		data: { format: EXPORT_FORMAT, version: EXPORT_VERSION, workshop: row.content }
	};
}

const envelopeSchema = z.object({
	format: z.literal(EXPORT_FORMAT),
	version: z.number(),
	workshop: z.unknown()
});

/**
 * Creates a new workshop in the actor's organisation from an exported file's text. The whole
 * file is checked before anything is written: bad JSON, another format, a newer version or an
 * invalid question all end in an AppError and no workshop.
 */
export async function importWorkshop(
	actor: SessionUser,
	fileText: string
): Promise<{ id: string; title: string }> {
	assertEditor(actor);
	if (Buffer.byteLength(fileText, 'utf8') > MAX_IMPORT_BYTES)
		throw new AppError('workshop.import.tooLarge', 413, { max: MAX_IMPORT_BYTES / 1024 });
	let json: unknown;
	try {
		json = JSON.parse(fileText.replace(/^\uFEFF/, ''));
	} catch {
		throw new AppError('workshop.import.badJson', 400);
	}
	const envelope = envelopeSchema.safeParse(json);
	if (!envelope.success) throw new AppError('workshop.import.wrongFormat', 400);
	if (envelope.data.version !== EXPORT_VERSION)
		throw new AppError('workshop.import.unsupportedVersion', 400, { version: envelope.data.version });
	const content = parseWorkshop(envelope.data.workshop, 'workshop.import.invalid');
	return insert(db(), actor.organisationId, content, { createdBy: actor.id });
}

/**
 * Gives an organisation a copy of the ready-made workshop. No permission check: called by
 * setup and demo seeding (pass the transaction to make it part of one), and by
 * restoreBuiltInWorkshop after its own check.
 */
export async function addBuiltInWorkshop(
	organisationId: string,
	executor: Db = db(),
	createdBy?: string
): Promise<{ id: string; title: string }> {
	// Parsed like any other input: a mistake in the content must fail loudly (tests), never be stored.
	const content = parseWorkshop(structuredClone(meldVerdachtGedrag));
	return insert(executor, organisationId, content, { builtIn: MELD_VERDACHT_GEDRAG_KEY, createdBy });
}

export async function hasBuiltInWorkshop(organisationId: string, executor: Db = db()): Promise<boolean> {
	const rows = await executor
		.select({ id: workshop.id })
		.from(workshop)
		.where(and(eq(workshop.organisationId, organisationId), eq(workshop.builtIn, MELD_VERDACHT_GEDRAG_KEY)))
		.limit(1);
	return rows.length > 0;
}

/** Puts the ready-made workshop back after the organisation deleted its copy. */
export async function restoreBuiltInWorkshop(actor: SessionUser): Promise<{ id: string; title: string }> {
	assertEditor(actor);
	if (await hasBuiltInWorkshop(actor.organisationId))
		throw new AppError('workshop.error.builtInPresent', 409);
	return addBuiltInWorkshop(actor.organisationId, db(), actor.id);
}
