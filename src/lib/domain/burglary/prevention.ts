/**
 * What the boef (or organiser) checks at the target house, as the police's prevention advice
 * lists it (Politiekeurmerk Veilig Wonen in short). Each item is fine, a weak spot, or not
 * checked; the weak spots go to the household alone, never into the public outcome.
 */

export const PREVENTION_ITEMS = [
	'windows-closed',
	'doors-locked-with-key',
	'lights',
	'no-climbing-aids',
	'no-keys-in-sight',
	'visible-from-street',
	'quality-locks'
] as const;
export type PreventionItem = (typeof PREVENTION_ITEMS)[number];

export type Finding = 'ok' | 'weak' | 'not-checked';
export type PreventionChecklist = Partial<Record<PreventionItem, Finding>>;

/** The weak spots, in the checklist's order (the household's private list). */
export function weakSpots(list: PreventionChecklist): PreventionItem[] {
	return PREVENTION_ITEMS.filter((item) => list[item] === 'weak');
}

/** Counts for the anonymous outcome: how many items were fine, weak, not checked. */
export function preventionSummary(list: PreventionChecklist): Record<Finding, number> {
	const out: Record<Finding, number> = { ok: 0, weak: 0, 'not-checked': 0 };
	for (const item of PREVENTION_ITEMS) out[list[item] ?? 'not-checked']++;
	return out;
}
