import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, translate } from '$lib/i18n';
import { clearSessionCookie, SESSION_COOKIE } from '$lib/server/auth/cookies';
import { config } from '$lib/server/config';
import { initDb } from '$lib/server/db';
import { migrateDb } from '$lib/server/db/migrate';
import { isBadInputError } from '$lib/server/db/errors';
import { log } from '$lib/server/log';
import { describePolicy, hostAllowed, policy } from '$lib/server/origin';
import {
	extendCsp,
	HSTS,
	permissionsPolicy,
	tileSource,
	webSocketSource
} from '$lib/server/security-headers';
import { asUnavailable, isDatabaseUnavailable, unavailableResponse } from '$lib/server/unavailable';
import { wireRealtime } from '$lib/server/realtime/wire';
import { isInstalled } from '$lib/server/services/accounts';
import { pruneLoginFailures, validateSession } from '$lib/server/services/auth';
import { seedDemo } from '$lib/server/services/demo';
import { resumeRunningQuizzes } from '$lib/server/services/quiz/sessions';
import { resumeRunningGames } from '$lib/server/services/game/games';
import { startMailWorker } from '$lib/server/mail/outbox';
import { startRetentionJob } from '$lib/server/services/burglary/retention-job';

export const init: ServerInit = async () => {
	const cfg = config();
	const handle = await initDb({ databaseUrl: cfg.DATABASE_URL, dataDir: cfg.dataDir });
	await migrateDb(cfg.migrationsDir);
	if (cfg.DEMO) await seedDemo();
	await pruneLoginFailures();
	// Rate-limit records hash IP addresses; keep them no longer than the limiter needs.
	setInterval(
		() => void pruneLoginFailures().catch((err: unknown) => log.error({ err }, 'prune failed')),
		15 * 60_000
	).unref();
	wireRealtime();
	await resumeRunningQuizzes();
	await resumeRunningGames();
	// Delivers queued e-mail (and retries) when SMTP is configured; the outbox survives restarts.
	startMailWorker({ smtpUrl: cfg.SMTP_URL, from: cfg.MAIL_FROM });
	// Deletes Houd u de boef tegen? personal data when its time has come (schedule in the database).
	startRetentionJob(() => Date.now() + cfg.JOB_CLOCK_OFFSET_MS);
	const origin = policy();
	log.info(describePolicy(origin), 'origin, session cookie and HSTS');
	if (!origin.origin)
		log.warn(
			'ORIGIN is not set: links come from each request, and e-mail with a personal link is refused unless the request was made to localhost. Set ORIGIN to the public address, e.g. https://duizendogen.example.nl'
		);
	log.info({ database: handle.kind, demo: cfg.DEMO }, 'ready');
};

/** Paths that work before the one-time setup has run. */
const BEFORE_SETUP = ['/setup', '/healthz', '/language'];

/** Probes call these by the machine's address, not by the public name. */
const ANY_HOST = new Set(['/healthz', '/readyz']);

/** Sources only known at start-up, added to SvelteKit's Content-Security-Policy. */
let runtimeCsp: Record<string, (string | null)[]> | undefined;

export const handle: Handle = async (input) => {
	try {
		const response = await handleRequest(input);
		return input.event.locals.unavailable ? asUnavailable(response) : response;
	} catch (err) {
		if (!isDatabaseUnavailable(err)) throw err;
		log.warn({ err, route: input.event.route.id }, 'database unavailable');
		return unavailableResponse(input.event.locals.locale ?? DEFAULT_LOCALE);
	}
};

const handleRequest: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const lang = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
	event.locals.user = null;
	event.locals.sessionId = null;

	// Host-header poisoning and DNS rebinding: with ORIGIN set, production serves only its host.
	const origin = policy();
	if (!ANY_HOST.has(event.url.pathname) && !hostAllowed(event.request.headers.get(origin.hostHeader), origin))
		return new Response(translate(event.locals.locale, 'security.http.wrongHost'), {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
		});

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const session = await validateSession(token);
		if (session) {
			event.locals.user = session.user;
			event.locals.sessionId = session.sessionId;
		} else clearSessionCookie(event.cookies, event.url);
	}

	const path = event.url.pathname;
	if (!BEFORE_SETUP.some((p) => path === p || path.startsWith(`${p}/`)) && !(await isInstalled())) {
		redirect(303, '/setup');
	}

	let response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	if (response.status === 500 && event.locals.badInput)
		response = new Response(response.body, { status: 400, headers: response.headers });
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', permissionsPolicy(event.route.id));
	if (origin.hsts) response.headers.set('Strict-Transport-Security', HSTS);
	const csp = response.headers.get('content-security-policy');
	if (csp) {
		runtimeCsp ??= {
			'img-src': [tileSource(config().MAP_TILE_URL)],
			'connect-src': [webSocketSource(origin.origin)]
		};
		response.headers.set('content-security-policy', extendCsp(csp, runtimeCsp));
	}
	// Route ids, not URLs: URLs can carry codes and tokens.
	log.info(
		{
			method: event.request.method,
			route: event.route.id,
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	const locale = event.locals.locale ?? DEFAULT_LOCALE;
	if (status === 404) return { message: translate(locale, 'error.notFound') };
	if (isDatabaseUnavailable(error)) {
		event.locals.unavailable = true;
		log.warn({ err: error, route: event.route.id }, 'database unavailable');
		return { message: translate(locale, 'error.unavailablePage') };
	}
	const errorId = crypto.randomUUID();
	if (isBadInputError(error)) {
		// The database refused a value (a NUL byte, a malformed number...) that validation should
		// have stopped: the visitor gets a 400, the log still gets the error as a bug to fix.
		event.locals.badInput = true;
		log.error({ err: error, errorId, route: event.route.id }, 'unvalidated input reached the database');
		return { message: translate(locale, 'security.http.badInput'), errorId };
	}
	log.error({ err: error, errorId, route: event.route.id }, 'unhandled error');
	return { message: translate(locale, 'error.internal'), errorId };
};
