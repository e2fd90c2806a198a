import type { ParamMatcher } from '@sveltejs/kit';

/** A six-digit join code, so `/482913` can be the short URL shown on the projector. */
export const match: ParamMatcher = (param) => /^\d{6}$/.test(param);
