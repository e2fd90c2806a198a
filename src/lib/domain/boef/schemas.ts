/**
 * Validation (zod) of what enters the Boef in de Wijk game: the spelleider's plan (route,
 * rounds, clues, the boef's true description), the boef's GPS fixes and the participants'
 * reports. Kept apart from the pure modules, which only import types from here, so the browser
 * can animate the boef or show a report form without downloading zod; the server validates.
 * Message strings are keys of the message catalogue.
 */
import { z } from 'zod';
import { MAX_PAUSE_S, MAX_ROUTE_SPEED_MPS, MAX_ROUTE_WAYPOINTS } from './boef-route';
import { MAX_ROUND_MS, MAX_ROUNDS, MIN_ROUND_MS } from './clues';
import { BEHAVIOUR_MAX_LENGTH, CHANNELS } from './report';
import {
	AGE_MAX_YEARS,
	BUILDS,
	CLOTHING_PARTS,
	COLOURS,
	HAIR_COLOURS,
	HAIR_LENGTHS,
	HEIGHT_MAX_CM,
	HEIGHT_MIN_CM,
	MAX_CLOTHING_ITEMS,
	MAX_COLOURS_PER_ITEM,
	normalisePlate,
	PLATE_MAX_LENGTH,
	SEXES,
	TEXT_MAX,
	VEHICLE_KINDS
} from './signalement';

// ---------------------------------------------------------------- places and movement

export const latLngSchema = z.object({
	lat: z.number().min(-90).max(90),
	lng: z.number().min(-180).max(180)
});

export const boefRouteSchema = z
	.object({
		waypoints: z.array(latLngSchema).min(1).max(MAX_ROUTE_WAYPOINTS),
		speedMps: z.number().positive().max(MAX_ROUTE_SPEED_MPS).optional(),
		pausesS: z.array(z.number().min(0).max(MAX_PAUSE_S)).max(MAX_ROUTE_WAYPOINTS).optional()
	})
	.refine((r) => (r.pausesS?.length ?? 0) <= r.waypoints.length, {
		message: 'boef.error.pausesWithoutWaypoint',
		path: ['pausesS']
	});

/** One GPS fix from the boef's phone. The server may prefer its own arrival time over `at`. */
export const trackPointSchema = z.object({
	at: z.number().int().nonnegative(),
	position: latLngSchema,
	accuracyM: z.number().nonnegative().max(100_000).optional()
});

// ---------------------------------------------------------------- rounds and clues

export const roundScheduleSchema = z.object({
	roundsMs: z.array(z.number().int().min(MIN_ROUND_MS).max(MAX_ROUND_MS)).min(1).max(MAX_ROUNDS)
});

export const plannedClueSchema = z.object({
	id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'boef.error.clueId'),
	round: z.number().int().min(1).max(MAX_ROUNDS),
	offsetMs: z.number().int().min(0).max(MAX_ROUND_MS)
});

// ---------------------------------------------------------------- signalement

/** Optional free text, trimmed; an empty string means "not filled in". */
const text = (max: number) =>
	z
		.string()
		.trim()
		.max(max, 'error.tooLong')
		.transform((s) => (s === '' ? undefined : s))
		.optional();

/** An estimated range, e.g. "between 20 and 30": either end may be left open. */
const range = (min: number, max: number) =>
	z
		.object({
			min: z.number().int().min(min).max(max).optional(),
			max: z.number().int().min(min).max(max).optional()
		})
		.refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
			message: 'boef.error.rangeReversed',
			path: ['max']
		});

/** A plate as typed ("12-ab-cd"), stored normalised ("12ABCD"); blank means not filled in. */
const plate = z
	.string()
	.max(20, 'error.tooLong')
	.transform(normalisePlate)
	.pipe(z.string().max(PLATE_MAX_LENGTH, 'error.tooLong'))
	.transform((s) => (s === '' ? undefined : s))
	.optional();

export const clothingItemSchema = z.object({
	part: z.enum(CLOTHING_PARTS),
	colours: z.array(z.enum(COLOURS)).max(MAX_COLOURS_PER_ITEM).optional(),
	/** "spijkerbroek", "capuchon op", "witte strepen". */
	description: text(TEXT_MAX.clothingDescription)
});

export const personSchema = z.object({
	sex: z.enum(SEXES).optional(),
	ageYears: range(0, AGE_MAX_YEARS).optional(),
	heightCm: range(HEIGHT_MIN_CM, HEIGHT_MAX_CM).optional(),
	build: z.enum(BUILDS).optional(),
	hair: z
		.object({
			colour: z.enum(HAIR_COLOURS).optional(),
			length: z.enum(HAIR_LENGTHS).optional(),
			/** "krullen", "staartje", "opgeschoren". */
			style: text(TEXT_MAX.hairStyle)
		})
		.optional(),
	glasses: z.boolean().optional(),
	beard: z.boolean().optional(),
	/** Other face particulars: "snor", "litteken op de wang". */
	face: text(TEXT_MAX.face),
	clothing: z.array(clothingItemSchema).max(MAX_CLOTHING_ITEMS).optional(),
	/** Distinctive marks: tattoo, limp, piercing. */
	particulars: text(TEXT_MAX.particulars),
	/** What he carries: "zwarte rugzak", "breekijzer". */
	carrying: text(TEXT_MAX.carrying),
	/** Direction of travel: "richting station". */
	direction: text(TEXT_MAX.direction)
});

export const vehicleSchema = z.object({
	kind: z.enum(VEHICLE_KINDS).optional(),
	colour: z.enum(COLOURS).optional(),
	make: text(TEXT_MAX.make),
	/** Model or type: "Transit", "Golf stationwagen". */
	model: text(TEXT_MAX.model),
	/** Normalised: "12-ab-cd" is stored as "12ABCD". */
	plate,
	/** Lettering on the vehicle: a company name, a phone number. */
	lettering: text(TEXT_MAX.lettering),
	direction: text(TEXT_MAX.direction)
});

/**
 * A description of a person and a vehicle. There is no skin-colour field (see signalement.ts);
 * unknown keys are stripped, so none can be stored either.
 */
export const signalementSchema = z.object({
	person: personSchema.optional(),
	vehicle: vehicleSchema.optional()
});

// ---------------------------------------------------------------- reports

/** What a phone sends; the server adds the arrival time (`atMs`) to make a BoefReport. */
export const reportInputSchema = z.object({
	/** What the person did, in the reporter's words. */
	behaviour: z.string().trim().max(BEHAVIOUR_MAX_LENGTH, 'error.tooLong').default(''),
	signalement: signalementSchema.default({}),
	channel: z.enum(CHANNELS),
	place: latLngSchema
});
export type ReportInput = z.input<typeof reportInputSchema>;
