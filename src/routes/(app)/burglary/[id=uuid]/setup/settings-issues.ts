/**
 * Where a problem the server found in posted settings is shown on the set-up form. The
 * service reports a path into what was posted ("boeven.1.name"); this places it beside a
 * field ("boef:b2:name") by the boef's id, and replaces the schema's generic "invalid" by
 * words that say what to fix. Also merges the plain fields of a form posted without
 * JavaScript over the settings JSON. Pure: used by the action and by tests.
 */
import { isMessageKey, type MessageKey, type MessageParams } from '$lib/i18n';

export interface PlacedIssue {
	/** 'title', 'periodEnd', 'area', 'boeven', 'boef:b1:name', 'boef:b1:movement', 'form', … */
	slot: string;
	key: MessageKey;
	params?: MessageParams;
}

const TOP_FIELDS = [
	'title',
	'periodStart',
	'periodEnd',
	'targetCount',
	'stopWindowMinutes',
	'retentionDays',
	'area',
	'workshopSessionId',
	'boeven'
] as const;

/** Clearer words than "invalid input" for each place. */
const INSTEAD_OF_INVALID: Record<string, MessageKey> = {
	periodStart: 'burglary.error.date',
	periodEnd: 'burglary.error.date',
	targetCount: 'burglary.error.targetCount',
	stopWindowMinutes: 'burglary.error.stopWindow',
	retentionDays: 'burglary.error.retention',
	area: 'burglary.error.area',
	workshopSessionId: 'burglary.error.workshop',
	name: 'burglary.error.boefName',
	movement: 'burglaryAdmin.error.route'
};

const MAX_LENGTH: Record<string, number> = { title: 120, name: 60 };

function boefIdAt(draft: unknown, index: string): string | undefined {
	const boeven = (draft as { boeven?: unknown } | null)?.boeven;
	if (!Array.isArray(boeven) || !/^\d+$/.test(index)) return undefined;
	const id = (boeven[Number(index)] as { id?: unknown } | undefined)?.id;
	return typeof id === 'string' && /^b\d{1,3}$/.test(id) ? id : undefined;
}

function slotOf(path: string, draft: unknown): { slot: string; field: string } {
	const [first = '', index, second] = path.split('.');
	if (first === 'boeven' && index !== undefined) {
		const id = boefIdAt(draft, index);
		if (id && (second === 'name' || second === 'movement'))
			return { slot: `boef:${id}:${second}`, field: second };
		return { slot: 'boeven', field: 'boeven' };
	}
	const top = TOP_FIELDS.find((f) => f === first);
	return top ? { slot: top, field: top } : { slot: 'form', field: 'form' };
}

export function placeIssues(
	issues: readonly { path: string; messageKey: string }[],
	draft: unknown
): PlacedIssue[] {
	return issues.map((issue) => {
		const { slot, field } = slotOf(issue.path, draft);
		let key: MessageKey = isMessageKey(issue.messageKey) ? issue.messageKey : 'error.invalidInput';
		if (key === 'error.invalidInput') key = INSTEAD_OF_INVALID[field] ?? key;
		const max = MAX_LENGTH[field];
		return key === 'error.tooLong' && max ? { slot, key, params: { max } } : { slot, key };
	});
}

/** One message per slot is enough beside a field (the first the server found). */
export function issuesAt(issues: readonly PlacedIssue[], slot: string): PlacedIssue[] {
	const first = issues.find((i) => i.slot === slot);
	return first ? [first] : [];
}

const NUMBER_FIELDS = ['targetCount', 'stopWindowMinutes', 'retentionDays'] as const;
const TEXT_FIELDS = ['periodStart', 'periodEnd'] as const;

/**
 * The settings to save: the JSON the form carries, with what its plain inputs say on top.
 * With JavaScript both agree; without it, the JSON is the page as it was rendered and the
 * inputs hold the organiser's changes (dates, numbers, workshop, boef names).
 */
export function mergeFormFields(settings: unknown, form: Record<string, string>): unknown {
	if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return settings;
	const merged: Record<string, unknown> = { ...settings };
	for (const f of TEXT_FIELDS) if (f in form) merged[f] = form[f];
	for (const f of NUMBER_FIELDS) if (f in form) merged[f] = form[f]!.trim() === '' ? null : Number(form[f]);
	if ('workshopSessionId' in form) merged.workshopSessionId = form.workshopSessionId || null;
	if (Array.isArray(merged.boeven))
		merged.boeven = merged.boeven.map((b: unknown) => {
			const id = (b as { id?: unknown } | null)?.id;
			const name = typeof id === 'string' ? form[`boef-${id}-name`] : undefined;
			return name === undefined ? b : { ...(b as object), name };
		});
	return merged;
}
