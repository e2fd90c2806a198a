/**
 * Decides whether a socket.io handshake may proceed, based on its Origin header.
 * Browsers always send Origin on cross-site requests, so a foreign Origin means another site is
 * trying to use the visitor's cookies (cross-site WebSocket hijacking). A missing Origin comes
 * from same-origin polling requests or from non-browser clients, which carry no ambient cookies.
 */
export function isAllowedOrigin(
	origin: string | undefined,
	host: string | undefined,
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
	// Without a configured ORIGIN, accept the origin that names the host the request came to.
	return !!host && parsed.host === host.toLowerCase();
}

function sameOrigin(allowed: string, origin: URL): boolean {
	try {
		return new URL(allowed).origin === origin.origin;
	} catch {
		return false;
	}
}
