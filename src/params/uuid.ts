import type { ParamMatcher } from '@sveltejs/kit';

/**
 * A row id (any UUID version, the form PostgreSQL prints). Anything else is not a route at all,
 * so `/games/abc` or `/games/%00/setup` is a 404 before a load or an action could hand it to
 * the database (which refuses a malformed uuid with an error, i.e. a 500).
 */
export const match: ParamMatcher = (param) =>
	/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(param);
