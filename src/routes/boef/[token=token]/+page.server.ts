import type { PageServerLoad } from './$types';

/**
 * The boef's secret link. The page itself says nothing about the token: whether it is valid is
 * asked over the socket, which only answers the holder of the link. Keep the URL out of caches
 * and search engines (the app's Referrer-Policy already keeps it from other sites).
 */
export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' });
	return {};
};
