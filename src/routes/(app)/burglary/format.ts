/**
 * Dates and times on the organiser's pages, always in Dutch time: the server renders these
 * pages too, and must print the same as the browser whatever zone either runs in.
 */

const TIME_ZONE = 'Europe/Amsterdam';
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** "12-05-2025 21:34" (nl) or "12/05/2025, 21:34" (en). */
export function dateTime(ms: number, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), {
		timeZone: TIME_ZONE,
		dateStyle: 'short',
		timeStyle: 'short'
	}).format(ms);
}

/** A calendar day 'YYYY-MM-DD' as "di 13 mei 2025" / "Tue 13 May 2025". */
export function day(iso: string, locale: string): string {
	const ms = Date.parse(`${iso}T12:00:00Z`);
	if (Number.isNaN(ms)) return iso;
	return new Intl.DateTimeFormat(tag(locale), {
		timeZone: 'UTC',
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	}).format(ms);
}

/** Minutes the Dutch clock is ahead of UTC at `ms` (60 in winter, 120 in summer). */
function offsetMinutes(ms: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: TIME_ZONE,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric'
	}).formatToParts(ms);
	const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
	return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/**
 * The moment an `<input type="datetime-local">` value means when read as Dutch time
 * ('2025-03-30T14:05'), epoch ms; null when it is not such a value.
 */
export function dutchLocalToMs(value: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
	if (!m) return null;
	const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
	const wall = Date.UTC(y, mo - 1, d, h, mi);
	const check = new Date(wall);
	if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
	// The offset at the wall time read as UTC is right except within hours of a change: ask again.
	const first = wall - offsetMinutes(wall) * 60_000;
	return wall - offsetMinutes(first) * 60_000;
}

/** The datetime-local value showing `ms` in Dutch time, to the minute. */
export function msToDutchLocal(ms: number): string {
	const shifted = new Date(ms + offsetMinutes(ms) * 60_000);
	return shifted.toISOString().slice(0, 16);
}
