/**
 * What the overview's actions return, seen from the page: a refusal names its section (and
 * the row it concerns in `values`), so each small form shows only its own message.
 */
import type { FieldError } from '$lib/form-types';

export interface OverviewForm {
	section?: string;
	error?: FieldError;
	fields?: Record<string, FieldError>;
	values?: Record<string, string>;
	revealed?: {
		registrationId: string;
		street: string | null;
		houseNumber: string;
		postcode: string;
		city: string | null;
		email: string;
	};
	newLink?: { boefId: string; url: string; qr: { size: number; d: string } };
}

/** The refusal for this section, and when given, for the row whose `values[key]` is `value`. */
export function failureFor(
	form: OverviewForm | null | undefined,
	section: string,
	row?: { key: string; value: string }
): OverviewForm | undefined {
	if (!form?.error || form.section !== section) return undefined;
	if (row && form.values?.[row.key] !== row.value) return undefined;
	return form;
}
