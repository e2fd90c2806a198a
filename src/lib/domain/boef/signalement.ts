/**
 * A signalement: the structured description of a person and a vehicle, as the workshop teaches
 * it (person from top to bottom, then the vehicle). The same shape holds the boef's true
 * description, entered by the spelleider, and what a participant reports, so the two can be
 * compared field by field (report-quality.ts).
 *
 * Every field is optional: a witness sees part of a person, and an honest "I don't know" beats
 * a guess. Free text is bounded, because it ends up on a dashboard and in a debrief.
 *
 * There is deliberately no field for skin colour or origin. The workshop teaches that
 * appearance alone is never a reason to report, and such a field would invite exactly that;
 * it also adds nothing a police officer can act on that clothing, height and behaviour do not
 * give better. Unknown keys are stripped by the schema, so one cannot be smuggled in either.
 *
 * The zod schemas are in schemas.ts; this module has the lists, limits and comparisons only.
 */
import type { z } from 'zod';
import type { clothingItemSchema, personSchema, signalementSchema, vehicleSchema } from './schemas';

export const SEXES = ['man', 'vrouw', 'onbekend'] as const;
export type Sex = (typeof SEXES)[number];

export const BUILDS = ['slank', 'normaal', 'fors', 'onbekend'] as const;
export type Build = (typeof BUILDS)[number];

/** Base colours of clothing and vehicles: coarse on purpose, so "donkerblauw" and "blauw" match. */
export const COLOURS = [
	'zwart',
	'wit',
	'grijs',
	'blauw',
	'rood',
	'groen',
	'geel',
	'oranje',
	'bruin',
	'beige',
	'roze',
	'paars',
	'goud',
	'zilver',
	'bont'
] as const;
export type Colour = (typeof COLOURS)[number];

export const HAIR_COLOURS = ['zwart', 'bruin', 'blond', 'rood', 'grijs', 'wit'] as const;
export type HairColour = (typeof HAIR_COLOURS)[number];

export const HAIR_LENGTHS = ['kaal', 'kort', 'halflang', 'lang'] as const;
export type HairLength = (typeof HAIR_LENGTHS)[number];

/** Clothing from top to bottom, the order of a good signalement. */
export const CLOTHING_PARTS = ['hoofd', 'boven', 'jas', 'onder', 'schoenen', 'accessoire'] as const;
export type ClothingPart = (typeof CLOTHING_PARTS)[number];

export const VEHICLE_KINDS = [
	'auto',
	'bestelbus',
	'vrachtwagen',
	'motor',
	'scooter',
	'brommer',
	'fiets',
	'e-bike',
	'anders'
] as const;
export type VehicleKind = (typeof VEHICLE_KINDS)[number];

export const AGE_MAX_YEARS = 120;
export const HEIGHT_MIN_CM = 50;
export const HEIGHT_MAX_CM = 250;
export const MAX_CLOTHING_ITEMS = 12;
export const MAX_COLOURS_PER_ITEM = 3;
/** Longest licence plate we keep after normalising (Dutch plates have 6 characters, foreign ones up to 10). */
export const PLATE_MAX_LENGTH = 10;

/** Longest free texts, in characters. */
export const TEXT_MAX = {
	hairStyle: 80,
	face: 200,
	clothingDescription: 120,
	particulars: 300,
	carrying: 200,
	direction: 120,
	make: 40,
	model: 60,
	lettering: 120
} as const;

/**
 * A licence plate as letters and digits only, uppercase: "12-ab-cd", "12 AB CD" and "12ABCD"
 * are the same plate. Anything else (dashes, spaces, dots) is dropped.
 */
export function normalisePlate(plate: string): string {
	return plate.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

/**
 * A normalised Dutch plate with its dashes back (sidecodes 1 to 14: "12ABCD" → "12-AB-CD",
 * "1ABC23" → "1-ABC-23"): groups change where letters and digits change, and a group of four
 * splits in two. Plates that do not fit (foreign, partial) come back normalised, without dashes.
 */
export function formatPlate(plate: string): string {
	const p = normalisePlate(plate);
	if (p.length !== 6) return p;
	const groups = (p.match(/[A-Z]+|[0-9]+/g) ?? []).flatMap((g) =>
		g.length === 4 ? [g.slice(0, 2), g.slice(2)] : [g]
	);
	return groups.length === 3 ? groups.join('-') : p;
}

// The types follow the schemas (schemas.ts), imported as types only: this module stays free of
// zod, so a phone showing the report form does not download it.
export type ClothingItem = z.output<typeof clothingItemSchema>;
export type PersonDescription = z.output<typeof personSchema>;
export type VehicleDescription = z.output<typeof vehicleSchema>;
/** A (partial) description after validation. */
export type Signalement = z.output<typeof signalementSchema>;
/** What a form sends before validation (plates not yet normalised, empty strings allowed). */
export type SignalementInput = z.input<typeof signalementSchema>;

/** Ids of the fields a signalement fills, for "you described 6 things" and the quality score. */
export type SignalementField =
	| 'person.sex'
	| 'person.age'
	| 'person.height'
	| 'person.build'
	| 'person.hair.colour'
	| 'person.hair.length'
	| 'person.hair.style'
	| 'person.glasses'
	| 'person.beard'
	| 'person.face'
	| `person.clothing.${ClothingPart}`
	| 'person.particulars'
	| 'person.carrying'
	| 'person.direction'
	| 'vehicle.kind'
	| 'vehicle.colour'
	| 'vehicle.make'
	| 'vehicle.model'
	| 'vehicle.plate'
	| 'vehicle.lettering'
	| 'vehicle.direction';

const hasRange = (r: { min?: number; max?: number } | undefined) =>
	r?.min !== undefined || r?.max !== undefined;
const hasText = (s: string | undefined) => s !== undefined && s.trim() !== '';

/**
 * The fields a signalement actually fills. "onbekend" counts as not filled (it says nothing),
 * a clothing item counts when it has a colour or a description.
 */
export function filledFields(s: Signalement | undefined): SignalementField[] {
	const out: SignalementField[] = [];
	const p = s?.person;
	if (p) {
		if (p.sex && p.sex !== 'onbekend') out.push('person.sex');
		if (hasRange(p.ageYears)) out.push('person.age');
		if (hasRange(p.heightCm)) out.push('person.height');
		if (p.build && p.build !== 'onbekend') out.push('person.build');
		if (p.hair?.colour) out.push('person.hair.colour');
		if (p.hair?.length) out.push('person.hair.length');
		if (hasText(p.hair?.style)) out.push('person.hair.style');
		if (p.glasses !== undefined) out.push('person.glasses');
		if (p.beard !== undefined) out.push('person.beard');
		if (hasText(p.face)) out.push('person.face');
		for (const part of CLOTHING_PARTS) {
			const described = (p.clothing ?? []).some(
				(c) => c.part === part && ((c.colours?.length ?? 0) > 0 || hasText(c.description))
			);
			if (described) out.push(`person.clothing.${part}`);
		}
		if (hasText(p.particulars)) out.push('person.particulars');
		if (hasText(p.carrying)) out.push('person.carrying');
		if (hasText(p.direction)) out.push('person.direction');
	}
	const v = s?.vehicle;
	if (v) {
		if (v.kind) out.push('vehicle.kind');
		if (v.colour) out.push('vehicle.colour');
		if (hasText(v.make)) out.push('vehicle.make');
		if (hasText(v.model)) out.push('vehicle.model');
		if (hasText(v.plate)) out.push('vehicle.plate');
		if (hasText(v.lettering)) out.push('vehicle.lettering');
		if (hasText(v.direction)) out.push('vehicle.direction');
	}
	return out;
}

/** Whether a signalement says nothing at all. */
export function isEmptySignalement(s: Signalement | undefined): boolean {
	return filledFields(s).length === 0;
}

/** The free texts of a signalement (hair style, face, clothing descriptions, particulars, …), for word checks. */
export function signalementTexts(s: Signalement | undefined): string[] {
	const p = s?.person;
	const v = s?.vehicle;
	const all = [
		p?.hair?.style,
		p?.face,
		...(p?.clothing ?? []).map((c) => c.description),
		p?.particulars,
		p?.carrying,
		p?.direction,
		v?.make,
		v?.model,
		v?.lettering,
		v?.direction
	];
	return all.filter((t): t is string => hasText(t));
}
