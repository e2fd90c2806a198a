/**
 * Dates on the household's and the boef's pages, always in Dutch time: a campaign happens in
 * the Netherlands, whatever zone the phone is set to.
 */
const ZONE = 'Europe/Amsterdam';
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** A calendar day 'YYYY-MM-DD' in words: "21 november 2025". */
export function formatDay(iso: string, locale: string): string {
	const ms = Date.parse(`${iso}T12:00:00Z`);
	if (Number.isNaN(ms)) return iso;
	return new Intl.DateTimeFormat(tag(locale), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(ms);
}

/** The day of a moment (epoch ms) in words. */
export function formatDate(ms: number, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: ZONE
	}).format(ms);
}

/** The time of a moment, "14:05". */
export function formatTime(ms: number, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), { hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(
		ms
	);
}

/** Day and time of a moment: "21 nov. 14:05". */
export function formatMoment(ms: number, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), {
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: ZONE
	}).format(ms);
}
