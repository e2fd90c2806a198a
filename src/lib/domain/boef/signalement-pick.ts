/**
 * The part of a signalement a clue reveals: "a man of about 30 in a red jacket" first, the
 * shoes and the plate later. Returns a new signalement holding only the chosen fields.
 */
import type { PersonDescription, Signalement, SignalementField, VehicleDescription } from './signalement';

export function pickFields(s: Signalement, fields: readonly SignalementField[]): Signalement {
	const want = new Set(fields);
	const out: Signalement = {};
	const p = s.person;
	if (p) {
		const person: PersonDescription = {};
		if (want.has('person.sex') && p.sex) person.sex = p.sex;
		if (want.has('person.age') && p.ageYears) person.ageYears = { ...p.ageYears };
		if (want.has('person.height') && p.heightCm) person.heightCm = { ...p.heightCm };
		if (want.has('person.build') && p.build) person.build = p.build;
		const hair: NonNullable<PersonDescription['hair']> = {};
		if (want.has('person.hair.colour') && p.hair?.colour) hair.colour = p.hair.colour;
		if (want.has('person.hair.length') && p.hair?.length) hair.length = p.hair.length;
		if (want.has('person.hair.style') && p.hair?.style) hair.style = p.hair.style;
		if (Object.keys(hair).length > 0) person.hair = hair;
		if (want.has('person.glasses') && p.glasses !== undefined) person.glasses = p.glasses;
		if (want.has('person.beard') && p.beard !== undefined) person.beard = p.beard;
		if (want.has('person.face') && p.face) person.face = p.face;
		const clothing = (p.clothing ?? []).filter((c) => want.has(`person.clothing.${c.part}`));
		if (clothing.length > 0)
			person.clothing = clothing.map((c) => ({ ...c, colours: c.colours && [...c.colours] }));
		if (want.has('person.particulars') && p.particulars) person.particulars = p.particulars;
		if (want.has('person.carrying') && p.carrying) person.carrying = p.carrying;
		if (want.has('person.direction') && p.direction) person.direction = p.direction;
		if (Object.keys(person).length > 0) out.person = person;
	}
	const v = s.vehicle;
	if (v) {
		const vehicle: VehicleDescription = {};
		if (want.has('vehicle.kind') && v.kind) vehicle.kind = v.kind;
		if (want.has('vehicle.colour') && v.colour) vehicle.colour = v.colour;
		if (want.has('vehicle.make') && v.make) vehicle.make = v.make;
		if (want.has('vehicle.model') && v.model) vehicle.model = v.model;
		if (want.has('vehicle.plate') && v.plate) vehicle.plate = v.plate;
		if (want.has('vehicle.lettering') && v.lettering) vehicle.lettering = v.lettering;
		if (want.has('vehicle.direction') && v.direction) vehicle.direction = v.direction;
		if (Object.keys(vehicle).length > 0) out.vehicle = vehicle;
	}
	return out;
}
