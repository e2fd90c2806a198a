/**
 * A household's registration form as plain data: what the form posts becomes the input of
 * `register` / `updateRegistration`, and the service's issues become messages beside their
 * fields. Pure, so the rules are unit-tested (form-values.test.ts) and both pages share them.
 */
import { isMessageKey } from '$lib/i18n';
import type { FieldError } from '$lib/form-types';
import { isValidLatLng, type LatLng } from '$lib/domain/boef/geo';
import { addDays, daysBetween, MAX_PERIOD_DAYS } from '$lib/domain/burglary/campaign';

/** One row of the "days away" list: a single day (`to` empty) or a period, 'YYYY-MM-DD'. */
export interface AwayRange {
	from: string;
	to: string;
}

/** What the form shows (initially, or again after a refused post). */
export interface RegistrationValues {
	name: string;
	email: string;
	postcode: string;
	houseNumber: string;
	place: LatLng | null;
	away: AwayRange[];
	consent: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string) => ISO_DAY.test(v) && !Number.isNaN(Date.parse(`${v}T12:00:00Z`));

/** Stored dates as the form shows them: consecutive days joined into one period. */
export function toRanges(dates: readonly string[]): AwayRange[] {
	const days = [...new Set(dates)].filter(isDay).sort();
	const out: AwayRange[] = [];
	for (const day of days) {
		const last = out.at(-1);
		if (last && addDays(last.to || last.from, 1) === day) last.to = day;
		else out.push({ from: day, to: '' });
	}
	return out;
}

/**
 * Every day of the rows, sorted and once each. A row with only `to`, or with `to` before
 * `from`, is read the forgiving way (one day; the two swapped). A malformed date is passed on
 * as it is, so the service refuses it with its own message. A period is capped at the longest
 * campaign, so a typo in the year cannot make thousands of dates.
 */
export function expandRanges(rows: readonly AwayRange[]): string[] {
	const out = new Set<string>();
	for (const row of rows) {
		const from = row.from.trim();
		const to = row.to.trim();
		if (!from && !to) continue;
		if (!from || !to || !isDay(from) || !isDay(to)) {
			out.add(from || to);
			if (from && to) out.add(to);
			continue;
		}
		const [a, b] = from <= to ? [from, to] : [to, from];
		const days = Math.min(daysBetween(a, b), MAX_PERIOD_DAYS);
		for (let i = 0; i <= days; i++) out.add(addDays(a, i));
	}
	return [...out].sort();
}

/** The pin's hidden fields: both numbers and a real place, else no pin. */
export function placeFrom(lat: unknown, lng: unknown): LatLng | null {
	if (typeof lat !== 'string' || typeof lng !== 'string' || lat.trim() === '' || lng.trim() === '')
		return null;
	const p = { lat: Number(lat), lng: Number(lng) };
	return isValidLatLng(p) ? p : null;
}

const text = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v.slice(0, 500) : '';
};

/** The posted form as the form shows it again. */
export function valuesFromForm(form: FormData): RegistrationValues {
	const froms = form.getAll('awayFrom').map(String);
	const tos = form.getAll('awayTo').map(String);
	const away = froms
		.map((from, i) => ({ from: from.slice(0, 10), to: (tos[i] ?? '').slice(0, 10) }))
		.filter((r) => r.from || r.to)
		.slice(0, 60);
	return {
		name: text(form, 'name'),
		email: text(form, 'email'),
		postcode: text(form, 'postcode'),
		houseNumber: text(form, 'houseNumber'),
		place: placeFrom(form.get('lat'), form.get('lng')),
		away,
		consent: form.get('consent') === 'yes'
	};
}

/** What the service validates (registrationSchema); `consent` is only `true` when ticked. */
export function registrationInput(values: RegistrationValues) {
	return {
		name: values.name,
		email: values.email,
		postcode: values.postcode,
		houseNumber: values.houseNumber,
		place: values.place,
		awayDates: expandRanges(values.away),
		consent: values.consent
	};
}

/** The longest value of each field (the schema's), for the "too long" message. */
const MAX_LENGTH: Record<string, number> = { name: 100, email: 254 };

/** The service's issues as one translated message per field (the first one for each). */
export function issuesToFields(
	issues: readonly { path: string; messageKey: string }[]
): Record<string, FieldError> {
	const fields: Record<string, FieldError> = {};
	for (const issue of issues) {
		const name = issue.path || 'form';
		if (fields[name]) continue;
		const key = isMessageKey(issue.messageKey) ? issue.messageKey : 'error.invalidInput';
		fields[name] = key === 'error.tooLong' ? { key, params: { max: MAX_LENGTH[name] ?? 100 } } : { key };
	}
	return fields;
}
