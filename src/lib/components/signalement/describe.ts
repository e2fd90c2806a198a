/**
 * A signalement as short readable lines in police order: the person from top to bottom, then
 * the vehicle. Pure (the caller passes the translate function), so it is tested without a page
 * and can also build texts for a clue or a debrief.
 */
import type { MessageKey, MessageParams } from '$lib/i18n';
import {
	CLOTHING_PARTS,
	filledFields,
	formatPlate,
	type ClothingPart,
	type Signalement,
	type SignalementField
} from '$lib/domain/boef/signalement';
import {
	buildKey,
	colourKey,
	FIELD_LABEL_KEYS,
	hairColourKey,
	hairLengthKey,
	sexKey,
	vehicleKindKey
} from './fields';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * What a line describes. Mostly one field; 'person.hair' combines colour, length and style,
 * 'person.face' combines glasses, beard and face, and 'vehicle' is "colour, make model, kind".
 */
export type DescriptionLineId =
	| 'person.sex'
	| 'person.age'
	| 'person.height'
	| 'person.build'
	| 'person.hair'
	| 'person.face'
	| `person.clothing.${ClothingPart}`
	| 'person.particulars'
	| 'person.carrying'
	| 'person.direction'
	| 'vehicle'
	| 'vehicle.plate'
	| 'vehicle.lettering'
	| 'vehicle.direction';

export interface DescriptionLine {
	field: DescriptionLineId;
	/** The fields this line shows. */
	fields: SignalementField[];
	label: string;
	text: string;
}

type Range = { min?: number; max?: number } | undefined;

function rangeText(r: Range, unit: 'age' | 'height', tr: Translate): string | undefined {
	const { min, max } = r ?? {};
	if (min !== undefined && max !== undefined)
		return min === max
			? tr(`signalement.${unit}.about`, { value: min })
			: tr(`signalement.${unit}.between`, { min, max });
	if (min !== undefined) return tr(`signalement.${unit}.atLeast`, { min });
	if (max !== undefined) return tr(`signalement.${unit}.atMost`, { max });
	return undefined;
}

/** "a", "a en b", "a, b en c". */
export function joinAnd(items: string[], tr: Translate): string {
	if (items.length <= 1) return items[0] ?? '';
	return tr('signalement.join.and', {
		first: items.slice(0, -1).join(', '),
		last: items[items.length - 1]!
	});
}

const words = (parts: (string | undefined)[]) =>
	parts.filter((p): p is string => p !== undefined && p.trim() !== '').map((p) => p.trim());

/**
 * The lines of a signalement, only for fields it fills and, when `fields` is given, only for
 * those fields (a clue that reveals part of the description).
 */
export function describeSignalement(
	s: Signalement | undefined,
	fields: readonly SignalementField[] | undefined,
	tr: Translate
): DescriptionLine[] {
	const shown = new Set(filledFields(s).filter((f) => !fields || fields.includes(f)));
	const lines: DescriptionLine[] = [];
	const add = (
		field: DescriptionLineId,
		label: MessageKey,
		parts: [SignalementField, string | undefined][]
	) => {
		const used = parts.filter(([f]) => shown.has(f));
		const texts = words(used.map(([, text]) => text));
		if (texts.length > 0)
			lines.push({ field, fields: used.map(([f]) => f), label: tr(label), text: texts.join(', ') });
	};
	const p = s?.person;
	const v = s?.vehicle;
	const label = (f: SignalementField) => FIELD_LABEL_KEYS[f];

	add('person.sex', label('person.sex'), [['person.sex', p?.sex && tr(sexKey(p.sex))]]);
	add('person.age', label('person.age'), [['person.age', rangeText(p?.ageYears, 'age', tr)]]);
	add('person.height', label('person.height'), [['person.height', rangeText(p?.heightCm, 'height', tr)]]);
	add('person.build', label('person.build'), [['person.build', p?.build && tr(buildKey(p.build))]]);
	add('person.hair', 'signalement.line.hair', [
		['person.hair.length', p?.hair?.length && tr(hairLengthKey(p.hair.length))],
		['person.hair.colour', p?.hair?.colour && tr(hairColourKey(p.hair.colour))],
		['person.hair.style', p?.hair?.style]
	]);
	const yesNo = (b: boolean | undefined, what: 'glasses' | 'beard') =>
		b === undefined ? undefined : tr(`signalement.${what}.${b ? 'yes' : 'no'}`);
	add('person.face', 'signalement.line.face', [
		['person.glasses', yesNo(p?.glasses, 'glasses')],
		['person.beard', yesNo(p?.beard, 'beard')],
		['person.face', p?.face]
	]);
	for (const part of CLOTHING_PARTS) {
		const field = `person.clothing.${part}` as const;
		const items = (p?.clothing ?? []).filter((c) => c.part === part);
		const text = items
			.map((c) =>
				words([
					joinAnd(
						(c.colours ?? []).map((k) => tr(colourKey(k))),
						tr
					),
					c.description
				]).join(', ')
			)
			.filter((t) => t !== '')
			.join('; ');
		add(field, label(field), [[field, text]]);
	}
	add('person.particulars', label('person.particulars'), [['person.particulars', p?.particulars]]);
	add('person.carrying', label('person.carrying'), [['person.carrying', p?.carrying]]);
	add('person.direction', label('person.direction'), [['person.direction', p?.direction]]);

	// "rood, Volkswagen Golf, auto": make and model belong together.
	const makeModel = words([
		shown.has('vehicle.make') ? v?.make : undefined,
		shown.has('vehicle.model') ? v?.model : undefined
	]).join(' ');
	add('vehicle', 'signalement.line.vehicle', [
		['vehicle.colour', v?.colour && tr(colourKey(v.colour))],
		['vehicle.make', makeModel],
		['vehicle.model', shown.has('vehicle.make') ? undefined : makeModel],
		['vehicle.kind', v?.kind && tr(vehicleKindKey(v.kind))]
	]);
	add('vehicle.plate', label('vehicle.plate'), [['vehicle.plate', v?.plate && formatPlate(v.plate)]]);
	add('vehicle.lettering', label('vehicle.lettering'), [['vehicle.lettering', v?.lettering]]);
	add('vehicle.direction', label('vehicle.direction'), [['vehicle.direction', v?.direction]]);

	return lines;
}

/** The lines as one paragraph: "Geslacht: man. Leeftijd: 20 tot 30 jaar." */
export function describeCompact(lines: readonly DescriptionLine[]): string {
	return lines.map((l) => `${l.label}: ${l.text.replace(/[.\s]+$/, '')}.`).join(' ');
}
