import path from 'node:path';
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
 * server is stopped (PGlite allows one process per folder), then the server is started again.
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
	return {
		a: { ...a, organisationId: a.user.organisationId, ...seededA },
		b: { ...b, organisationId: orgB!.id, ...seededB },
		campaign: { id: camp.id, joinCode: camp.joinCode, residentTokens, campBoefToken, attempts }
	};
}

export type World = Awaited<ReturnType<typeof seed>>;

/** Runs `fn` on the server's database in this process, with the server stopped meanwhile. */
export async function withServerDatabase<T>(server: LaunchedServer, fn: () => Promise<T>): Promise<T> {
	await server.stop();
	await initDb(server.databaseUrl ? { databaseUrl: server.databaseUrl } : { dataDir: server.dataDir });
	try {
		await migrateDb(path.resolve('drizzle'));
		return await fn();
	} finally {
		await closeDb();
		await server.start();
	}
}

export function seedWorld(server: LaunchedServer): Promise<World> {
	return withServerDatabase(server, seed);
}
