import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { isLocale, translate, type Locale, type MessageKey } from '$lib/i18n';
import type {
	Ack,
	ClientToServerEvents,
	ErrorCode,
	Identity,
	ServerToClientEvents
} from '$lib/realtime/events';
import { isUnstorable } from '$lib/domain/text';
import { isDatabaseUnavailable } from '$lib/server/db/errors';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';

export interface SocketData {
	identity: Identity;
	locale: Locale;
	/** Login session id (hash) for account sockets; used to close them on logout. */
	authSessionId?: string;
}

export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const STATUS_TO_CODE: Record<number, ErrorCode> = {
	400: 'invalid_payload',
	401: 'unauthenticated',
	403: 'forbidden',
	404: 'not_found',
	409: 'conflict',
	410: 'too_late',
	429: 'rate_limited',
	503: 'unavailable'
};

function failure(
	socket: AppSocket,
	code: ErrorCode,
	key: MessageKey,
	params?: Record<string, string | number>
) {
	const locale = isLocale(socket.data.locale) ? socket.data.locale : 'nl';
	return { ok: false as const, error: { code, messageKey: key, message: translate(locale, key, params) } };
}

/**
 * Builds a socket handler: validates the payload against a schema, checks that the caller may
 * do this, runs the use case and acknowledges. Every failure becomes a translated error ack;
 * nothing a client sends can throw out of here and take the process down.
 */
export function defineHandler<S extends z.ZodType, T>(spec: {
	schema: S;
	allow: (identity: Identity) => boolean;
	run: (input: z.infer<S>, socket: AppSocket) => Promise<T>;
}) {
	return (socket: AppSocket) =>
		async (...args: unknown[]): Promise<void> => {
			const ack = args.at(-1);
			// A client that sends no callback gets no answer, but the event is still handled safely.
			const reply = typeof ack === 'function' ? (ack as (a: Ack<T>) => void) : () => {};
			const payload = typeof ack === 'function' ? args.slice(0, -1)[0] : args[0];
			try {
				if (!spec.allow(socket.data.identity)) {
					const unauth = socket.data.identity.kind === 'anonymous';
					return reply(
						failure(
							socket,
							unauth ? 'unauthenticated' : 'forbidden',
							unauth ? 'error.unauthenticated' : 'error.forbidden'
						)
					);
				}
				const parsed = spec.schema.safeParse(payload);
				if (!parsed.success) return reply(failure(socket, 'invalid_payload', 'error.invalidInput'));
				// Free text is cleaned by its schema; anything else that the database would refuse
				// (a NUL in a JSON document, a lone surrogate in a key) stops here, before any write.
				if (isUnstorable(parsed.data)) return reply(failure(socket, 'invalid_payload', 'error.unstorable'));
				reply({ ok: true, data: await spec.run(parsed.data, socket) });
			} catch (err) {
				if (err instanceof AppError)
					return reply(
						failure(socket, STATUS_TO_CODE[err.status] ?? 'invalid_payload', err.code, err.params)
					);
				if (isDatabaseUnavailable(err)) {
					log.warn({ err, socketId: socket.id }, 'database unavailable');
					return reply(failure(socket, 'unavailable', 'error.unavailable'));
				}
				log.error({ err, socketId: socket.id }, 'socket handler failed');
				reply(failure(socket, 'internal', 'error.internal'));
			}
		};
}
