/**
 * Where a problem with a saved plan belongs in the set-up editor. The server reports a path into
 * the plan it checked ("boeven.0.codeWord"); this places it beside a field ("boef:b1:codeWord")
 * by the boef's or clue's id, so it stays with its boef when the list changes afterwards.
 * Shared by server and browser: plain data in, plain data out.
 */
import { isMessageKey, type MessageKey, type MessageParams } from '$lib/i18n';

/** DOM ids of the editor's fields: what the summary at the top links to. */
export const ids = {
	title: 'setup-title',
	scheduledAt: 'setup-scheduledAt',
	area: 'setup-area',
	rounds: 'setup-rounds',
	roundCount: 'setup-round-count',
	roundLength: (index: number) => `setup-round-${index}-length`,
	roundRadius: (index: number) => `setup-round-${index}-radius`,
	boeven: 'setup-boeven',
	boef: (boefId: string) => `boef-${boefId}`,
	boefField: (boefId: string, field: BoefField) => `boef-${boefId}-${field}`,
	/** Prefix of the SignalementFields ids of a boef. */
	signalement: (boefId: string) => `boef-${boefId}-sig`,
	clues: 'setup-clues',
	clue: (clueId: string) => `clue-${clueId}`,
	clueField: (clueId: string, field: ClueField) => `clue-${clueId}-${field}`
};

export type BoefField = 'name' | 'codeWord' | 'entry' | 'movement' | 'route' | 'speed' | 'signalement';
export type ClueField = 'round' | 'offset' | 'boef' | 'text' | 'fields' | 'circle';

export interface PlanIssueView {
	key: MessageKey;
	params?: MessageParams;
	/**
	 * Where the editor shows it: 'title', 'scheduledAt', 'area', 'rounds', 'round.2.length',
	 * 'round.2.radius', 'boeven', 'boef:b1:codeWord', 'clues', 'clue:t3:offset'.
	 */
	slot: string;
	/** For a problem inside a boef's signalement: its path there ("person.ageYears.max"). */
	signalementPath?: string;
	/** The field's name for the summary. */
	label?: MessageKey;
	boefId?: string;
	clueId?: string;
	/** DOM ids to jump to from the summary, the first that exists on the page. */
	targets: string[];
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,40}$/;

function idAt(list: unknown, index: string | undefined): string | undefined {
	if (!Array.isArray(list) || index === undefined || !/^\d+$/.test(index)) return undefined;
	const id = (list[Number(index)] as { id?: unknown } | undefined)?.id;
	return typeof id === 'string' && SAFE_ID.test(id) ? id : undefined;
}

/** The longest text the schema allows per field, for "at most {max} characters". */
const MAX_LENGTH: Record<string, number> = { title: 120, name: 40, codeWord: 40, text: 500 };

/** Clearer words than the schema's generic "invalid" for fields that are numbers or lists. */
const SPECIFIC: Record<string, MessageKey> = {
	scheduledAt: 'gameSetup.error.scheduledAt',
	area: 'gameSetup.error.area',
	length: 'gameSetup.error.roundLength',
	radius: 'gameSetup.error.radius',
	rounds: 'gameSetup.error.rounds',
	route: 'gameSetup.error.route',
	speed: 'gameSetup.error.speed',
	offset: 'gameSetup.error.offset',
	boeven: 'gameSetup.error.boeven',
	clues: 'gameSetup.error.clues'
};

function message(raw: string, field: string): { key: MessageKey; params?: MessageParams } {
	const key: MessageKey = isMessageKey(raw) ? raw : 'error.invalidInput';
	if (key === 'error.tooLong') {
		const max = MAX_LENGTH[field];
		return max ? { key, params: { max } } : { key: SPECIFIC[field] ?? 'error.invalidInput' };
	}
	if (key === 'error.invalidInput' && SPECIFIC[field]) return { key: SPECIFIC[field] };
	return { key };
}

const BOEF_FIELDS: Record<string, BoefField> = {
	id: 'name',
	name: 'name',
	codeWord: 'codeWord',
	entry: 'entry',
	signalement: 'signalement'
};

const BOEF_LABELS: Record<BoefField, MessageKey> = {
	name: 'gameSetup.boef.name',
	codeWord: 'gameSetup.boef.codeWord',
	entry: 'gameSetup.boef.entry',
	movement: 'gameSetup.boef.movement',
	route: 'gameSetup.route.title',
	speed: 'gameSetup.route.speed',
	signalement: 'gameSetup.boef.signalement'
};

const CLUE_FIELDS: Record<string, ClueField> = {
	id: 'round',
	round: 'round',
	offsetMs: 'offset',
	boefId: 'boef',
	text: 'text',
	fields: 'fields',
	circle: 'circle'
};

const CLUE_LABELS: Record<ClueField, MessageKey> = {
	round: 'gameSetup.clue.round',
	offset: 'gameSetup.clue.minute',
	boef: 'gameSetup.clue.boef',
	text: 'gameSetup.clue.text',
	fields: 'gameSetup.clue.fields',
	circle: 'gameSetup.clue.circle'
};

function boefIssue(plan: { boeven?: unknown }, rest: string[], raw: string): PlanIssueView {
	const boefId = idAt(plan.boeven, rest[0]);
	if (!boefId) return { ...message(raw, 'boeven'), slot: 'boeven', targets: [ids.boeven] };
	const [, name, ...deeper] = rest;
	if (name === 'movement') {
		const field: BoefField = deeper.includes('speedMps') ? 'speed' : 'route';
		return {
			...message(raw, field),
			slot: `boef:${boefId}:${field}`,
			label: BOEF_LABELS[field],
			boefId,
			targets: [ids.boefField(boefId, field), ids.boefField(boefId, 'movement'), ids.boef(boefId)]
		};
	}
	const field = (name && BOEF_FIELDS[name]) || undefined;
	if (!field)
		return { ...message(raw, 'boeven'), slot: `boef:${boefId}`, boefId, targets: [ids.boef(boefId)] };
	if (field === 'signalement') {
		const path = deeper.join('.');
		const prefix = ids.signalement(boefId);
		return {
			...message(raw, 'signalement'),
			slot: `boef:${boefId}:signalement`,
			signalementPath: path,
			label: BOEF_LABELS.signalement,
			boefId,
			// SignalementFields names its inputs prefix + path with dashes ("…-person-ageYears-max").
			targets: [
				`${prefix}-${deeper.join('-')}`,
				`${prefix}-${deeper.slice(0, -1).join('-')}`,
				ids.boefField(boefId, 'signalement')
			]
		};
	}
	return {
		...message(raw, field),
		slot: `boef:${boefId}:${field}`,
		label: BOEF_LABELS[field],
		boefId,
		targets: [ids.boefField(boefId, field), ids.boef(boefId)]
	};
}

function clueIssue(plan: { clues?: unknown }, rest: string[], raw: string): PlanIssueView {
	const clueId = idAt(plan.clues, rest[0]);
	if (!clueId) return { ...message(raw, 'clues'), slot: 'clues', targets: [ids.clues] };
	const field = (rest[1] && CLUE_FIELDS[rest[1]]) || undefined;
	if (!field)
		return { ...message(raw, 'clues'), slot: `clue:${clueId}`, clueId, targets: [ids.clue(clueId)] };
	return {
		...message(raw, field),
		slot: `clue:${clueId}:${field}`,
		label: CLUE_LABELS[field],
		clueId,
		targets: [ids.clueField(clueId, field), ids.clue(clueId)]
	};
}

function roundIssue(rest: string[], raw: string, field: 'length' | 'radius'): PlanIssueView {
	const index = rest[0] !== undefined && /^\d+$/.test(rest[0]) ? Number(rest[0]) : undefined;
	if (index === undefined)
		return { ...message(raw, 'rounds'), slot: 'rounds', targets: [ids.roundCount, ids.rounds] };
	const target = field === 'length' ? ids.roundLength(index) : ids.roundRadius(index);
	return {
		...message(raw, field),
		slot: `round.${index}.${field}`,
		label: field === 'length' ? 'gameSetup.rounds.length' : 'gameSetup.rounds.radius',
		targets: [target, ids.rounds]
	};
}

/** Places one problem the server reported (a dotted path into the posted plan, or "title"). */
export function viewPlanIssue(plan: unknown, issue: { path: string; messageKey: string }): PlanIssueView {
	const p = (plan ?? {}) as { boeven?: unknown; clues?: unknown };
	const [head = '', ...rest] = issue.path === '' ? [] : issue.path.split('.');
	const raw = issue.messageKey;
	switch (head) {
		case 'title':
			return {
				...message(raw, 'title'),
				slot: 'title',
				label: 'gameSetup.field.title',
				targets: [ids.title]
			};
		case 'scheduledAt':
			return {
				...message(raw, 'scheduledAt'),
				slot: 'scheduledAt',
				label: 'gameSetup.field.scheduledAt',
				targets: [ids.scheduledAt]
			};
		case 'area':
			return { ...message(raw, 'area'), slot: 'area', label: 'gameSetup.area.title', targets: [ids.area] };
		case 'schedule':
			return roundIssue(rest.slice(1), raw, 'length');
		case 'radiiM':
			return roundIssue(rest, raw, 'radius');
		case 'boeven':
			return boefIssue(p, rest, raw);
		case 'clues':
			return clueIssue(p, rest, raw);
		default:
			return { ...message(raw, ''), slot: 'plan', targets: [] };
	}
}
