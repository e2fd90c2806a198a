import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db';
import { organisation } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { insertAccount } from '$lib/server/services/accounts';
import type { SessionUser } from '$lib/server/services/auth';
import { forgetAllQuizzes, getLiveQuiz, type LiveQuiz } from '$lib/server/services/quiz/live-quiz';
import { resultsCsv, sessionResults, type SessionResults } from '$lib/server/services/quiz/results';
import { listQuizSessions, startQuizSession } from '$lib/server/services/quiz/sessions';
import { translate } from '$lib/i18n';
import { CSV_BOM } from '$lib/domain/csv';
import type { QuizSettings } from '$lib/domain/quiz-session';
import type { Answer, Workshop } from '$lib/domain/workshop';
import { openTestDatabase } from '../helpers/db';
import { presenterWithSession } from '../helpers/quiz';

/** Every question type once, plus one question the presenter skips. */
const workshop: Workshop = {
	title: 'Meld Verdacht Gedrag – Rivierenwijk',
	description: '',
	slides: [
		{ id: 'intro', kind: 'info', title: 'Welkom', body: 'Fijn dat u er bent.' },
		{
			id: 'klink',
			kind: 'question',
			type: 'truefalse',
			prompt: 'Iemand voelt aan alle deurklinken. Verdacht?',
			options: [],
			correct: ['true'],
			timeLimitSec: 20,
			points: true,
			explanation: ''
		},
		{
			id: 'nummer',
			kind: 'question',
			type: 'single',
			prompt: 'U ziet nu een inbraak. Welk nummer?',
			options: [
				{ id: 'a', text: '112' },
				{ id: 'b', text: '0900-8844' }
			],
			correct: ['a'],
			timeLimitSec: 20,
			points: true,
			explanation: ''
		},
		{
			id: 'fout',
			kind: 'question',
			type: 'single',
			prompt: 'Een vraag met een fout erin',
			options: [
				{ id: 'a', text: 'Ja' },
				{ id: 'b', text: 'Nee' }
			],
			correct: ['a'],
			timeLimitSec: 20,
			points: true,
			explanation: ''
		},
		{
			id: 'kenmerken',
			kind: 'question',
			type: 'multiple',
			prompt: 'Welke kenmerken noemt u?',
			options: [
				{ id: 'a', text: 'Kleding' },
				{ id: 'b', text: 'Lengte' },
				{ id: 'c', text: 'Sterrenbeeld' }
			],
			correct: ['a', 'b'],
			timeLimitSec: 20,
			points: true,
			explanation: ''
		},
		{
			id: 'peiling',
			kind: 'question',
			type: 'poll',
			prompt: 'Kent u uw buren?',
			options: [
				{ id: 'p1', text: 'Ja' },
				{ id: 'p2', text: 'Nee' }
			],
			correct: [],
			timeLimitSec: 20,
			points: false,
			explanation: ''
		},
		{
			id: 'volgorde',
			kind: 'question',
			type: 'order',
			prompt: 'Zet in de goede volgorde',
			options: [
				{ id: 'x', text: 'Bellen' },
				{ id: 'y', text: 'Signalement' },
				{ id: 'z', text: 'Blijven kijken' }
			],
			correct: ['x', 'y', 'z'],
			timeLimitSec: 30,
			points: true,
			explanation: ''
		},
		{
			id: 'open',
			kind: 'question',
			type: 'open',
			prompt: 'Beschrijf de persoon.',
			options: [],
			correct: [],
			timeLimitSec: 60,
			points: false,
			explanation: ''
		}
	]
};

// The wording of the implicit true/false options belongs to the phone screen; follow it.
const yes = { nl: translate('nl', 'phone.true'), en: translate('en', 'phone.true') };
const no = { nl: translate('nl', 'phone.false'), en: translate('en', 'phone.false') };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Flat points and no streak bonus: every right answer to a scored question is worth 1000. */
const settings: QuizSettings = { scoring: 'flat', streakBonus: false, showLeaderboard: false };

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let ctx: Awaited<ReturnType<typeof presenterWithSession>>;
let results: SessionResults;
/** A second, running session started by a presentator. */
let running: { id: string };
let beheerder: SessionUser;
let presentator: SessionUser;
let otherPresentator: SessionUser;
let organisator: SessionUser;
let outsider: SessionUser;

async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (err) {
		if (err instanceof AppError) return err;
		throw err;
	}
	throw new Error('expected an AppError');
}

function as(base: SessionUser, role: SessionUser['role'], id: string = randomUUID()): SessionUser {
	return { ...base, id, role, name: role, email: `${role}-${id}@test.example` };
}

async function play(quiz: LiveQuiz) {
	const ids: Record<string, string> = {};
	for (const name of ['Anna', 'Bram', 'Cor', 'Dirk']) ids[name] = (await quiz.join(name)).participantId;
	const say = (name: string, slideId: string, answer: Answer) =>
		quiz.answer(ids[name]!, { id: randomUUID(), slideId, answer });
	const choice = (...optionIds: string[]): Answer => ({ kind: 'choice', optionIds });

	await quiz.command('start'); // the info slide
	await quiz.command('next');
	await say('Anna', 'klink', choice('true'));
	await say('Bram', 'klink', choice('false'));
	await say('Cor', 'klink', choice('true'));
	await say('Dirk', 'klink', choice('true'));
	await quiz.command('reveal');
	await quiz.command('next');

	await say('Anna', 'nummer', choice('a'));
	await say('Bram', 'nummer', choice('a'));
	await say('Cor', 'nummer', choice('b'));
	await quiz.command('reveal');
	await quiz.command('next');

	// Right answers to a question that is then skipped earn nothing.
	await say('Anna', 'fout', choice('a'));
	await say('Bram', 'fout', choice('a'));
	await quiz.command('skip');

	await say('Anna', 'kenmerken', choice('b', 'a'));
	await say('Bram', 'kenmerken', choice('a'));
	await say('Cor', 'kenmerken', choice('a', 'b'));
	await quiz.command('reveal');
	await quiz.command('next');

	await say('Anna', 'peiling', choice('p1'));
	await say('Bram', 'peiling', choice('p2'));
	await say('Cor', 'peiling', choice('p1'));
	await quiz.command('reveal');
	await quiz.command('next');

	await say('Anna', 'volgorde', { kind: 'order', optionIds: ['x', 'y', 'z'] });
	await say('Bram', 'volgorde', { kind: 'order', optionIds: ['y', 'x', 'z'] });
	await quiz.command('reveal');
	await quiz.command('next');

	// Nicknames allow only letters, digits and a few marks, so formulas come in through open answers.
	await say('Anna', 'open', { kind: 'text', text: '=1+2' });
	await say('Bram', 'open', { kind: 'text', text: '@SUM(1)' });
	await say('Cor', 'open', { kind: 'text', text: 'Lang, "blond" haar' });
	await say('Dirk', 'open', { kind: 'text', text: 'Iets grofs' });
	await quiz.command('reveal');

	// The presenter removes Dirk: he disappears from every result.
	await quiz.remove(ids['Dirk']!);
	await quiz.command('end');
}

beforeAll(async () => {
	database = await openTestDatabase();
	ctx = await presenterWithSession(settings, workshop);
	beheerder = ctx.user;
	const { id } = await insertAccount(beheerder.organisationId, {
		name: 'Pieter Presentator',
		email: 'pieter@test.example',
		password: 'een lange zin als wachtwoord',
		role: 'presentator',
		mustChangePassword: false
	});
	presentator = as(beheerder, 'presentator', id);
	otherPresentator = as(beheerder, 'presentator');
	organisator = as(beheerder, 'organisator');
	const [other] = await db().insert(organisation).values({ name: 'Ander basisteam' }).returning();
	outsider = { ...as(beheerder, 'beheerder'), organisationId: other!.id };

	await play((await getLiveQuiz(ctx.session.id))!);
	results = await sessionResults(beheerder, ctx.session.id);
	running = await startQuizSession(presentator, ctx.workshopId, settings);
});
afterAll(async () => {
	forgetAllQuizzes();
	await database?.close();
});

const question = (slideId: string) => results.questions.find((q) => q.slideId === slideId)!;

describe('sessionResults', () => {
	it('summarises the session', () => {
		expect(results).toMatchObject({
			id: ctx.session.id,
			title: workshop.title,
			joinCode: ctx.session.joinCode,
			settings,
			canControl: false,
			questionCount: 7,
			// All seven were shown; the skipped one does not count as asked.
			questionsAsked: 6
		});
		expect(results.createdAt).toBeInstanceOf(Date);
		expect(results.endedAt).toBeInstanceOf(Date);
	});

	it('lists the session with its number of participants, without removed ones', async () => {
		const listed = (await listQuizSessions(presentator)).find((x) => x.id === ctx.session.id);
		expect(listed).toMatchObject({ title: workshop.title, participants: results.participants.length });
		expect(listed!.participants).toBeGreaterThan(0);
	});

	it('ranks participants by the points of questions that were not skipped, without removed ones', () => {
		expect(results.participants.map(({ participantId: _, ...p }) => p)).toEqual([
			{ rank: 1, nickname: 'Anna', score: 4000, correct: 4, answered: 6 },
			{ rank: 2, nickname: 'Cor', score: 2000, correct: 2, answered: 5 },
			{ rank: 3, nickname: 'Bram', score: 1000, correct: 1, answered: 6 }
		]);
	});

	it('counts answers per question and per option, leaving out removed participants', () => {
		expect(results.questions.map((q) => [q.questionNumber, q.slideNumber, q.slideId])).toEqual([
			[1, 2, 'klink'],
			[2, 3, 'nummer'],
			[3, 4, 'fout'],
			[4, 5, 'kenmerken'],
			[5, 6, 'peiling'],
			[6, 7, 'volgorde'],
			[7, 8, 'open']
		]);
		expect(question('klink')).toMatchObject({
			type: 'truefalse',
			shown: true,
			skipped: false,
			answered: 3,
			correct: 2,
			options: [
				{ id: 'true', text: yes.nl, count: 2, right: true },
				{ id: 'false', text: no.nl, count: 1, right: false }
			]
		});
		expect(question('nummer')).toMatchObject({
			answered: 3,
			correct: 2,
			options: [
				{ id: 'a', text: '112', count: 2, right: true },
				{ id: 'b', text: '0900-8844', count: 1, right: false }
			]
		});
		expect(question('kenmerken')).toMatchObject({
			answered: 3,
			correct: 2,
			options: [
				{ text: 'Kleding', count: 3, right: true },
				{ text: 'Lengte', count: 2, right: true },
				{ text: 'Sterrenbeeld', count: 0, right: false }
			]
		});
	});

	it('marks the skipped question and still shows what was answered', () => {
		expect(question('fout')).toMatchObject({ skipped: true, shown: true, answered: 2, correct: 2 });
	});

	it('has no right answer for polls and open questions', () => {
		expect(question('peiling')).toMatchObject({
			correct: null,
			options: [
				{ text: 'Ja', count: 2, right: false },
				{ text: 'Nee', count: 1, right: false }
			]
		});
		expect(question('open')).toMatchObject({ correct: null, answered: 3, options: [] });
		expect(question('open').texts).toEqual([
			{ nickname: 'Anna', text: '=1+2' },
			{ nickname: 'Bram', text: '@SUM(1)' },
			{ nickname: 'Cor', text: 'Lang, "blond" haar' }
		]);
	});

	it('gives the right order of an ordering question', () => {
		expect(question('volgorde')).toMatchObject({
			answered: 2,
			correct: 1,
			options: [],
			rightOrder: ['Bellen', 'Signalement', 'Blijven kijken']
		});
	});

	it('translates the implicit true/false options', async () => {
		const en = await sessionResults(beheerder, ctx.session.id, 'en');
		expect(en.questions[0]!.options.map((o) => o.text)).toEqual([yes.en, no.en]);
	});

	it('shows a session that has not started yet as nothing asked', async () => {
		const fresh = await sessionResults(presentator, running.id);
		expect(fresh).toMatchObject({ endedAt: null, questionsAsked: 0, participants: [] });
		expect(fresh.questions.every((q) => !q.shown && q.answered === 0)).toBe(true);
	});
});

describe('who may see results', () => {
	it('lets presentators and organisators of the organisation read them', async () => {
		await expect(sessionResults(otherPresentator, ctx.session.id)).resolves.toMatchObject({
			id: ctx.session.id
		});
		await expect(sessionResults(organisator, ctx.session.id)).resolves.toMatchObject({ id: ctx.session.id });
		await expect(resultsCsv(organisator, ctx.session.id)).resolves.toMatchObject({
			fileName: expect.any(String)
		});
	});

	it('reports sessions of another organisation as missing', async () => {
		const err = await failure(sessionResults(outsider, ctx.session.id));
		expect(err).toMatchObject({ code: 'quiz.error.notFound', status: 404 });
		expect(await failure(resultsCsv(outsider, ctx.session.id))).toMatchObject({ status: 404 });
	});

	it('reports unknown and malformed ids as missing', async () => {
		expect(await failure(sessionResults(beheerder, randomUUID()))).toMatchObject({ status: 404 });
		expect(await failure(sessionResults(beheerder, 'not-a-uuid'))).toMatchObject({ status: 404 });
	});

	it('offers the big screen of a running session to its presentator and beheerders only', async () => {
		expect((await sessionResults(presentator, running.id)).canControl).toBe(true);
		expect((await sessionResults(beheerder, running.id)).canControl).toBe(true);
		expect((await sessionResults(otherPresentator, running.id)).canControl).toBe(false);
		expect((await sessionResults(organisator, running.id)).canControl).toBe(false);
		// Once ended, nobody can steer it any more.
		expect((await sessionResults(beheerder, ctx.session.id)).canControl).toBe(false);
	});
});

describe('resultsCsv', () => {
	let csv: string;
	let lines: string[];
	let fileName: string;

	beforeAll(async () => {
		({ csv, fileName } = await resultsCsv(beheerder, ctx.session.id));
		lines = csv.slice(CSV_BOM.length).split('\r\n');
	});

	it('is a UTF-8 CSV with a BOM and a Dutch header', () => {
		expect(csv.startsWith(CSV_BOM)).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(lines[0]).toBe(
			'Naam,Plaats,Totaalscore,Vraagnummer,Vraag,Antwoord,Goed,Punten,Seconden,Overgeslagen'
		);
	});

	it('has one row per participant per question, best participant first', () => {
		// Header, 3 participants × 7 questions, and the empty string after the last CRLF.
		expect(lines).toHaveLength(1 + 3 * 7 + 1);
		expect(lines.at(-1)).toBe('');
		expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual([
			...Array(7).fill('Anna'),
			...Array(7).fill('Cor'),
			...Array(7).fill('Bram')
		]);
		expect(csv).not.toContain('Dirk');
		expect(csv).not.toContain('Iets grofs');
	});

	it('writes answers as readable text with right/wrong, points and seconds', () => {
		const anna = lines.filter((l) => l.startsWith('Anna,'));
		expect(anna[0]).toMatch(
			new RegExp(
				`^Anna,1,4000,1,Iemand voelt aan alle deurklinken\\. Verdacht\\?,${escape(yes.nl)},ja,1000,[\\d.]+,$`
			)
		);
		expect(anna[3]).toMatch(/^Anna,1,4000,4,Welke kenmerken noemt u\?,Kleding \| Lengte,ja,1000,[\d.]+,$/);
		expect(anna[4]).toMatch(/^Anna,1,4000,5,Kent u uw buren\?,Ja,,0,[\d.]+,$/);
		expect(anna[5]).toMatch(
			/^Anna,1,4000,6,Zet in de goede volgorde,Bellen > Signalement > Blijven kijken,ja,1000,/
		);
		const bram = lines.filter((l) => l.startsWith('Bram,'));
		expect(bram[0]).toMatch(new RegExp(`^Bram,3,1000,1,[^,]+,${escape(no.nl)},nee,0,`));
		expect(bram[5]).toMatch(/,Signalement > Bellen > Blijven kijken,nee,0,/);
	});

	it('leaves unanswered questions empty', () => {
		const cor = lines.filter((l) => l.startsWith('Cor,'));
		expect(cor[2]).toBe('Cor,2,2000,3,Een vraag met een fout erin,,,,,ja');
		expect(cor[5]).toBe('Cor,2,2000,6,Zet in de goede volgorde,,,,,');
	});

	it('counts no points for a skipped question and says it was skipped', () => {
		const anna = lines.filter((l) => l.startsWith('Anna,'));
		expect(anna[2]).toMatch(/^Anna,1,4000,3,Een vraag met een fout erin,Ja,ja,0,[\d.]+,ja$/);
	});

	it('defuses formulas and quotes separators and quotes', () => {
		expect(csv).toContain(",'=1+2,");
		expect(csv).toContain(",'@SUM(1),");
		expect(csv).toContain(',"Lang, ""blond"" haar",');
		expect(csv).toContain(',0900-8844,');
		// No cell starts with a bare formula character.
		for (const line of lines) expect(line).not.toMatch(/(^|,)[=+@]/);
	});

	it('has a safe file name with the title and the date', () => {
		expect(fileName).toMatch(/^resultaten-meld-verdacht-gedrag-rivierenwijk-\d{4}-\d{2}-\d{2}\.csv$/);
	});

	it('uses the reader’s language for the header and yes/no', async () => {
		const en = await resultsCsv(beheerder, ctx.session.id, 'en');
		const header = en.csv.slice(CSV_BOM.length).split('\r\n')[0];
		expect(header).toBe(
			'Name,Place,Total score,Question number,Question,Answer,Correct,Points,Seconds,Skipped'
		);
		expect(en.csv).toContain(`,${yes.en},yes,1000,`);
		expect(en.fileName).toMatch(/^results-/);
	});
});
