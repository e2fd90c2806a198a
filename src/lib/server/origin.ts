import { AppError } from './errors';
import { config, type Config } from './config';

/**
 * The site's own address, decided once from ORIGIN. Every absolute link the app makes (e-mail,
 * QR code, join and boef links) comes from here and never from a request's Host header, which
 * anyone can forge: a forged Host in "Link kwijt?" would otherwise mail a household a real link
 * to a stranger's site.
 *
 * Without ORIGIN (the demo on http://localhost:3000, the tests, a LAN install) the app cannot
 * know its public address:
 * - links shown on a screen come from that screen's own request (the viewer sees the address
 *   they typed; a forged Host only fools the forger);
 * - links sent by e-mail come from the request only when it was made to this machine itself
 *   (localhost, 127.x, [::1]); any other request that would send one is refused with a 503 and
 *   a start-up warning says why. A campaign's households read their mail at home, so a server
 *   that sends mail needs a public address anyway.
 */
export interface OriginPolicy {
	/** ORIGIN as an origin (scheme, host, port), or null when it is not set. */
	origin: string | null;
	/** The session cookie's Secure flag from ORIGIN's scheme; null: from each request's scheme. */
	secureCookie: boolean | null;
	/** Strict-Transport-Security only when the site is known to be HTTPS. */
	hsts: boolean;
	/** Refuse requests for another host (production with ORIGIN). */
	checkHost: boolean;
	/** The request header that carries the visitor's host (adapter-node's HOST_HEADER). */
	hostHeader: string;
}

type OriginConfig = Pick<Config, 'ORIGIN' | 'NODE_ENV' | 'HOST_HEADER'>;

export function originPolicy(cfg: OriginConfig): OriginPolicy {
	const origin = cfg.ORIGIN ? new URL(cfg.ORIGIN) : null;
	const https = origin?.protocol === 'https:';
	return {
		origin: origin?.origin ?? null,
		secureCookie: origin ? https : null,
		hsts: https,
		checkHost: !!origin && cfg.NODE_ENV === 'production',
		hostHeader: cfg.HOST_HEADER ?? 'host'
	};
}

let cached: OriginPolicy | undefined;

/** The policy of this process (from config()). */
export function policy(): OriginPolicy {
	cached ??= originPolicy(config());
	return cached;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** This machine itself: the only hosts a request without ORIGIN may name for mailed links. */
export function isLoopbackHost(hostname: string): boolean {
	return LOOPBACK.test(hostname);
}

/** Origin for links shown to whoever made this request (QR codes, join links, boef links). */
export function publicOrigin(url: URL, p: OriginPolicy = policy()): string {
	return p.origin ?? url.origin;
}

/** Origin for links sent by e-mail; refuses (503) when neither ORIGIN nor loopback vouches. */
export function mailOrigin(url: URL, p: OriginPolicy = policy()): string {
	if (p.origin) return p.origin;
	if (isLoopbackHost(url.hostname)) return url.origin;
	throw new AppError('security.http.noOrigin', 503);
}

/**
 * May a request that names this host be served? Only ORIGIN's host, or this machine itself (a
 * reverse proxy on the same machine that does not pass the Host on); links come from ORIGIN
 * in every case, so allowing loopback opens nothing.
 */
export function hostAllowed(host: string | null, p: OriginPolicy = policy()): boolean {
	if (!p.checkHost || !p.origin) return true;
	if (!host) return false;
	const wanted = host.trim().toLowerCase();
	if (wanted === new URL(p.origin).host) return true;
	return isLoopbackHost(wanted.replace(/:\d+$/, ''));
}

/** Secure from ORIGIN's scheme; without ORIGIN from the request's (http on a LAN: not Secure). */
export function sessionCookieSecure(url: URL, p: OriginPolicy = policy()): boolean {
	return p.secureCookie ?? url.protocol === 'https:';
}

/** What the start-up log says about links, cookies and HSTS, so an operator sees the choice. */
export function describePolicy(p: OriginPolicy): Record<string, string | boolean> {
	return {
		origin: p.origin ?? '(not set)',
		links: p.origin
			? 'from ORIGIN'
			: 'from each request; e-mail with links only for requests to localhost (set ORIGIN)',
		cookieSecure:
			p.secureCookie === null
				? 'per request: only when it arrived over https (no ORIGIN)'
				: p.secureCookie
					? 'yes (ORIGIN is https)'
					: 'no (ORIGIN is http)',
		hsts: p.hsts,
		hostCheck: p.checkHost && p.origin ? `only ${new URL(p.origin).host} (header ${p.hostHeader})` : 'off'
	};
}
