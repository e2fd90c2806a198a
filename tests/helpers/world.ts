import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Workshop } from '$lib/domain/workshop';
import { DEFAULT_SETTINGS } from '$lib/domain/quiz-session';
import { dutchDate } from '$lib/domain/burglary/campaign';
import { closeDb, db, initDb } from '$lib/server/db';
import { migrateDb } from '$lib/server/db/migrate';
import { organisation } from '$lib/server/db/schema';
import { insertAccount, setupInstallation } from '$lib/server/services/accounts';
import { createSession, validateSession, type SessionUser } from '$lib/server/services/auth';
import { createWorkshop } from '$lib/server/services/workshops';
import { startQuizSession } from '$lib/server/services/quiz/sessions';
import { createGame, renewBoefLink, updatePlan } from '$lib/server/services/game/games';
import { drawCampaign, renewCampaignBoefLink } from '$lib/server/services/burglary/campaigns';
import { loadAttempts } from '$lib/server/services/burglary/store';
import { campaign, registerAll, tickAll, TWO_BOEVEN } from './burglary';
import { testPlan } from './game';
import type { LaunchedServer } from './server';

/**
 * Two organisations with everything the fuzz suites aim at: for each a workshop, a live quiz
 * and a Boef in de Wijk game; for A also a drawn Houd u de boef tegen? campaign with three
 * households and boef links. Seeded in this process on the server's own database while the
 * server is stopped or not started yet (PGlite allows one process per folder), then the
 * server is started.
 */

/** Long questions: the whole fuzz run happens inside one question. */
export const fuzzWorkshop: Workshop = {
	title: 'Fuzzavond',
	description: '',
	slides: [
		{
			id: 'q1',
			kind: 'question',
			type: 'single',
			prompt: 'U ziet nu een inbraak. Welk nummer?',
			options: [
				{ id: 'a', text: '112' },
				{ id: 'b', text: '0900-8844' }
			],
			correct: ['a'],
			timeLimitSec: 240,
			points: true,
			explanation: 'Nu gebeurt: 112.'
		},
		{
			id: 'q2',
			kind: 'question',
			type: 'open',
			prompt: 'Beschrijf de persoon.',
			options: [],
			correct: [],
			timeLimitSec: 240,
			points: false,
			explanation: ''
		}
	]
};

/** Organisation B opens on the open question, so its hostile phones can send free text at once. */
const openFirst: Workshop = { ...fuzzWorkshop, slides: [fuzzWorkshop.slides[1]!, fuzzWorkshop.slides[0]!] };

const PASSWORD = 'een lange zin als wachtwoord';

async function sessionOf(accountId: string): Promise<{ user: SessionUser; cookie: string }> {
	const { token } = await createSession(accountId);
	const user = (await validateSession(token))!.user;
	return { user, cookie: `do_session=${token}` };
}

async function seedOrganisation(user: SessionUser, title: string, workshop: Workshop) {
	const { id: workshopId } = await createWorkshop(user, workshop);
	const quiz = await startQuizSession(user, workshopId, DEFAULT_SETTINGS);
	const game = await createGame(user, `Spel ${title}`, 'Boef 1');
	const saved = await updatePlan(user, game.id, `Spel ${title}`, testPlan());
	if (!saved.ok) throw new Error(`plan refused: ${JSON.stringify(saved.issues)}`);
	const gameBoefToken = await renewBoefLink(user, game.id, 'b1');
	return { workshopId, quiz, game, gameBoefToken };
}

async function seed() {
	const { accountId } = await setupInstallation({
		organisationName: 'Basisteam Noord',
		name: 'Wijkagent Noord',
		email: 'noord@fuzz.test',
		password: PASSWORD
	});
	const a = await sessionOf(accountId);
	const [orgB] = await db().insert(organisation).values({ name: 'Basisteam Zuid' }).returning();
	const { id: bId } = await insertAccount(orgB!.id, {
		name: 'Wijkagent Zuid',
		email: 'zuid@fuzz.test',
		role: 'beheerder',
		password: PASSWORD,
		mustChangePassword: false
	});
	const b = await sessionOf(bId);
	const seededA = await seedOrganisation(a.user, 'Noord', fuzzWorkshop);
	const seededB = await seedOrganisation(b.user, 'Zuid', openFirst);
	const camp = await campaign(a.user, { boeven: TWO_BOEVEN, targetCount: 2 });
	const residentTokens = await registerAll(camp.joinCode);
	await tickAll(a.user, camp.id);
	await drawCampaign(a.user, camp.id, dutchDate(Date.now()));
	const campBoefToken = await renewCampaignBoefLink(a.user, camp.id, 'b1');
	const attempts = await loadAttempts(camp.id);
	// Colleagues in A: one whose password and logout the form fuzz uses, one to change and disable.
	const colleague = async (name: string, email: string) =>
		(
			await insertAccount(a.user.organisationId, {
				name,
				email,
				role: 'presentator',
				password: PASSWORD,
				mustChangePassword: false
			})
		).id;
	const c = await sessionOf(await colleague('Wijkagent Oost', 'oost@fuzz.test'));
	const logout = await sessionOf(c.user.id);
	const d = await colleague('Wijkagent West', 'west@fuzz.test');
	return {
		password: PASSWORD,
		colleague: { id: c.user.id, cookie: c.cookie, logoutCookie: logout.cookie },
		otherColleagueId: d,
		a: { ...a, organisationId: a.user.organisationId, ...seededA },
		b: { ...b, organisationId: orgB!.id, ...seededB },
		campaign: {
			id: camp.id,
			joinCode: camp.joinCode,
			settings: camp.settings,
			today: camp.today,
			residentTokens,
			campBoefToken,
			attempts
		}
	};
}

export type World = Awaited<ReturnType<typeof seed>>;

/**
 * Runs `fn` on the server's database in this process, with the server stopped meanwhile; the
 * server starts again afterwards unless `restart` is false (a file's last look at its data).
 */
export async function withServerDatabase<T>(
	server: LaunchedServer,
	fn: () => Promise<T>,
	{ restart = true } = {}
): Promise<T> {
	await server.stop();
	await initDb(server.databaseUrl ? { databaseUrl: server.databaseUrl } : { dataDir: server.dataDir });
	try {
		await migrateDb(path.resolve('drizzle'));
		return await fn();
	} finally {
		await closeDb();
		if (restart) await server.start();
	}
}

/** Seeds the world; `then` runs on the same database right after (one server restart for both). */
export async function seedWorld<T = undefined>(
	server: LaunchedServer,
	then?: (world: World) => Promise<T>
): Promise<World & { then: T }> {
	return withServerDatabase(server, async () => {
		const world = await seed();
		return { ...world, then: (await then?.(world)) as T };
	});
}

type Rows = Record<string, unknown>[];
const rowsOf = (res: unknown): Rows =>
	Array.isArray(res) ? (res as Rows) : (((res as { rows?: Rows }).rows ?? []) as Rows);

/**
 * Everything stored for one organisation: the rows of every table with its organisation_id,
 * and of every table with a live_session_id of its sessions. Compared before and after a
 * suite, it proves another organisation's requests changed nothing of it.
 */
export async function organisationSnapshot(organisationId: string): Promise<Record<string, Rows>> {
	const columns = rowsOf(
		await db().execute(sql`
			select c.table_name as t, c.column_name as c from information_schema.columns c
			join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
			where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
				and c.column_name in ('organisation_id', 'live_session_id')
			order by 1, 2`)
	) as { t: string; c: string }[];
	const sessions = sql`(select id from live_session where organisation_id = ${organisationId})`;
	const out: Record<string, Rows> = {};
	for (const { t, c } of columns) {
		const where =
			c === 'organisation_id'
				? sql`${sql.identifier(c)} = ${organisationId}`
				: sql`${sql.identifier(c)} in ${sessions}`;
		const rows = rowsOf(await db().execute(sql`select * from ${sql.identifier(t)} where ${where}`));
		out[`${t}.${c}`] = rows
			.map((r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>)
			.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
	}
	return out;
}
