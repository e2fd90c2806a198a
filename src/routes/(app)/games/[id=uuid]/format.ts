/**
 * Times and durations on the spelleider's screens. Clock times use the Dutch time zone on the
 * server and in the browser alike, so server-rendered pages (results) hydrate without a
 * mismatch whatever zone the server runs in.
 */

const TIME_ZONE = 'Europe/Amsterdam';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, seconds: boolean): Intl.DateTimeFormat {
	const key = `${locale}:${seconds}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
			timeZone: TIME_ZONE,
			hour: '2-digit',
			minute: '2-digit',
			second: seconds ? '2-digit' : undefined,
			hour12: false
		});
		formatters.set(key, f);
	}
	return f;
}

/** "21:34" or with seconds "21:34:05", epoch ms in Dutch time. */
export function clockTime(ms: number, locale: string, seconds = false): string {
	return formatter(locale, seconds).format(ms);
}

/** A timer: "4:05", "12:00", "1:02:03"; negative durations count as 0. */
export function timer(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Whole minutes, rounded down, never negative: for "waits 12 min". */
export function wholeMinutes(ms: number): number {
	return Math.max(0, Math.floor(ms / 60_000));
}

/** A share 0..1 as a whole percentage. */
export function percent(share: number): number {
	return Math.round(share * 100);
}

/** The value for an `<input type="datetime-local">` showing `ms` in the browser's own zone. */
export function datetimeLocalValue(ms: number): string {
	const d = new Date(ms);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "12-05-2025 21:34" (nl) or "12/05/2025, 21:34" (en), in Dutch time. */
export function dateTime(ms: number, locale: string): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		timeZone: TIME_ZONE,
		dateStyle: 'short',
		timeStyle: 'short'
	}).format(ms);
}
