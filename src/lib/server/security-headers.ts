/**
 * Response headers that depend on the route or on run-time settings. The Content-Security-Policy
 * itself comes from SvelteKit (svelte.config.js, `kit.csp`, with a fresh nonce per page); it is
 * fixed at build time, so the sources known only at start-up (the tile server, ORIGIN's
 * WebSocket) are added to it here.
 */

/**
 * Routes whose pages may ask for the device's position: the game phone and the boef phone
 * (reports and tracks), the household's pages (report a place, pick the home on the map) and
 * the pages a phone passes on its way there. A policy belongs to the document, and SvelteKit
 * moves from `/join` to `/game/123456` without loading a new one, so an entry page that forbade
 * geolocation would forbid it on the game page too. The organiser's pages never need it.
 */
const GEOLOCATION_ROUTES = new Set([
	'/',
	'/join',
	'/[code=joincode]',
	'/play/[code=joincode]',
	'/game/[code=joincode]',
	'/r/[code=joincode]',
	'/mijn/[token]',
	'/boef/[token=token]'
]);

/** Features the app never uses, off for every page and anything it might embed. */
const OFF = [
	'camera',
	'microphone',
	'payment',
	'usb',
	'serial',
	'bluetooth',
	'midi',
	'hid',
	'display-capture',
	'accelerometer',
	'gyroscope',
	'magnetometer'
];

export function permissionsPolicy(routeId: string | null): string {
	const geolocation = routeId !== null && GEOLOCATION_ROUTES.has(routeId) ? '(self)' : '()';
	return [`geolocation=${geolocation}`, ...OFF.map((f) => `${f}=()`)].join(', ');
}

/** One year; no includeSubDomains: other sites of the municipality's domain are not ours to decide. */
export const HSTS = 'max-age=31536000';

/**
 * The origin a tile URL template loads from, for img-src; null for a path on this site, no tiles,
 * or a template whose host is not a plain name. `{s}` subdomains become a `*.` wildcard.
 */
export function tileSource(template: string): string | null {
	const match = /^(https?):\/\/([^/?#]+)/i.exec(template);
	const scheme = match?.[1];
	const host = match?.[2];
	if (!scheme || !host) return null;
	const wildcard = host.replace(/^\{s\}\./, '*.');
	if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(wildcard)) return null;
	return `${scheme.toLowerCase()}://${wildcard.toLowerCase()}`;
}

/** socket.io's WebSocket at ORIGIN ('self' covers it in current browsers; older ones need it). */
export function webSocketSource(origin: string | null): string | null {
	if (!origin) return null;
	const url = new URL(origin);
	return `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`;
}

/** Adds sources to directives of a CSP header value (a directive not present is left out). */
export function extendCsp(header: string, extra: Record<string, readonly (string | null)[]>): string {
	return header
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const [name = '', ...sources] = part.split(/\s+/);
			const add = (extra[name] ?? []).filter((s): s is string => !!s && !sources.includes(s));
			return add.length ? `${part} ${add.join(' ')}` : part;
		})
		.join('; ');
}
