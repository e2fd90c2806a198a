import type { MessageKey, MessageParams } from '$lib/i18n';

/** A message to show next to a field or above a form; translated on the page. */
export interface FieldError {
	key: MessageKey;
	params?: MessageParams;
}

/** What a failed form action returns. */
export interface FormFailure {
	error?: FieldError;
	fields?: Record<string, FieldError>;
	/** Values to refill the form with. Passwords are never sent back. */
	values?: Record<string, string>;
}
