import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db';
import { burglaryRegistration } from '$lib/server/db/schema';
import { geocode } from '$lib/server/services/burglary/geocoder';
import { publicCampaign, register } from '$lib/server/services/burglary/registrations';
import { openTestDatabase } from '../helpers/db';
import { campaign, HOUSEHOLDS, organiser, registrationInput } from '../helpers/burglary';

/**
 * The address lookup against a tiny HTTP server that answers like PDOK's Locatieserver
 * ("free" search: `response.docs[0]` with straatnaam, woonplaatsnaam and centroide_ll as
 * 'POINT(lng lat)'). It fills street, city and the home's place; when the service fails or is
 * too slow the registration does not wait for it and asks for a pin on the map instead.
 */
type Mode = 'ok' | 'error' | 'hang' | 'slow-body' | 'empty' | 'garbage';
let mode: Mode = 'ok';
const requests: URL[] = [];
let geocoder: http.Server;
let url: string;
let database: Awaited<ReturnType<typeof openTestDatabase>>;

const DOC = {
	straatnaam: 'Oudegracht',
	woonplaatsnaam: 'Utrecht',
	centroide_ll: 'POINT(5.12139117 52.09012345)'
};

beforeAll(async () => {
	geocoder = http.createServer((req, res) => {
		requests.push(new URL(req.url!, 'http://geocoder'));
		const json = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (mode === 'ok') return json(200, { response: { numFound: 1, docs: [DOC] } });
		if (mode === 'error') return json(500, { error: 'kapot' });
		if (mode === 'empty') return json(200, { response: { numFound: 0, docs: [] } });
		if (mode === 'garbage') {
			res.writeHead(200, { 'content-type': 'application/json' });
			return res.end('<html>onderhoud</html>');
		}
		if (mode === 'slow-body') {
			// Headers at once, the body never: the deadline must cover reading it too.
			res.writeHead(200, { 'content-type': 'application/json' });
			return res.write('{"response":');
		}
		// 'hang': never answers.
	});
	await new Promise<void>((resolve) => geocoder.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(geocoder.address() as AddressInfo).port}/bzk/locatieserver/search/v3_1/free`;
	// The configuration is read once per process (at the first import of the logger), before
	// this port was known: set the geocoder on the loaded configuration, as GEOCODER_URL would.
	(config() as { GEOCODER_URL?: string }).GEOCODER_URL = url;
	database = await openTestDatabase();
});
afterAll(async () => {
	geocoder?.closeAllConnections();
	await new Promise<void>((resolve) => geocoder?.close(() => resolve()));
	await database?.close();
});

describe('geocode()', () => {
	it('asks for the address by postcode and house number and reads street, city and place', async () => {
		mode = 'ok';
		expect(await geocode('3511AB', '12a', url)).toEqual({
			street: 'Oudegracht',
			city: 'Utrecht',
			place: { lat: 52.09012345, lng: 5.12139117 }
		});
		const q = requests.at(-1)!;
		expect(q.pathname).toBe('/bzk/locatieserver/search/v3_1/free');
		expect(q.searchParams.get('q')).toBe('postcode:3511AB and huisnummer:12 and huisletter:A');
		expect(q.searchParams.get('fq')).toBe('type:adres');
		expect(q.searchParams.get('rows')).toBe('1');
	});

	it('returns null when the service errs, knows nothing, or answers nonsense', async () => {
		for (const m of ['error', 'empty', 'garbage'] as const) {
			mode = m;
			expect(await geocode('3511AB', '12', url), m).toBeNull();
		}
	});

	it('returns null after its deadline when the service hangs, also halfway through the answer', async () => {
		for (const m of ['hang', 'slow-body'] as const) {
			mode = m;
			const started = Date.now();
			expect(await geocode('3511AB', '12', url), m).toBeNull();
			const took = Date.now() - started;
			expect(took).toBeGreaterThanOrEqual(2900);
			expect(took).toBeLessThan(6000);
		}
	}, 20_000);

	it('without a configured service (GEOCODER_URL empty) it does not look anything up', async () => {
		const before = requests.length;
		expect(await geocode('3511AB', '12', '')).toBeNull();
		expect(requests.length).toBe(before);
	});
});

describe('registering with a geocoder', () => {
	let code: string;

	beforeAll(async () => {
		const org = await organiser();
		code = (await campaign(org.user)).joinCode;
	});

	it('the public page says the address is looked up; street, city and place come from the service', async () => {
		mode = 'ok';
		expect((await publicCampaign(code))!.geocoder).toBe(true);
		const h = HOUSEHOLDS[0]!;
		const r = await register(code, registrationInput(h, { place: null }), 'https://buurt.test', 'nl');
		expect(r.ok).toBe(true);
		const [row] = await db()
			.select()
			.from(burglaryRegistration)
			.where(eq(burglaryRegistration.email, h.email));
		expect(row).toMatchObject({ street: 'Oudegracht', city: 'Utrecht', lat: 52.09012345, lng: 5.12139117 });
	});

	it('when the service fails, a registration without a pin is asked for one (issue on "place")', async () => {
		mode = 'error';
		const h = HOUSEHOLDS[1]!;
		expect(await register(code, registrationInput(h, { place: null }), 'https://buurt.test', 'nl')).toEqual({
			ok: false,
			issues: [{ path: 'place', messageKey: 'burglary.error.place' }]
		});
		// With the pin it goes through, without street or city.
		expect((await register(code, registrationInput(h), 'https://buurt.test', 'nl')).ok).toBe(true);
		const [row] = await db()
			.select()
			.from(burglaryRegistration)
			.where(eq(burglaryRegistration.email, h.email));
		expect(row).toMatchObject({ street: null, city: null, lat: h.place.lat, lng: h.place.lng });
	});

	it('a hanging service delays a registration by its deadline only', async () => {
		mode = 'hang';
		const h = HOUSEHOLDS[2]!;
		const started = Date.now();
		expect((await register(code, registrationInput(h), 'https://buurt.test', 'nl')).ok).toBe(true);
		expect(Date.now() - started).toBeLessThan(6000);
	}, 20_000);
});
