import { config } from '$lib/server/config';
import { log } from '$lib/server/log';
import type { LatLng } from '$lib/domain/boef/geo';

export interface GeocodedAddress {
	street: string;
	city: string;
	place: LatLng;
}

const TIMEOUT_MS = 3000;

/**
 * The search for one address. An addition is a house letter ('12a' → huisletter:A) when it is
 * one letter, else a toevoeging ('12-2', '12 bis'): without it, 12 and 12a are the same answer.
 */
export function addressQuery(postcode: string, houseNumber: string): string | null {
	const m = /^(\d+)(?:\s*-?\s*([A-Za-z0-9]+))?$/.exec(houseNumber.trim());
	if (!m) return null;
	const [, number, addition] = m;
	const base = `postcode:${postcode} and huisnummer:${number}`;
	if (!addition) return base;
	return /^[A-Za-z]$/.test(addition)
		? `${base} and huisletter:${addition.toUpperCase()}`
		: `${base} and huisnummertoevoeging:${addition}`;
}

/**
 * Looks up a Dutch address from postcode and house number with a PDOK Locatieserver-style
 * service (`GEOCODER_URL`, e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1/free).
 * Returns null when none is configured, it does not know the address, or it does not answer
 * in time: the household then places a pin on the map, so registering never depends on it.
 */
export async function geocode(
	postcode: string,
	houseNumber: string,
	url = config().GEOCODER_URL
): Promise<GeocodedAddress | null> {
	if (!url) return null;
	const q = new URL(url);
	const query = addressQuery(postcode, houseNumber);
	if (!query) return null;
	q.searchParams.set('q', query);
	q.searchParams.set('fq', 'type:adres');
	q.searchParams.set('rows', '1');
	q.searchParams.set('fl', 'straatnaam,woonplaatsnaam,centroide_ll');
	try {
		const res = await fetch(q, {
			signal: AbortSignal.timeout(TIMEOUT_MS),
			headers: { accept: 'application/json' }
		});
		if (!res.ok) return null;
		const body = (await res.json()) as { response?: { docs?: Record<string, unknown>[] } };
		const doc = body.response?.docs?.[0];
		const point =
			typeof doc?.centroide_ll === 'string' ? doc.centroide_ll.match(/POINT\(([-\d.]+) ([-\d.]+)\)/) : null;
		if (!doc || !point || typeof doc.straatnaam !== 'string') return null;
		return {
			street: doc.straatnaam,
			city: typeof doc.woonplaatsnaam === 'string' ? doc.woonplaatsnaam : '',
			place: { lng: Number(point[1]), lat: Number(point[2]) }
		};
	} catch (err) {
		log.warn({ err: err instanceof Error ? err.message : String(err) }, 'geocoder did not answer');
		return null;
	}
}
