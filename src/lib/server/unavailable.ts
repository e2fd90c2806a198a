import { translate, type Locale } from '$lib/i18n';
import { isDatabaseUnavailable } from './db/errors';

/**
 * Pages while the database is away. A load or action that fails because the database cannot
 * be reached is no bug: the visitor gets 503 with "temporarily unavailable" and a Retry-After,
 * not a bare 500; `/healthz` says 503 as well, so a load balancer sees the same.
 */

const RETRY_AFTER_S = '10';

export { isDatabaseUnavailable };

/** The answer when the database fails before SvelteKit renders anything (session lookup). */
export function unavailableResponse(locale: Locale): Response {
	const message = translate(locale, 'error.unavailablePage');
	const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${message}</title><p style="font: 1.25rem/1.5 system-ui, sans-serif; margin: 2rem">${message}</p></html>`;
	return new Response(html, {
		status: 503,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'retry-after': RETRY_AFTER_S,
			'cache-control': 'no-store'
		}
	});
}

/** A rendered error page (or data/action response) becomes 503 when its cause was the outage. */
export function asUnavailable(response: Response): Response {
	if (response.status < 500) return response;
	const headers = new Headers(response.headers);
	headers.set('retry-after', RETRY_AFTER_S);
	headers.set('cache-control', 'no-store');
	return new Response(response.body, { status: 503, headers });
}
