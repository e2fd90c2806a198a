/** Where a handshake arrived: the host it named and the scheme it came over. */
export interface HandshakeTarget {
	host: string | undefined;
	protocol: 'http' | 'https';
}

/**
 * Decides whether a socket.io handshake may proceed, based on its Origin header.
 * Browsers always send Origin on cross-site requests, so a foreign Origin means another site is
 * trying to use the visitor's cookies (cross-site WebSocket hijacking). A missing Origin comes
 * from same-origin polling requests or from non-browser clients, which carry no ambient cookies.
 */
export function isAllowedOrigin(
	origin: string | undefined,
	here: HandshakeTarget,
	allowed: readonly string[]
): boolean {
	if (!origin) return true;
	let parsed: URL;
	try {
		parsed = new URL(origin);
	} catch {
		return false;
	}
	if (allowed.length > 0) return allowed.some((a) => sameOrigin(a, parsed));
	// Without a configured ORIGIN, accept only the origin of this very request: its host and its
	// scheme (an http page must not drive the sockets of the https site, nor the other way round).
	return !!here.host && sameOrigin(`${here.protocol}://${here.host}`, parsed);
}

function sameOrigin(allowed: string, origin: URL): boolean {
	try {
		return new URL(allowed).origin === origin.origin;
	} catch {
		return false;
	}
}
