import type { ParamMatcher } from '@sveltejs/kit';

/**
 * A secret link's token: 256 bits as 43 characters of base64url (a little slack either way, as
 * the services allow). Anything else cannot be a link the app made, so it is a 404.
 */
export const match: ParamMatcher = (param) => /^[A-Za-z0-9_-]{22,100}$/.test(param);
