/**
 * What kind of failure a database error is. postgres.js and PGlite expose the SQLSTATE as
 * `code`, drizzle wraps it in a `cause`, and postgres.js names its own connection failures
 * (CONNECTION_CLOSED, ...) in `code` too; so every check walks the cause chain.
 */
function codes(err: unknown): string[] {
	const out: string[] = [];
	let e = err as { code?: unknown; errno?: unknown; cause?: unknown } | null | undefined;
	for (let depth = 0; e && depth < 5; depth++) {
		if (typeof e.code === 'string') out.push(e.code);
		e = e.cause as typeof e;
	}
	return out;
}

/** A UNIQUE constraint refused the row. */
export function isUniqueViolation(err: unknown): boolean {
	return codes(err).includes('23505');
}

/**
 * The row itself was refused (class 22 data exception: NUL in text, a lone surrogate in jsonb,
 * a value out of range; class 23 integrity: a missing parent). Retrying the same row cannot
 * help, but the other rows of its batch can still be written.
 */
export function isDataError(err: unknown): boolean {
	return codes(err).some((c) => /^2[23][0-9A-Z]{3}$/.test(c));
}

/** Node's and postgres.js's names for a database that cannot be reached. */
const UNREACHABLE = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'ENOTFOUND',
	'EHOSTUNREACH',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT'
]);

/**
 * The database is gone for now (server down, restarting, connection lost, too many clients):
 * the same write will work later, so a phone should keep it and try again.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
	return codes(err).some(
		(c) =>
			UNREACHABLE.has(c) ||
			c.startsWith('08') || // connection exception
			c.startsWith('57P') || // admin shutdown, crash shutdown, cannot connect now
			c === '53300' || // too many connections
			c === '55000' // database not accepting connections
	);
}
