/**
 * Validation (zod) of what enters the Boef in de Wijk game: the spelleider's plan (route,
 * rounds, clues, the boef's true description), the boef's GPS fixes and the participants'
 * reports. Kept apart from the pure modules, which only import types from here, so the browser
 * can animate the boef or show a report form without downloading zod; the server validates.
 * Message strings are keys of the message catalogue.
 */
import { z } from 'zod';
import { freeText } from '../text';
import { MAX_PAUSE_S, MAX_ROUTE_SPEED_MPS, MAX_ROUTE_WAYPOINTS } from './boef-route';
import { MAX_ROUND_MS, MAX_ROUNDS, MIN_ROUND_MS } from './clues';
import { BEHAVIOUR_MAX_LENGTH, CHANNELS } from './report';
import { normaliseCodeWord } from './scoring';
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
	type SignalementField,
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
	freeText({ max })
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
	behaviour: freeText({ max: BEHAVIOUR_MAX_LENGTH, multiline: true }).default(''),
	signalement: signalementSchema.default({}),
	channel: z.enum(CHANNELS),
	place: latLngSchema
});
export type ReportInput = z.input<typeof reportInputSchema>;

// ---------------------------------------------------------------- the game plan

const SIGNALEMENT_FIELDS = [
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
	...CLOTHING_PARTS.map((p) => `person.clothing.${p}` as const),
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
] as const satisfies readonly SignalementField[];

export const signalementFieldSchema = z.enum(SIGNALEMENT_FIELDS);

const boefIdSchema = z.string().regex(/^[a-z0-9-]{1,20}$/, 'game.error.boefId');

export const boefPlanSchema = z.object({
	id: boefIdSchema,
	name: freeText({ max: 40, min: 1, minMessage: 'game.error.boefNameRequired' }),
	codeWord: z
		.string()
		.trim()
		.max(40, 'error.tooLong')
		.refine((w) => normaliseCodeWord(w).length >= 3, 'game.error.codeWordShort'),
	signalement: signalementSchema,
	movement: z.discriminatedUnion('kind', [
		z.object({ kind: z.literal('gps') }),
		z.object({ kind: z.literal('route'), route: boefRouteSchema })
	]),
	entry: z.enum(['start', 'later'])
});

export const clueSpecSchema = z.object({
	id: plannedClueSchema.shape.id,
	round: plannedClueSchema.shape.round,
	offsetMs: plannedClueSchema.shape.offsetMs,
	boefId: boefIdSchema.nullable(),
	text: freeText({ max: 500, multiline: true }),
	fields: z.array(signalementFieldSchema).max(SIGNALEMENT_FIELDS.length),
	circle: z.boolean()
});

/** Most clues a plan may hold: 12 rounds × several boeven × a handful each. */
export const MAX_PLANNED_CLUES = 200;
export const MAX_BOEVEN = 10;
export const MAX_AREA_POINTS = 200;

/** The spelleider's plan; cross-field rules (ids exist, clue in its round) are checked here too. */
export const gamePlanSchema = z
	.object({
		area: z.array(latLngSchema).max(MAX_AREA_POINTS),
		scheduledAt: z.iso.datetime({ offset: true }).nullable(),
		schedule: roundScheduleSchema,
		radiiM: z.array(z.number().int().min(25).max(20_000)).min(1).max(MAX_ROUNDS),
		boeven: z.array(boefPlanSchema).max(MAX_BOEVEN),
		clues: z.array(clueSpecSchema).max(MAX_PLANNED_CLUES)
	})
	.superRefine((plan, ctx) => {
		const ids = new Set<string>();
		const words = new Set<string>();
		plan.boeven.forEach((b, i) => {
			if (ids.has(b.id))
				ctx.addIssue({ code: 'custom', message: 'game.error.boefId', path: ['boeven', i, 'id'] });
			ids.add(b.id);
			const w = normaliseCodeWord(b.codeWord);
			if (words.has(w))
				ctx.addIssue({
					code: 'custom',
					message: 'game.error.codeWordTaken',
					path: ['boeven', i, 'codeWord']
				});
			words.add(w);
		});
		const clueIds = new Set<string>();
		plan.clues.forEach((c, i) => {
			if (clueIds.has(c.id))
				ctx.addIssue({ code: 'custom', message: 'boef.error.clueId', path: ['clues', i, 'id'] });
			clueIds.add(c.id);
			if (c.boefId !== null && !ids.has(c.boefId))
				ctx.addIssue({ code: 'custom', message: 'game.error.unknownBoef', path: ['clues', i, 'boefId'] });
			const roundMs = plan.schedule.roundsMs[c.round - 1];
			if (roundMs === undefined || c.offsetMs >= roundMs)
				ctx.addIssue({
					code: 'custom',
					message: 'game.error.clueOutsideRound',
					path: ['clues', i, 'offsetMs']
				});
		});
	});

// ---------------------------------------------------------------- socket payloads of the game

/** A report as a phone sends it: made (maybe offline) at `madeAt`, sent at `sentAt`, both by the phone's clock. */
export const gameReportPayloadSchema = reportInputSchema.extend({
	id: z.uuid(),
	madeAt: z.number().int().nonnegative(),
	sentAt: z.number().int().nonnegative(),
	/** How long ago the reporter saw it, minutes (0 = now). */
	seenMinutesAgo: z.number().int().min(0).max(180).default(0)
});

export const positionFixesSchema = z.object({
	/** Phone clock at sending, to correct the fixes' times for its drift. */
	sentAt: z.number().int().nonnegative(),
	fixes: z
		.array(
			z.object({
				at: z.number().int().nonnegative(),
				lat: z.number().min(-90).max(90),
				lng: z.number().min(-180).max(180),
				accuracyM: z.number().nonnegative().max(100_000).optional()
			})
		)
		.min(1)
		.max(600)
});

export type GameReportPayloadParsed = z.output<typeof gameReportPayloadSchema>;
