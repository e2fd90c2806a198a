import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, translate } from '$lib/i18n';
import { clearSessionCookie, SESSION_COOKIE } from '$lib/server/auth/cookies';
import { config } from '$lib/server/config';
import { initDb } from '$lib/server/db';
import { migrateDb } from '$lib/server/db/migrate';
import { log } from '$lib/server/log';
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
	log.info({ database: handle.kind, demo: cfg.DEMO }, 'ready');
};

/** Paths that work before the one-time setup has run. */
const BEFORE_SETUP = ['/setup', '/healthz', '/language'];

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

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const session = await validateSession(token);
		if (session) {
			event.locals.user = session.user;
			event.locals.sessionId = session.sessionId;
		} else clearSessionCookie(event.cookies);
	}

	const path = event.url.pathname;
	if (!BEFORE_SETUP.some((p) => path === p || path.startsWith(`${p}/`)) && !(await isInstalled())) {
		redirect(303, '/setup');
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
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
	if (status === 404) return { message: translate(event.locals.locale ?? DEFAULT_LOCALE, 'error.notFound') };
	if (isDatabaseUnavailable(error)) {
		event.locals.unavailable = true;
		log.warn({ err: error, route: event.route.id }, 'database unavailable');
		return { message: translate(event.locals.locale ?? DEFAULT_LOCALE, 'error.unavailablePage') };
	}
	const errorId = crypto.randomUUID();
	log.error({ err: error, errorId, route: event.route.id }, 'unhandled error');
	return { message: translate(event.locals.locale ?? DEFAULT_LOCALE, 'error.internal'), errorId };
};
