/**
 * Immutable edits of a SignalementInput, for the form. Each returns a new object, so the
 * form can assign it to a bound prop whether the parent holds deep state or a plain object.
 * What is cleared becomes undefined and empty objects disappear: an untouched form yields {}.
 */
import {
	CLOTHING_PARTS,
	type ClothingPart,
	type Colour,
	type SignalementInput
} from '$lib/domain/boef/signalement';

export type PersonInput = NonNullable<SignalementInput['person']>;
export type VehicleInput = NonNullable<SignalementInput['vehicle']>;
export type HairInput = NonNullable<PersonInput['hair']>;
export type ClothingInput = NonNullable<PersonInput['clothing']>[number];
export type RangeInput = { min?: number; max?: number };
/** The person's estimated ranges. */
export type RangeKey = 'ageYears' | 'heightCm';

/** A copy without undefined values and blank strings, or undefined when nothing is left. */
function prune<T extends object>(o: T): T | undefined {
	const entries = Object.entries(o).filter(([, v]) => v !== undefined && v !== '');
	return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/** Blank text means "not filled in". Spaces inside are kept: the schema trims the ends. */
export const blankToUndefined = (s: string | null | undefined): string | undefined =>
	s === null || s === undefined || s.trim() === '' ? undefined : s;

/** A number from a number input: empty or not a number is undefined. */
export const toNumber = (n: unknown): number | undefined =>
	typeof n === 'number' && Number.isFinite(n) ? n : undefined;

function withPersonObject(s: SignalementInput, person: PersonInput | undefined): SignalementInput {
	return prune({ ...s, person: person && prune(person) }) ?? {};
}

export function setPerson<K extends Exclude<keyof PersonInput, 'hair' | 'clothing' | RangeKey>>(
	s: SignalementInput,
	key: K,
	value: PersonInput[K]
): SignalementInput {
	return withPersonObject(s, { ...s.person, [key]: value });
}

export function setHair<K extends keyof HairInput>(
	s: SignalementInput,
	key: K,
	value: HairInput[K]
): SignalementInput {
	return withPersonObject(s, { ...s.person, hair: prune({ ...s.person?.hair, [key]: value }) });
}

export function setRangeEnd(
	s: SignalementInput,
	key: RangeKey,
	end: 'min' | 'max',
	value: number | undefined
): SignalementInput {
	const range: RangeInput | undefined = s.person?.[key];
	return withPersonObject(s, { ...s.person, [key]: prune({ ...range, [end]: value }) });
}

/** Where the form edits the clothing of one part: the first item of that part, or -1. */
export function clothingIndex(s: SignalementInput, part: ClothingPart): number {
	return (s.person?.clothing ?? []).findIndex((c) => c.part === part);
}

/**
 * Sets the colours or the description of a part (the first item of that part). An item with
 * neither is removed; a new item goes in its place from top to bottom.
 */
export function setClothing(
	s: SignalementInput,
	part: ClothingPart,
	patch: { colours?: Colour[]; description?: string }
): SignalementInput {
	const items = [...(s.person?.clothing ?? [])];
	const i = clothingIndex(s, part);
	const current: ClothingInput = i >= 0 ? items[i]! : { part };
	const next: ClothingInput = { ...current, ...patch };
	if (next.colours?.length === 0) delete next.colours;
	if (next.description === undefined || next.description === '') delete next.description;
	const keep = next.colours !== undefined || next.description !== undefined;
	if (i >= 0) {
		if (keep) items[i] = next;
		else items.splice(i, 1);
	} else if (keep) {
		const order = CLOTHING_PARTS.indexOf(part);
		const at = items.findIndex((c) => CLOTHING_PARTS.indexOf(c.part) > order);
		items.splice(at < 0 ? items.length : at, 0, next);
	}
	return withPersonObject(s, { ...s.person, clothing: items.length > 0 ? items : undefined });
}

export function setVehicle<K extends keyof VehicleInput>(
	s: SignalementInput,
	key: K,
	value: VehicleInput[K]
): SignalementInput {
	const vehicle = prune({ ...s.vehicle, [key]: value });
	return prune({ ...s, vehicle }) ?? {};
}
