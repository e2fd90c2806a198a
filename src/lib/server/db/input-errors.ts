/** How deep to follow `cause`: drizzle wraps the driver's error once; a little slack. */
const MAX_DEPTH = 4;

/**
 * Did the database refuse a value itself (SQLSTATE class 22, "data exception": a NUL byte in
 * text, a malformed uuid or number, a value out of range, a string too long)? Such an error
 * comes from input that got past validation, never from the database being away or from a
 * constraint, so it is the request's fault as far as the visitor is concerned. postgres.js and
 * PGlite both put the SQLSTATE in `code`; drizzle wraps it in a DrizzleQueryError's `cause`.
 */
export function isBadInputError(err: unknown): boolean {
	let e: unknown = err;
	for (let depth = 0; depth < MAX_DEPTH && e && typeof e === 'object'; depth++) {
		const { code, cause } = e as { code?: unknown; cause?: unknown };
		if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
		e = cause;
	}
	return false;
}
