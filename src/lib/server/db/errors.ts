/** A UNIQUE constraint refused the row. postgres.js and PGlite both expose the SQLSTATE as `code`, possibly on a wrapped cause. */
export function isUniqueViolation(err: unknown): boolean {
	const e = err as { code?: string; cause?: { code?: string } } | null | undefined;
	return e?.code === '23505' || e?.cause?.code === '23505';
}
