import type { IncomingHttpHeaders } from 'node:http';

/**
 * The address a request comes from, decided the way adapter-node decides `getClientAddress()`
 * (its `ADDRESS_HEADER` and `XFF_DEPTH` settings), so a socket and a form action from the same
 * phone count against the same limits. Read at every call: tests and restarts may change it.
 *
 * Unlike adapter-node this never throws: a missing or short header falls back to the
 * connection's own address, so hostile headers cannot make a socket handler fail.
 */
export function clientAddress(headers: IncomingHttpHeaders, remoteAddress: string | undefined): string {
	const header = (process.env.ADDRESS_HEADER ?? '').toLowerCase();
	const fallback = normalise(remoteAddress ?? '') || 'unknown';
	if (!header) return fallback;
	const raw = headers[header];
	const value = (Array.isArray(raw) ? raw.join(',') : (raw ?? '')).trim();
	if (!value) return fallback;
	if (header !== 'x-forwarded-for') return normalise(value) || fallback;
	const depth = Math.max(1, parseInt(process.env.XFF_DEPTH ?? '1', 10) || 1);
	const addresses = value.split(',');
	if (depth > addresses.length) return fallback;
	return normalise(addresses[addresses.length - depth]!) || fallback;
}

/**
 * One key per network: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is the IPv4 address, and an IPv6
 * address counts by its /64, since one phone or router owns a whole /64 and could otherwise
 * rotate through addresses to escape every limit. Anything else is kept as given (bounded).
 */
function normalise(address: string): string {
	const a = address.trim().toLowerCase().slice(0, 100);
	if (a.startsWith('::ffff:') && a.includes('.')) return a.slice(7);
	if (!a.includes(':')) return a;
	const groups = expandIpv6(a);
	return groups ? `${groups.slice(0, 4).join(':')}::/64` : a;
}

function expandIpv6(a: string): string[] | null {
	const [head, tail, extra] = a.replace(/%.*$/, '').split('::');
	if (extra !== undefined) return null;
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	if (tail === undefined && left.length !== 8) return null;
	const fill = 8 - left.length - right.length;
	if (fill < 0) return null;
	const groups = [...left, ...Array<string>(tail === undefined ? 0 : fill).fill('0'), ...right];
	if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
	return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}

/** The address of a socket's phone, by the same rules as HTTP. */
export function socketAddress(socket: {
	handshake: { headers: IncomingHttpHeaders; address: string };
}): string {
	return clientAddress(socket.handshake.headers, socket.handshake.address);
}
