import { z } from 'zod';

/**
 * Is a posted draft one the set-up form can show again (with the server's issues beside its
 * fields)? Only its shape matters here, not its values: the service judges those. A hand-made
 * post with `"boeven": 5` or no area is refused as a whole with a 400 instead, since rendering it
 * would break the page (a 500).
 */
const point = z.object({ lat: z.number(), lng: z.number() });
const text = z.string();
const count = z.number().nullable();
const boef = z.object({
	id: text,
	name: text,
	movement: z.union([
		z.object({ kind: z.literal('gps') }),
		z.object({ kind: z.literal('route'), route: z.object({ waypoints: z.array(point) }) })
	])
});
const showable = z.object({
	periodStart: text,
	periodEnd: text,
	targetCount: count,
	stopWindowMinutes: count,
	retentionDays: count,
	boeven: z.array(boef),
	area: z.array(point),
	workshopSessionId: text.nullable()
});

export function isShowableDraft(draft: unknown): boolean {
	return showable.safeParse(draft).success;
}
