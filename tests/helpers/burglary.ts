import { sql } from 'drizzle-orm';
import { addDays, dutchDate, defaultSettings, type CampaignSettings } from '$lib/domain/burglary/campaign';
import { db } from '$lib/server/db';
import { organisation } from '$lib/server/db/schema';
import { insertAccount, setupInstallation } from '$lib/server/services/accounts';
import { createSession, validateSession, type SessionUser } from '$lib/server/services/auth';
import { createCampaign, tickPrecondition, updateSettings } from '$lib/server/services/burglary/campaigns';
import { register } from '$lib/server/services/burglary/registrations';

/**
 * Houd u de boef tegen? for tests: an organiser, a campaign whose period runs from today,
 * households with personal data that cannot occur by chance in ids or timestamps (letters
 * beyond 'f', odd decimals), so a search for them in what a phone received, an e-mail or the
 * database finds only a real leak.
 */

export interface Household {
	name: string;
	email: string;
	/** As typed on the phone; stored normalised (see `storedPostcode`). */
	postcode: string;
	houseNumber: string;
	place: { lat: number; lng: number };
}

export const HOUSEHOLDS: readonly Household[] = [
	{
		name: 'Anneke Vlietstra',
		email: 'anneke.vlietstra@buurt.test',
		postcode: '3512 kx',
		houseNumber: '17k',
		place: { lat: 52.0911173, lng: 5.1177731 }
	},
	{
		name: 'Johan Zwartkop',
		email: 'j.zwartkop@buurt.test',
		postcode: '3513 PW',
		houseNumber: '233x',
		place: { lat: 52.0922287, lng: 5.1188843 }
	},
	{
		name: 'Marieke Oosterhuis',
		email: 'marieke.oosterhuis@buurt.test',
		postcode: '3514rt',
		houseNumber: '9 bis',
		place: { lat: 52.0933391, lng: 5.1199957 }
	}
];

export const storedPostcode = (h: Household) => h.postcode.replace(/\s+/g, '').toUpperCase();

/** Every string of a household that must never reach anyone but the organiser and its boef. */
export function personalStrings(h: Household): string[] {
	return [h.name, h.email, storedPostcode(h), h.houseNumber, String(h.place.lat), String(h.place.lng)];
}

export const AREA = [
	{ lat: 52.088, lng: 5.112 },
	{ lat: 52.098, lng: 5.112 },
	{ lat: 52.098, lng: 5.125 },
	{ lat: 52.088, lng: 5.125 }
];

export async function organiser(email = 'wijkagent@boef.test') {
	const { accountId } = await setupInstallation({
		organisationName: 'Basisteam Oost',
		name: 'Wijkagent Oost',
		email,
		password: 'een lange zin als wachtwoord'
	});
	return sessionOf(accountId);
}

async function sessionOf(accountId: string): Promise<{ user: SessionUser; cookie: string }> {
	const { token } = await createSession(accountId);
	const user = (await validateSession(token))!.user;
	return { user, cookie: `do_session=${token}` };
}

/** A presentator of another organisation: may host, but not this organisation's campaigns. */
export async function outsider() {
	const [org] = await db().insert(organisation).values({ name: 'Basisteam West' }).returning();
	const { id } = await insertAccount(org!.id, {
		name: 'Wijkagent West',
		email: 'west@boef.test',
		role: 'presentator',
		password: 'een andere lange zin als wachtwoord',
		mustChangePassword: false
	});
	return sessionOf(id);
}

/** A campaign whose period starts today, with an area and the given boeven and targets. */
export async function campaign(
	user: SessionUser,
	over: Partial<CampaignSettings> = {},
	title = 'Houd de boef tegen in Oost'
) {
	const today = dutchDate(Date.now());
	const created = await createCampaign(user, title, 'Boef Bert');
	const settings: CampaignSettings = {
		...defaultSettings(today, 'Boef Bert'),
		periodStart: today,
		periodEnd: addDays(today, 21),
		area: AREA,
		...over
	};
	const saved = await updateSettings(user, created.id, title, settings);
	if (!saved.ok) throw new Error(`settings refused: ${JSON.stringify(saved.issues)}`);
	return { ...created, title, today, settings };
}

export const TWO_BOEVEN: CampaignSettings['boeven'] = [
	{ id: 'b1', name: 'Boef Bert', movement: { kind: 'gps' } },
	{ id: 'b2', name: 'Boef Wim', movement: { kind: 'gps' } }
];

export function registrationInput(h: Household, over: Record<string, unknown> = {}) {
	return {
		name: h.name,
		email: h.email,
		postcode: h.postcode,
		houseNumber: h.houseNumber,
		place: h.place,
		awayDates: [],
		consent: true,
		...over
	};
}

/** Registers the households through the public service; returns their personal tokens in order. */
export async function registerAll(joinCode: string, households: readonly Household[] = HOUSEHOLDS) {
	const tokens: string[] = [];
	for (const h of households) {
		const r = await register(joinCode, registrationInput(h), 'https://buurt.test', 'nl');
		if (!r.ok) throw new Error(`registration refused: ${JSON.stringify(r.issues)}`);
		tokens.push(r.token);
	}
	return tokens;
}

export async function tickAll(user: SessionUser, id: string) {
	await tickPrecondition(user, id, {
		which: 'meldkamer',
		informedWho: 'Meldkamer Midden-Nederland, mw. De Vries',
		informedAtMs: Date.now() - 3_600_000
	});
	await tickPrecondition(user, id, { which: 'briefing' });
	await tickPrecondition(user, id, { which: 'area' });
}

// ---------------------------------------------------------------- the database, searched

/**
 * Where in the database a string occurs: every text, varchar, json(b), array and floating-point
 * column (as text, so a coordinate is found too) of every table.
 */
export async function findInDatabase(
	needles: readonly string[]
): Promise<{ table: string; column: string; needle: string }[]> {
	const columns = (await db().execute(sql`
		select c.table_schema as tschema, c.table_name as tname, c.column_name as cname
		from information_schema.columns c
		join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
		where t.table_type = 'BASE TABLE'
			and c.table_schema not in ('pg_catalog', 'information_schema')
			and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED',
				'double precision', 'real', 'numeric')
	`)) as unknown as { rows?: Record<string, string>[] } | Record<string, string>[];
	const list = Array.isArray(columns) ? columns : (columns.rows ?? []);
	if (list.length === 0) throw new Error('no columns found: the search would prove nothing');
	const hits: { table: string; column: string; needle: string }[] = [];
	for (const c of list) {
		const target = sql.raw(`"${c.tschema}"."${c.tname}"`);
		const col = sql.raw(`lower("${c.cname}"::text)`);
		// One query per column: a count per needle.
		const counts = sql.join(
			needles.map(
				(needle, i) =>
					sql`count(*) filter (where position(lower(${needle}) in ${col}) > 0)::int as ${sql.raw(`n${i}`)}`
			),
			sql`, `
		);
		const res = (await db().execute(sql`select ${counts} from ${target}`)) as unknown as
			{ rows?: Record<string, number>[] } | Record<string, number>[];
		const row = (Array.isArray(res) ? res : (res.rows ?? []))[0] ?? {};
		needles.forEach((needle, i) => {
			if ((row[`n${i}`] ?? 0) > 0) hits.push({ table: c.tname!, column: c.cname!, needle });
		});
	}
	return hits;
}
