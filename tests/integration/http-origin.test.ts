import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, initDb } from '$lib/server/db';
import { campaign, HOUSEHOLDS, organiser, registerAll } from '../helpers/burglary';
import { launchServer, rawRequest, type LaunchedServer } from '../helpers/server';

/**
 * The production server with ORIGIN set (NODE_ENV=production, as deployed): it serves only
 * ORIGIN's host (and this machine itself, for a local reverse proxy and probes), builds every
 * e-mailed link from ORIGIN, and decides the session cookie's Secure flag and HSTS from
 * ORIGIN's scheme. Two servers: a community centre on plain HTTP, and an HTTPS site.
 */
const LAN = 'http://buurthuis.lan:3000';
const HTTPS = 'https://duizendogen.test';
const PASSWORD = 'een lange zin als wachtwoord';

let lan: LaunchedServer;
let site: LaunchedServer;
let joinCode: string;
let campaignId: string;
let cookie: string;
let tokens: string[];

beforeAll(async () => {
	[lan, site] = await Promise.all([
		launchServer({ ORIGIN: LAN, NODE_ENV: 'production' }),
		launchServer({ ORIGIN: HTTPS, NODE_ENV: 'production' })
	]);
	// The organiser and a campaign with households, on the LAN server's database while it is stopped.
	await lan.stop('SIGTERM');
	await initDb({ databaseUrl: lan.databaseUrl, dataDir: lan.dataDir });
	const org = await organiser('origin@boef.test');
	const c = await campaign(org.user, {}, 'Actie Buurthuis');
	tokens = await registerAll(c.joinCode, HOUSEHOLDS.slice(0, 1));
	({ joinCode, id: campaignId } = c);
	cookie = org.cookie;
	await closeDb();
	await lan.start();
}, 90_000);
afterAll(async () => {
	await Promise.all([lan?.dispose(), site?.dispose()]);
});

/** A request as a browser on `origin` sends it, for the Host given. */
const form = (
	server: LaunchedServer,
	path: string,
	host: string,
	origin: string,
	fields: Record<string, string>
) =>
	rawRequest(server, path, {
		method: 'POST',
		headers: {
			host,
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields).toString()
	});

describe('the Host header', () => {
	it('of another site is refused with a translated plain page', async () => {
		for (const host of ['evil.example', 'buurthuis.lan.evil.example', 'duizendogen.test']) {
			const res = await rawRequest(lan, '/login', { headers: { host } });
			expect(res.status, host).toBe(400);
			expect(res.headers['content-type']).toMatch(/^text\/plain/);
			expect(res.body).toContain('Dit adres hoort niet bij deze server');
		}
		expect((await rawRequest(site, '/', { headers: { host: 'evil.example' } })).status).toBe(400);
	});

	it('of ORIGIN, or of this machine itself, is served; probes answer whatever the Host', async () => {
		expect((await rawRequest(lan, '/login', { headers: { host: 'buurthuis.lan:3000' } })).status).toBe(200);
		expect((await rawRequest(lan, '/login', { headers: { host: `localhost:${lan.port}` } })).status).toBe(
			200
		);
		expect((await rawRequest(lan, '/healthz', { headers: { host: '10.1.2.3:3000' } })).status).toBe(200);
	});

	it('"Link kwijt?" for a forged Host sends nothing; for another allowed Host the link is ORIGIN\'s', async () => {
		const email = HOUSEHOLDS[0]!.email;
		// A script, not a browser: it can send ORIGIN as Origin to get past the CSRF check.
		const forged = await form(lan, `/r/${joinCode}?/newLink`, 'evil.example', LAN, { linkEmail: email });
		expect(forged.status).toBe(400);
		// The old link still works: nothing was sent and no token replaced.
		const mine = await rawRequest(lan, `/mijn/${tokens[0]}`, { headers: { host: 'buurthuis.lan:3000' } });
		expect(mine.status).toBe(200);

		// Through a local proxy that passes no Host on: the mail still links to ORIGIN.
		const local = await form(lan, `/r/${joinCode}?/newLink`, `127.0.0.1:${lan.port}`, LAN, {
			linkEmail: email
		});
		expect(local.status).toBe(200);
		const outbox = await rawRequest(lan, `/burglary/${campaignId}/outbox`, {
			headers: { host: 'buurthuis.lan:3000', cookie }
		});
		expect(outbox.status).toBe(200);
		expect(outbox.body).toContain(`${LAN}/mijn/`);
		expect(outbox.body).not.toContain('evil.example');
		expect(outbox.body).not.toContain(`127.0.0.1:${lan.port}/mijn/`);
	});
});

describe('session cookie and HSTS follow the scheme of ORIGIN', () => {
	it('plain HTTP on a LAN name: the cookie is not Secure (else login would silently fail), no HSTS', async () => {
		const res = await form(lan, '/login', 'buurthuis.lan:3000', LAN, {
			email: 'origin@boef.test',
			password: PASSWORD
		});
		expect(res.status).toBe(303);
		const setCookie = String(res.headers['set-cookie']);
		expect(setCookie).toMatch(/do_session=[A-Za-z0-9_-]{43};/);
		expect(setCookie).not.toMatch(/;\s*Secure/i);
		expect(res.headers['strict-transport-security']).toBeUndefined();
		// A stale session cookie is cleared with the same flag (a Secure deletion would be dropped).
		const stale = await rawRequest(lan, '/login', {
			headers: { host: 'buurthuis.lan:3000', cookie: `do_session=${'x'.repeat(43)}` }
		});
		expect(stale.status).toBe(200);
		expect(String(stale.headers['set-cookie'])).toMatch(/do_session=;/);
		expect(String(stale.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
		// The locale cookie too, or the language switch would not stick either.
		const lang = await form(lan, '/language', 'buurthuis.lan:3000', LAN, { lang: 'en', redirectTo: '/' });
		expect(String(lang.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
	});

	it('HTTPS: the cookie is Secure and every response has Strict-Transport-Security', async () => {
		const res = await form(site, '/setup', 'duizendogen.test', HTTPS, {
			organisationName: 'Basisteam Proef',
			name: 'Bea Beheer',
			email: 'bea@proef.example',
			password: PASSWORD,
			passwordConfirm: PASSWORD
		});
		expect(res.status).toBe(303);
		expect(String(res.headers['set-cookie'])).toMatch(/do_session=[^;]+;.*Secure/i);
		expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
		const page = await rawRequest(site, '/login', { headers: { host: 'duizendogen.test' } });
		expect(page.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
		// socket.io's WebSocket at ORIGIN is allowed explicitly (older browsers do not read it into 'self').
		expect(page.headers['content-security-policy']).toMatch(/connect-src 'self' wss:\/\/duizendogen\.test/);
	});
});
