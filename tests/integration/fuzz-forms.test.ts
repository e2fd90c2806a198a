import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServer, type LaunchedServer } from '../helpers/server';
import { organisationSnapshot, seedWorld, withServerDatabase, type World } from '../helpers/world';
import {
	declaredActions,
	encodeForm,
	formCases,
	postAction,
	type ActionResult,
	type FormCase
} from '../helpers/forms';
import { fuzzWorkshop } from '../helpers/world';
import { testPlan } from '../helpers/game';
import { DEEP_ARRAY_JSON, MEGABYTE } from '../helpers/hostile';
import { errorLines } from '../helpers/fuzz-socket';

/**
 * Every form action of every route, posted with every field bent (NUL, a lone surrogate as
 * percent-encoded CESU-8 and as raw invalid UTF-8, broken percent escapes, a megabyte,
 * missing and repeated fields, non-UUIDs, malformed and 10,000-deep JSON where a field carries
 * JSON) and with another organisation's ids; and every page with hostile path parameters.
 * Never a 500; another organisation's ids never succeed; organisation B's data is unchanged.
 */

let server: LaunchedServer;
let w: World & { then: Awaited<ReturnType<typeof organisationSnapshot>> };
let bBefore: Awaited<ReturnType<typeof organisationSnapshot>>;

beforeAll(async () => {
	server = await launchServer({}, { started: false });
	w = await seedWorld(server, (world) => organisationSnapshot(world.b.organisationId));
	bBefore = w.then;
}, 120_000);
afterAll(async () => {
	await server?.dispose();
});

/** When a case failed: what the server logged meanwhile (the cause of a 500), once each. */
function serverErrors(since: number, failures: string[]): string[] {
	if (failures.length === 0) return [];
	const messages = errorLines(server.output().slice(since)).filter(
		// SvelteKit logs these and answers 400 / 415 itself: not the cause of a 500.
		(l) => !/Failed to decode URI|Form actions expect form-encoded data/.test(l)
	);
	return [...new Set(messages)].map((m) => `server: ${m}`);
}

interface ActionSpec {
	url: string;
	cookie?: string;
	valid: Record<string, string>;
	json?: string[];
	otherOrg?: Record<string, string>;
	/** The same form posted to another organisation's (or a malformed) id in the path. */
	otherPaths?: string[];
}

const household = {
	name: 'Fenna Fuzz',
	email: 'fenna@buurt.test',
	postcode: '3512 KX',
	houseNumber: '12',
	lat: '52.0911',
	lng: '5.1177',
	consent: 'yes',
	awayFrom: '2026-12-24',
	awayTo: '2026-12-26'
};

function specs(): Record<string, ActionSpec> {
	const { a, b, campaign: c } = w;
	const camp = `/burglary/${c.id}`;
	const attempt = c.attempts[0]!;
	const paths = (tpl: (id: string) => string) => [tpl(b.game.id), tpl('not-a-uuid'), tpl('%00')];
	const A = a.cookie;
	return {
		'/logout?/default': { url: '/logout', cookie: w.colleague.logoutCookie, valid: { x: '1' } },
		'/(app)/admin/accounts?/create': {
			url: '/admin/accounts?/create',
			cookie: A,
			valid: { name: 'Nieuwe Collega', email: 'nieuw@fuzz.test', role: 'presentator', password: w.password }
		},
		'/(app)/admin/accounts?/role': {
			url: '/admin/accounts?/role',
			cookie: A,
			valid: { id: w.otherColleagueId, role: 'presentator' },
			otherOrg: { id: b.user.id }
		},
		'/(app)/admin/accounts?/disable': {
			url: '/admin/accounts?/disable',
			cookie: A,
			valid: { id: w.otherColleagueId },
			otherOrg: { id: b.user.id }
		},
		'/(app)/admin/accounts?/enable': {
			url: '/admin/accounts?/enable',
			cookie: A,
			valid: { id: w.otherColleagueId },
			otherOrg: { id: b.user.id }
		},
		'/(app)/account/password?/default': {
			url: '/account/password',
			cookie: w.colleague.cookie,
			valid: {
				currentPassword: w.password,
				newPassword: 'een nieuwe lange zin',
				passwordConfirm: 'een nieuwe lange zin'
			}
		},
		'/(app)/burglary?/create': {
			url: '/burglary?/create',
			cookie: A,
			valid: { title: 'Campagne', boefName: 'Bert' }
		},
		'/(app)/burglary/[id=uuid]?/reveal': {
			url: `${camp}?/reveal`,
			cookie: A,
			valid: { registrationId: attempt.registrationId! },
			otherPaths: paths((id) => `/burglary/${id}?/reveal`)
		},
		'/(app)/burglary/[id=uuid]?/tick': {
			url: `${camp}?/tick`,
			cookie: A,
			valid: { which: 'meldkamer', informedWho: 'Meldkamer Noord', informedAt: '2026-12-01T10:00' },
			otherPaths: paths((id) => `/burglary/${id}?/tick`)
		},
		'/(app)/burglary/[id=uuid]?/untick': { url: `${camp}?/untick`, cookie: A, valid: { which: 'briefing' } },
		'/(app)/burglary/[id=uuid]?/renewLink': {
			url: `${camp}?/renewLink`,
			cookie: A,
			valid: { boefId: 'b2' },
			otherPaths: paths((id) => `/burglary/${id}?/renewLink`)
		},
		'/(app)/burglary/[id=uuid]?/revokeLink': {
			url: `${camp}?/revokeLink`,
			cookie: A,
			valid: { boefId: 'b2' }
		},
		'/(app)/burglary/[id=uuid]?/draw': { url: `${camp}?/draw`, cookie: A, valid: { date: c.today } },
		'/(app)/burglary/[id=uuid]?/assign': {
			url: `${camp}?/assign`,
			cookie: A,
			valid: { attemptId: attempt.id, boefId: 'b2' },
			otherPaths: paths((id) => `/burglary/${id}?/assign`)
		},
		'/(app)/burglary/[id=uuid]/setup?/save': {
			url: `${camp}/setup?/save`,
			cookie: A,
			valid: { title: 'Houd de boef tegen', settings: JSON.stringify(c.settings) },
			json: ['settings'],
			otherPaths: paths((id) => `/burglary/${id}/setup?/save`)
		},
		'/(app)/burglary/[id=uuid]/live?/publish': {
			url: `${camp}/live?/publish`,
			cookie: A,
			valid: { confirm: 'yes' }
		},
		'/(app)/burglary/[id=uuid]/live?/deleteCall': {
			url: `${camp}/live?/deleteCall`,
			cookie: A,
			valid: { callId: randomUUID() },
			otherPaths: paths((id) => `/burglary/${id}/live?/deleteCall`)
		},
		'/(app)/sessions/new?/default': {
			url: '/sessions/new',
			cookie: A,
			valid: { workshopId: a.workshopId, scoring: 'flat', streakBonus: 'on', showLeaderboard: 'on' },
			otherOrg: { workshopId: b.workshopId }
		},
		'/(app)/games?/create': { url: '/games?/create', cookie: A, valid: { title: 'Spel', boefName: 'Boef' } },
		'/(app)/games/[id=uuid]?/renewLink': {
			url: `/games/${a.game.id}?/renewLink`,
			cookie: A,
			valid: { boefId: 'b3' },
			otherPaths: paths((id) => `/games/${id}?/renewLink`)
		},
		'/(app)/games/[id=uuid]?/revokeLink': {
			url: `/games/${a.game.id}?/revokeLink`,
			cookie: A,
			valid: { boefId: 'b3' },
			otherPaths: paths((id) => `/games/${id}?/revokeLink`)
		},
		'/(app)/games/[id=uuid]/setup?/save': {
			url: `/games/${a.game.id}/setup?/save`,
			cookie: A,
			valid: { title: 'Spel Noord', plan: JSON.stringify(testPlan()) },
			json: ['plan'],
			otherPaths: paths((id) => `/games/${id}/setup?/save`)
		},
		'/(app)/workshops?/create': { url: '/workshops?/create', cookie: A, valid: { title: 'Nieuwe avond' } },
		'/(app)/workshops?/copy': {
			url: '/workshops?/copy',
			cookie: A,
			valid: { id: a.workshopId },
			otherOrg: { id: b.workshopId }
		},
		'/(app)/workshops?/delete': {
			url: '/workshops?/delete',
			cookie: A,
			valid: { id: randomUUID() },
			otherOrg: { id: b.workshopId }
		},
		'/(app)/workshops?/restore': { url: '/workshops?/restore', cookie: A, valid: { id: b.workshopId } },
		'/(app)/workshops?/import': { url: '/workshops?/import', cookie: A, valid: { file: 'x' } },
		'/(app)/workshops/[id=uuid]?/save': {
			url: `/workshops/${a.workshopId}?/save`,
			cookie: A,
			valid: { workshop: JSON.stringify(fuzzWorkshop) },
			json: ['workshop'],
			otherPaths: [b.workshopId, 'not-a-uuid', '%00'].map((id) => `/workshops/${id}?/save`)
		},
		'/login?/default': {
			url: '/login',
			valid: { email: 'noord@fuzz.test', password: 'fout wachtwoord hier' }
		},
		'/setup?/default': {
			url: '/setup',
			valid: {
				organisationName: 'X',
				name: 'Y',
				email: 'y@fuzz.test',
				password: w.password,
				passwordConfirm: w.password
			}
		},
		'/r/[code=joincode]?/register': {
			url: `/r/${c.joinCode}?/register`,
			valid: household,
			otherPaths: ['000000', '%00', 'x'.repeat(1024)].map((code) => `/r/${code}?/register`)
		},
		'/r/[code=joincode]?/newLink': {
			url: `/r/${c.joinCode}?/newLink`,
			valid: { linkEmail: 'fenna@buurt.test' }
		},
		'/mijn/[token]?/update': {
			url: `/mijn/${c.residentTokens[2]}?/update`,
			valid: { ...household, email: 'marieke.oosterhuis@buurt.test' },
			otherPaths: ['%00', '..%2f..', 'x'.repeat(1024)].map((t) => `/mijn/${t}?/update`)
		},
		'/mijn/[token]?/withdraw': {
			url: `/mijn/${'x'.repeat(43)}?/withdraw`,
			valid: { x: '1' },
			otherPaths: ['%00', '..%2f..', 'x'.repeat(1024)].map((t) => `/mijn/${t}?/withdraw`)
		},
		'/join?/default': { url: '/join', valid: { code: a.quiz.joinCode } }
	};
}

/** "field kind: status type" for a case that broke a rule; null when it is fine. */
function verdict(r: ActionResult, c: Pick<FormCase, 'kind'>): string | null {
	if (r.status >= 500) return `${r.status} ${r.type}`;
	if ((c.kind === 'other-org' || c.kind === 'non-uuid') && (r.type === 'success' || r.type === 'redirect'))
		return `accepted (${r.status} ${r.type})`;
	return null;
}

describe('form actions', () => {
	it('the list covers every action of every route', () => {
		expect(Object.keys(specs()).sort()).toEqual(declaredActions());
	});

	it.each(declaredActions())('%s', { timeout: 120_000 }, async (name) => {
		const spec = specs()[name]!;
		const before = server.output().length;
		const failures: string[] = [];
		const cases = formCases(spec.valid, { json: spec.json, otherOrg: spec.otherOrg });
		// A few at a time: fast, without turning the run into a load test.
		for (let i = 0; i < cases.length; i += 8) {
			const batch = cases.slice(i, i + 8);
			const results = await Promise.all(
				batch.map((c) => postAction(server, spec.url, encodeForm(c.body), spec.cookie))
			);
			results.forEach((r, j) => {
				const v = verdict(r, batch[j]!);
				if (v) failures.push(`${name}: ${batch[j]!.field} ${batch[j]!.kind}: ${v}`);
			});
		}
		for (const url of spec.otherPaths ?? []) {
			const r = await postAction(server, url, encodeForm(Object.entries(spec.valid)), spec.cookie);
			const v = verdict(r, { kind: 'other-org' });
			if (v) failures.push(`${name}: path ${url.slice(0, 60)}: ${v}`);
		}
		// Whole bodies of the wrong shape.
		for (const [what, body, type] of [
			['malformed multipart', Buffer.from('--x\r\nbroken'), 'multipart/form-data; boundary=x'],
			['JSON body', Buffer.from(DEEP_ARRAY_JSON), 'application/json'],
			['empty body', Buffer.alloc(0), 'application/x-www-form-urlencoded'],
			['megabyte body', Buffer.from(`a=${MEGABYTE}`), 'application/x-www-form-urlencoded']
		] as const) {
			const r = await postAction(server, spec.url, body, spec.cookie, type);
			const v = verdict(r, { kind: 'missing' });
			if (v) failures.push(`${name}: ${what}: ${v}`);
		}
		failures.push(...serverErrors(before, failures));
		expect(failures).toEqual([]);
	});

	it('the one POST endpoint outside actions (/language) answers below 500', async () => {
		const before = server.output().length;
		const failures: string[] = [];
		for (const c of formCases({ lang: 'en', redirectTo: '/dashboard' })) {
			const res = await fetch(`${server.url}/language`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
				body: new Uint8Array(encodeForm(c.body))
			});
			if (res.status >= 500) failures.push(`/language: ${c.field} ${c.kind}: ${res.status}`);
		}
		failures.push(...serverErrors(before, failures));
		expect(failures).toEqual([]);
	});

	it('the workshop import refuses hostile files with a 4xx', async () => {
		const before = server.output().length;
		const failures: string[] = [];
		for (const [what, content] of [
			['malformed JSON', '{"format": '],
			['deep JSON', DEEP_ARRAY_JSON],
			['NUL', `{"format":"duizend-ogen.workshop","version":1,"workshop":{"title":"a\u0000"}}`],
			['lone surrogate', '{"format":"duizend-ogen.workshop","version":1,"workshop":{"title":"\\ud800"}}'],
			['invalid UTF-8', Buffer.from([0x7b, 0xed, 0xa0, 0xbd, 0xff, 0x7d])],
			['megabyte', MEGABYTE]
		] as const) {
			const form = new FormData();
			form.append('file', new Blob([content], { type: 'application/json' }), 'avond.json');
			const r = await postAction(server, '/workshops?/import', form, w.a.cookie);
			if (r.status >= 500) failures.push(`import ${what}: ${r.status} ${r.type}`);
		}
		failures.push(...serverErrors(before, failures));
		expect(failures).toEqual([]);
	});
});

/** Page routes with their parameters; [id] routes are organisation A's, scoped to the login. */
const PAGE_ROUTES = [
	'/burglary/:id',
	'/burglary/:id/live',
	'/burglary/:id/log',
	'/burglary/:id/outbox',
	'/burglary/:id/review',
	'/burglary/:id/setup',
	'/games/:id',
	'/games/:id/briefing',
	'/games/:id/debrief',
	'/games/:id/results',
	'/games/:id/setup',
	'/host/:id',
	'/host/:id/remote',
	'/sessions/:id',
	'/sessions/:id/results.csv',
	'/workshops/:id',
	'/workshops/:id/export',
	'/:code',
	'/boef/:code',
	'/game/:code',
	'/mijn/:code',
	'/play/:code',
	'/r/:code'
];

/**
 * Whether a __data.json answer holds a server error: SvelteKit answers 200 and puts the error
 * in the node, with a `status` only for expected (4xx) errors; an unexpected one has none.
 */
function dataError(body: string): boolean {
	try {
		const parsed = JSON.parse(body) as {
			type?: string;
			status?: number;
			nodes?: ({ type?: string; status?: number } | null)[];
		};
		const nodes = [parsed, ...(parsed.nodes ?? [])];
		return nodes.some(
			(n) => n?.type === 'error' && !(n.status !== undefined && n.status >= 400 && n.status < 500)
		);
	} catch {
		return false;
	}
}

/** An organisation-scoped page (an :id route) asked for one of organisation B's ids. */
const scoped = (u: string) =>
	/^\/(burglary|games|host|sessions|workshops)\//.test(u) &&
	[w.b.game.id, w.b.quiz.id, w.b.workshopId].some((id) => u.includes(id));

describe('pages with hostile path parameters', () => {
	it('answer 4xx (or a redirect), never 500, for pages and __data.json', { timeout: 120_000 }, async () => {
		const params = [
			'not-a-uuid',
			'%00',
			'..%2f..',
			'%ED%A0%BD',
			'%FF',
			'x'.repeat(1024),
			randomUUID(),
			w.b.game.id,
			w.b.quiz.id,
			w.b.workshopId
		];
		const before = server.output().length;
		const failures: string[] = [];
		const urls = PAGE_ROUTES.flatMap((r) =>
			params.flatMap((p) => {
				const u = r.replace(/:id|:code/, p);
				return r.endsWith('.csv') || r.endsWith('export') ? [u] : [u, `${u}/__data.json`];
			})
		);
		for (let i = 0; i < urls.length; i += 10)
			await Promise.all(
				urls.slice(i, i + 10).map(async (u) => {
					const res = await fetch(`${server.url}${u}`, {
						redirect: 'manual',
						headers: { cookie: w.a.cookie }
					});
					const body = await res.text();
					if (res.status >= 500 || (u.endsWith('__data.json') && dataError(body)))
						failures.push(
							`GET ${u.slice(0, 80)}: ${res.status >= 500 ? res.status : 'error node without 4xx status'}`
						);
					else if (scoped(u) && res.status === 200 && !u.endsWith('__data.json'))
						failures.push(`GET ${u.slice(0, 80)}: 200 for organisation B`);
				})
			);
		failures.push(...serverErrors(before, failures));
		expect(failures).toEqual([]);
	});
});

describe('organisation B', () => {
	it('has exactly the data it had before organisation A’s requests', { timeout: 60_000 }, async () => {
		const after = await withServerDatabase(server, () => organisationSnapshot(w.b.organisationId), {
			restart: false
		});
		expect(after).toEqual(bBefore);
	});
});
