/**
 * The parts of a signalement as the interface names them: labels for every field (for the
 * "which parts does this clue reveal" checklist and the summary) and the message keys of the
 * enum values. Pure: no Svelte, no zod, so server code and tests can use it too.
 */
import type { MessageKey } from '$lib/i18n';
import {
	CLOTHING_PARTS,
	type Build,
	type ClothingPart,
	type Colour,
	type HairColour,
	type HairLength,
	type Sex,
	type SignalementField,
	type VehicleKind
} from '$lib/domain/boef/signalement';

/** Every field of a signalement in police order: the person from top to bottom, then the vehicle. */
export const SIGNALEMENT_FIELDS: readonly SignalementField[] = [
	'person.sex',
	'person.age',
	'person.height',
	'person.build',
	'person.hair.colour',
	'person.hair.length',
	'person.hair.style',
	'person.glasses',
	'person.beard',
	'person.face',
	...CLOTHING_PARTS.map((part) => `person.clothing.${part}` as const),
	'person.particulars',
	'person.carrying',
	'person.direction',
	'vehicle.kind',
	'vehicle.colour',
	'vehicle.make',
	'vehicle.model',
	'vehicle.plate',
	'vehicle.lettering',
	'vehicle.direction'
];

/** The label of each field, e.g. for a checklist of the parts a clue reveals. */
export const FIELD_LABEL_KEYS = Object.fromEntries(
	SIGNALEMENT_FIELDS.map((field) => [field, `signalement.field.${field}`])
) as Record<SignalementField, MessageKey>;

/** The fields in groups with a heading, in police order: for a checklist in fieldsets. */
export const FIELD_GROUPS: readonly { legend: MessageKey; fields: readonly SignalementField[] }[] = [
	{
		legend: 'signalement.section.basics',
		fields: ['person.sex', 'person.age', 'person.height', 'person.build']
	},
	{
		legend: 'signalement.section.hairFace',
		fields: [
			'person.hair.colour',
			'person.hair.length',
			'person.hair.style',
			'person.glasses',
			'person.beard',
			'person.face'
		]
	},
	{
		legend: 'signalement.section.clothing',
		fields: CLOTHING_PARTS.map((part) => `person.clothing.${part}` as const)
	},
	{
		legend: 'signalement.section.particulars',
		fields: ['person.particulars', 'person.carrying', 'person.direction']
	},
	{
		legend: 'signalement.vehicle',
		fields: [
			'vehicle.kind',
			'vehicle.colour',
			'vehicle.make',
			'vehicle.model',
			'vehicle.plate',
			'vehicle.lettering',
			'vehicle.direction'
		]
	}
];

export const sexKey = (v: Sex): MessageKey => `signalement.sex.${v}`;
export const buildKey = (v: Build): MessageKey => `signalement.build.${v}`;
export const colourKey = (v: Colour): MessageKey => `signalement.colour.${v}`;
export const hairColourKey = (v: HairColour): MessageKey => `signalement.hairColour.${v}`;
export const hairLengthKey = (v: HairLength): MessageKey => `signalement.hairLength.${v}`;
export const vehicleKindKey = (v: VehicleKind): MessageKey => `signalement.vehicleKind.${v}`;
export const partKey = (v: ClothingPart): MessageKey => `signalement.field.person.clothing.${v}`;
export const partHintKey = (v: ClothingPart): MessageKey => `signalement.hint.part.${v}`;
