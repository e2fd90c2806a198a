/**
 * Validation (zod) of what enters Houd u de boef tegen?: the organiser's settings, a
 * household's registration, the meldkamer's counted calls and the prevention checklist.
 * Message strings are keys of the message catalogue.
 */
import { z } from 'zod';
import { freeText } from '../text';
import { boefRouteSchema, latLngSchema } from '../boef/schemas';
import { MAX_AREA_POINTS } from '../boef/schemas';
import { daysBetween, MAX_AWAY_DATES, MAX_CAMPAIGN_BOEVEN, MAX_PERIOD_DAYS, MAX_TARGETS } from './campaign';
import { CALL_NUMBERS } from './outcome';
import { PREVENTION_ITEMS } from './prevention';

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'burglary.error.date')
	// A calendar date that exists: Date.parse alone takes '2026-02-30' as 2 March.
	.refine((v) => {
		const ms = Date.parse(`${v}T12:00:00Z`);
		return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(v);
	}, 'burglary.error.date');

export const campaignBoefSchema = z.object({
	id: z.string().regex(/^b\d{1,3}$/),
	name: freeText({ max: 60, min: 1, minMessage: 'burglary.error.boefName' }),
	movement: z.discriminatedUnion('kind', [
		z.object({ kind: z.literal('gps') }),
		z.object({ kind: z.literal('route'), route: boefRouteSchema })
	])
});

export const campaignSettingsSchema = z
	.object({
		periodStart: isoDate,
		periodEnd: isoDate,
		targetCount: z
			.number()
			.int()
			.min(1, 'burglary.error.targetCount')
			.max(MAX_TARGETS, 'burglary.error.targetCount'),
		stopWindowMinutes: z
			.number()
			.int()
			.min(1, 'burglary.error.stopWindow')
			.max(240, 'burglary.error.stopWindow'),
		retentionDays: z.number().int().min(1, 'burglary.error.retention').max(365, 'burglary.error.retention'),
		boeven: z
			.array(campaignBoefSchema)
			.min(1, 'burglary.error.noBoef')
			.max(MAX_CAMPAIGN_BOEVEN, 'burglary.error.tooManyBoeven'),
		area: z.array(latLngSchema).max(MAX_AREA_POINTS),
		workshopSessionId: z.uuid().nullable()
	})
	.superRefine((s, ctx) => {
		const days = daysBetween(s.periodStart, s.periodEnd);
		if (days < 0)
			ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'burglary.error.periodOrder' });
		else if (days > MAX_PERIOD_DAYS)
			ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'burglary.error.periodLength' });
		if (s.area.length > 0 && s.area.length < 3)
			ctx.addIssue({ code: 'custom', path: ['area'], message: 'burglary.error.area' });
		const ids = new Set(s.boeven.map((b) => b.id));
		if (ids.size !== s.boeven.length)
			ctx.addIssue({ code: 'custom', path: ['boeven'], message: 'error.invalidInput' });
	});

/** Dutch postcode: four digits (no leading 0), two letters; stored as '1234AB'. */
export const postcodeSchema = z
	.string()
	.trim()
	.transform((v) => v.replace(/\s+/g, '').toUpperCase())
	.pipe(z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/, 'burglary.error.postcode'));

/** A house number with an optional addition: '12', '12a', '12-2', '12 bis'. */
export const houseNumberSchema = z
	.string()
	.trim()
	.transform((v) => v.replace(/\s+/g, ' '))
	.pipe(z.string().regex(/^\d{1,5}( ?[A-Za-z0-9-]{1,6})?$/, 'burglary.error.houseNumber'));

export const registrationSchema = z.object({
	name: freeText({ max: 100, min: 1, minMessage: 'burglary.error.name' }),
	email: z.string().trim().toLowerCase().max(254, 'error.tooLong').pipe(z.email('burglary.error.email')),
	postcode: postcodeSchema,
	houseNumber: houseNumberSchema,
	/** The home on the map: from the geocoder, or a pin the household placed. */
	place: latLngSchema.nullable(),
	awayDates: z.array(isoDate).max(MAX_AWAY_DATES, 'burglary.error.tooManyDates'),
	consent: z.literal(true, 'burglary.error.consent')
});
export type RegistrationInput = z.output<typeof registrationSchema>;

export const preventionSchema = z.partialRecord(
	z.enum(PREVENTION_ITEMS),
	z.enum(['ok', 'weak', 'not-checked'])
);

export const callInputSchema = z.object({
	id: z.uuid(),
	attemptId: z.uuid(),
	number: z.enum(CALL_NUMBERS),
	/** When the call came in, epoch ms (from the meldkamer's log). */
	atMs: z.number().int().positive()
});
