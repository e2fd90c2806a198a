import type { MessageKey } from '$lib/i18n';

/**
 * An expected failure a user can act on. `code` is a message-catalogue key so every caller
 * (form action, socket ack) can show it translated; `status` is the HTTP equivalent.
 */
export class AppError extends Error {
	constructor(
		readonly code: MessageKey,
		readonly status = 400,
		readonly params: Record<string, string | number> = {}
	) {
		super(code);
		this.name = 'AppError';
	}
}
