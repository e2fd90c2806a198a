import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServer, postForm, type LaunchedServer } from '../helpers/server';

/**
 * The login throttle over HTTP (build/server.js): every request here comes from 127.0.0.1, so
 * an attacker's failures on that address hold back a browser without history, but not the
 * owner's browser that logged in before (its known-device cookie). Clock-dependent figures
 * are in auth-service.test.ts with an injected clock.
 */
let server: LaunchedServer;
const account = { email: 'bea@throttle.example', password: 'een zin als wachtwoord' };

beforeAll(async () => {
	server = await launchServer();
	const res = await postForm(server, '/setup', {
		organisationName: 'Team Throttle',
		name: 'Bea Beheer',
		email: account.email,
		password: account.password,
		passwordConfirm: account.password
	});
	expect(res.status).toBe(303);
});
afterAll(async () => {
	await server?.dispose();
});

const cookieOf = (res: Response, name: string) =>
	res.headers
		.getSetCookie()
		.find((c) => c.startsWith(`${name}=`))
		?.split(';')[0];

describe('login throttle over HTTP', () => {
	it("lets the owner's known browser in while an attacker's failures hold back the address", async () => {
		const first = await postForm(server, '/login', account);
		expect(first.status).toBe(303);
		const device = first.headers.getSetCookie().find((c) => c.startsWith('do_device='))!;
		expect(device).toMatch(/^do_device=[A-Za-z0-9_-]{43};/);
		expect(device).toMatch(/Path=\/login/i);
		expect(device).toMatch(/HttpOnly/i);

		for (let i = 0; i < 3; i++)
			expect((await postForm(server, '/login', { ...account, password: 'verkeerd wachtwoord' })).status).toBe(
				401
			);
		// A browser without history on this address now waits, with the wait in the message.
		const held = await postForm(server, '/login', account);
		expect(held.status).toBe(429);
		expect(await held.text()).toMatch(/Te veel mislukte pogingen\. Probeer het over \d+ seconden opnieuw\./);
		// The owner's browser gets in at once and keeps its cookie.
		const owner = await postForm(server, '/login', account, cookieOf(first, 'do_device'));
		expect(owner.status).toBe(303);
		expect(cookieOf(owner, 'do_session')).toMatch(/^do_session=/);
		expect(cookieOf(owner, 'do_device')).toBeUndefined();
	});
});
