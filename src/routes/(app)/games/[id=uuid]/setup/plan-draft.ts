/**
 * The plan as the set-up editor holds it, and the small edits the editor makes to it. Pure and
 * shared by browser and tests: the server checks the result (schemas.ts), so nothing here has
 * to be a gatekeeper; it only keeps the editor's choices consistent (ids, rounds and radii).
 */
import { DEFAULT_WALKING_SPEED_MPS } from '$lib/domain/boef/boef-route';
import { DEFAULT_RADII_M, DEFAULT_ROUND_MS, MAX_ROUNDS } from '$lib/domain/boef/clues';
import type { BoefPlan, ClueSpec, GamePlan } from '$lib/domain/boef/game';
import type { LatLng } from '$lib/domain/boef/geo';
import type { SignalementInput } from '$lib/domain/boef/signalement';

export interface RouteDraft {
	waypoints: LatLng[];
	speedMps?: number;
	pausesS?: number[];
}

/** A boef being edited: his signalement may still hold what a form sends (e.g. a plate with dashes). */
export interface BoefDraft extends Omit<BoefPlan, 'signalement' | 'movement'> {
	signalement: SignalementInput;
	movement: { kind: 'gps' } | { kind: 'route'; route: RouteDraft };
}

export interface PlanDraft {
	area: LatLng[];
	scheduledAt: string | null;
	schedule: { roundsMs: number[] };
	radiiM: number[];
	boeven: BoefDraft[];
	clues: ClueSpec[];
}

/** As schemas.ts allows (not imported: that module brings zod into the browser). */
export const MAX_BOEVEN = 10;
export const MIN_ROUNDS = 1;
export { MAX_ROUNDS };
const MINUTE_MS = 60_000;

/** A deep, mutable copy of a stored plan. */
export function toDraft(plan: GamePlan): PlanDraft {
	return structuredClone(plan) as unknown as PlanDraft;
}

/** The first free id of the form prefix + number ("b1", "b2", …), so ids stay short and unique. */
function freeId(prefix: string, taken: readonly string[]): string {
	const used = new Set(taken);
	for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export const nextBoefId = (boeven: readonly { id: string }[]) =>
	freeId(
		'b',
		boeven.map((b) => b.id)
	);

/** Clue ids the editor makes ("t1", …) cannot clash with the default plan's ("r1-b1"). */
export const nextClueId = (clues: readonly { id: string }[]) =>
	freeId(
		't',
		clues.map((c) => c.id)
	);

export function blankBoef(id: string, name: string): BoefDraft {
	return { id, name, codeWord: '', signalement: {}, movement: { kind: 'gps' }, entry: 'start' };
}

/** Removes a boef and the clues about him (they would point at nobody). Returns how many clues went. */
export function removeBoef(plan: PlanDraft, boefId: string): number {
	const before = plan.clues.length;
	plan.boeven = plan.boeven.filter((b) => b.id !== boefId);
	plan.clues = plan.clues.filter((c) => c.boefId !== boefId);
	return before - plan.clues.length;
}

/**
 * Sets the number of rounds. A new round gets the length of the last one and the next default
 * radius (never larger than the last: circles shrink round by round).
 */
export function setRoundCount(plan: PlanDraft, count: number): void {
	const n = Math.min(MAX_ROUNDS, Math.max(MIN_ROUNDS, Math.floor(count)));
	const rounds = plan.schedule.roundsMs;
	const radii = plan.radiiM;
	while (rounds.length < n) rounds.push(rounds[rounds.length - 1] ?? DEFAULT_ROUND_MS);
	rounds.length = n;
	while (radii.length < n) {
		const last = radii[radii.length - 1];
		const next = DEFAULT_RADII_M[radii.length] ?? last ?? DEFAULT_RADII_M[0]!;
		radii.push(last === undefined ? next : Math.min(last, next));
	}
	radii.length = n;
}

/** A new clue about the first boef (or a general one without boeven) at the start of a round. */
export function blankClue(plan: PlanDraft, round: number): ClueSpec {
	const boef = plan.boeven[0];
	return {
		id: nextClueId(plan.clues),
		round,
		offsetMs: 0,
		boefId: boef?.id ?? null,
		text: '',
		fields: [],
		circle: boef !== undefined
	};
}

/**
 * Clues of one round in the order they were entered. Not sorted by minute: a card that jumps
 * while its minute is being typed would lose the keyboard focus.
 */
export function cluesOfRound(clues: readonly ClueSpec[], round: number): ClueSpec[] {
	return clues.filter((c) => c.round === round);
}

/** Clues whose round the schedule no longer has (after fewer rounds were chosen). */
export function cluesBeyond(clues: readonly ClueSpec[], rounds: number): ClueSpec[] {
	return clues.filter((c) => c.round > rounds);
}

export const msToMinutes = (ms: number) => Math.round((ms / MINUTE_MS) * 100) / 100;
/** Whole ms from minutes typed in a number field; NaN stays NaN so the server can say it is wrong. */
export const minutesToMs = (minutes: number) => Math.round(minutes * MINUTE_MS);

/** km/h for the speed field, two decimals: 1.4 m/s shows as 5.04. */
export const mpsToKmh = (mps: number | undefined) =>
	mps === undefined ? undefined : Math.round(mps * 3.6 * 100) / 100;
export const kmhToMps = (kmh: number | undefined): number | undefined =>
	kmh === undefined || !Number.isFinite(kmh) ? undefined : kmh / 3.6;
export const DEFAULT_WALKING_KMH = mpsToKmh(DEFAULT_WALKING_SPEED_MPS)!;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A datetime-local value ("2025-11-28T19:30") as ISO 8601 with the offset the browser's zone
 * has at that moment ("2025-11-28T19:30:00+01:00"), or null when empty or not a date.
 * `offsetMinutes` is what Date.getTimezoneOffset gives (minutes behind UTC: -60 in winter in NL).
 */
export function localToIso(local: string, offsetMinutes: (d: Date) => number = (d) => d.getTimezoneOffset()) {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
	if (!m) return null;
	const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
	const date = new Date(y, mo - 1, d, h, mi);
	if (Number.isNaN(date.getTime())) return null;
	const ahead = -offsetMinutes(date);
	const sign = ahead >= 0 ? '+' : '-';
	const abs = Math.abs(ahead);
	return `${local.slice(0, 16)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The datetime-local value for an ISO moment, in the browser's zone; '' for none. */
export function isoToLocal(iso: string | null): string {
	if (!iso) return '';
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return '';
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
