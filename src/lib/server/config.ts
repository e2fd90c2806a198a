import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting the server reads, with its default. `.env.example` lists the same names;
 * keep the two in step. Read from process.env so the same code serves `vite dev`,
 * `vite preview`, the production server and the test harness.
 */
const schema = z.object({
	NODE_ENV: z.string().default('production'),
	/** PostgreSQL connection string; without it the embedded PGlite database is used. */
	DATABASE_URL: z
		.string()
		.trim()
		.optional()
		.transform((v) => v || undefined),
	/** Folder for the embedded database and other local state. */
	DATA_DIR: z.string().default('./data'),
	/** Folder with the generated SQL migrations. */
	MIGRATIONS_DIR: z.string().default('./drizzle'),
	/** Public origin of the site, e.g. https://duizendogen.example.nl (also used by adapter-node). */
	ORIGIN: z
		.string()
		.trim()
		.optional()
		.transform((v) => v || undefined)
		.pipe(z.url({ protocol: /^https?$/ }).optional()),
	/**
	 * adapter-node's HOST_HEADER: the header a reverse proxy puts the visitor's host in (e.g.
	 * x-forwarded-host). With ORIGIN set, production refuses requests for any other host.
	 */
	HOST_HEADER: z
		.string()
		.trim()
		.toLowerCase()
		.optional()
		.transform((v) => v || undefined),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	/** Absolute lifetime of a login session, in hours. */
	SESSION_MAX_AGE_HOURS: z.coerce
		.number()
		.positive()
		.default(24 * 7),
	/** A session unused for this many minutes ends (inactivity timeout). */
	SESSION_IDLE_MINUTES: z.coerce
		.number()
		.positive()
		.default(12 * 60),
	/**
	 * Background map tiles, an XYZ URL template with {z}, {x} and {y} (or {-y}). Empty: no tiles,
	 * the map shows a plain background under its overlays (as in the tests).
	 */
	MAP_TILE_URL: z
		.string()
		.trim()
		.default('https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png')
		.refine(
			(v) =>
				v === '' ||
				(/^(https?:\/\/|\/)/.test(v) && ['{z}', '{x}'].every((p) => v.includes(p)) && /\{-?y\}/.test(v)),
			'expected an http(s) URL (or a path) with {z}, {x} and {y}, or empty for no tiles'
		),
	/** Credit line for the tiles, shown on the map. HTML (trusted: set by the operator). */
	MAP_TILE_ATTRIBUTION: z
		.string()
		.default('Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>'),
	/**
	 * SMTP server for e-mail, e.g. smtp://user:pass@mail.example.nl:587 or smtps://…:465. Unset:
	 * messages stay in the outbox in the database, readable in the app.
	 */
	SMTP_URL: z
		.string()
		.trim()
		.optional()
		.transform((v) => v || undefined)
		.pipe(z.url().optional()),
	/** Sender of every e-mail. */
	MAIL_FROM: z.string().trim().default('Duizend Ogen <noreply@duizendogen.invalid>'),
	/**
	 * Address lookup from postcode and house number, a PDOK Locatieserver-style "free" search
	 * URL (e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1/free). Unset: households
	 * place a pin on the map instead.
	 */
	GEOCODER_URL: z
		.string()
		.trim()
		.optional()
		.transform((v) => v || undefined)
		.pipe(z.url().optional()),
	/**
	 * Shifts the clock of the scheduled jobs (deletion of personal data) by this many ms. For
	 * drills and tests that need to see what happens weeks from now; leave 0 in production.
	 */
	JOB_CLOCK_OFFSET_MS: z.coerce.number().int().default(0),
	/** Seed the demo organisation and accounts at start-up (1/true to enable). */
	DEMO: z
		.string()
		.optional()
		.transform((v) => v === '1' || v?.toLowerCase() === 'true')
});

export type Config = z.infer<typeof schema> & { dataDir: string; migrationsDir: string };

let cached: Config | undefined;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	const parsed = schema.safeParse(env);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
		throw new Error(`Invalid configuration: ${problems}`);
	}
	return {
		...parsed.data,
		dataDir: path.resolve(parsed.data.DATA_DIR),
		migrationsDir: path.resolve(parsed.data.MIGRATIONS_DIR)
	};
}

export function config(): Config {
	cached ??= loadConfig();
	return cached;
}
