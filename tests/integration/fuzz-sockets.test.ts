import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import type { Ack, JoinResult } from '$lib/realtime/events';
import type { HostView } from '$lib/domain/quiz-views';
import type { HostGameView, PlayerReport } from '$lib/domain/boef/game-views';
import { db } from '$lib/server/db';
import { gameReport, quizAnswer } from '$lib/server/db/schema';
import { launchServer, type LaunchedServer } from '../helpers/server';
import { seedWorld, withServerDatabase, type World } from '../helpers/world';
import { brief, deepObject, mutations, type HostileCase } from '../helpers/hostile';
import {
	declaredClientEvents,
	errorLines,
	judge,
	Phones,
	rawEmit,
	send,
	type FuzzSocket
} from '../helpers/fuzz-socket';
import {
	eventSpecs,
	IDENTITIES,
	type EventSpec,
	type IdentityName,
	type LiveIds
} from '../helpers/fuzz-events';
import { reportPayload } from '../helpers/game';

/**
 * Every client→server event, sent by the identity that may send it, with every field bent
 * (NUL, lone surrogates, 60 kB and 1 MB strings, 10,000-deep arrays and objects, wrong types,
 * missing and extra keys, other organisations' ids) and with payloads of the wrong shape. Each
 * must get an ack: ok only where the cleaned input is legitimately fine (see fuzz-events.ts),
 * otherwise a translated error whose code is not `internal`; the server logs no error and stays
 * up. Failures are collected per event, so one run lists all of them.
 */

let server: LaunchedServer;
let world: World & { then: unknown };
let phones: Phones;
let specs: ReturnType<typeof eventSpecs>;
let live: LiveIds;

async function ack<T>(who: IdentityName | FuzzSocket, event: string, payload: unknown): Promise<Ack<T>> {
	const socket = typeof who === 'string' ? await phones.get(who) : who;
	const o = await send(socket, event, payload);
	if (o.kind !== 'ack') throw new Error(`${event}: ${o.kind}`);
	return o.ack as Ack<T>;
}

async function must<T>(who: IdentityName | FuzzSocket, event: string, payload: unknown): Promise<T> {
	const a = await ack<T>(who, event, payload);
	if (!a.ok) throw new Error(`${event} refused: ${a.error.code} ${a.error.message}`);
	return a.data;
}

async function joined(event: 'quiz:join' | 'game:join', code: string, nickname: string, team?: string) {
	const anon = await phones.open({});
	const data = await must<JoinResult>(anon, event, team ? { code, nickname, team } : { code, nickname });
	anon.close();
	return data;
}

beforeAll(async () => {
	server = await launchServer({}, { started: false });
	world = await seedWorld(server);
	phones = new Phones(server);
	const { a, b, campaign } = world;
	phones.define('anon', {});
	phones.define('presenterA', { cookie: a.cookie });
	phones.define('accountB', { cookie: b.cookie });
	phones.define('gameBoef', { auth: { boefToken: a.gameBoefToken } });
	phones.define('campBoef', { auth: { boefToken: campaign.campBoefToken } });
	phones.define('resident', { auth: { residentToken: campaign.residentTokens[0] } });
	const meldkamer = { type: 'meldkamer', contact: 'Meldkamer Noord', informedAtMs: Date.now() - 60_000 };
	for (const [who, quiz, game] of [
		['presenterA', a.quiz.id, a.game.id],
		['accountB', b.quiz.id, b.game.id]
	] as const) {
		await must(who, 'quiz:command', { liveSessionId: quiz, command: 'start' });
		await must(who, 'game:command', { liveSessionId: game, command: meldkamer });
		await must(who, 'game:command', { liveSessionId: game, command: { type: 'start' } });
	}
	const attempt = campaign.attempts.find((x) => x.boefId === 'b1')!.id;
	await must('presenterA', 'burglary:command', {
		liveSessionId: campaign.id,
		command: { type: 'start', attemptId: attempt }
	});
	const quizPlayer = await joined('quiz:join', a.quiz.joinCode, 'Quizser');
	phones.define('quizPlayer', { auth: { participantToken: quizPlayer.participantToken } });
	const gamePlayer = await joined('game:join', a.game.joinCode, 'Speler', 'Uilen');
	phones.define('gamePlayer', { auth: { participantToken: gamePlayer.participantToken } });
	const quizB = await joined('quiz:join', b.quiz.joinCode, 'Zuiderling');
	const gameB = await joined('game:join', b.game.joinCode, 'Zuidspeler', 'Vossen');
	const gameBSocket = await phones.open({ auth: { participantToken: gameB.participantToken } });
	live = {
		reportA: (await must<PlayerReport>('gamePlayer', 'game:report', reportPayload())).id,
		reportB: (await must<PlayerReport>(gameBSocket, 'game:report', reportPayload())).id,
		participantB: quizB.participantId
	};
	specs = eventSpecs(world, live);
}, 120_000);

afterAll(async () => {
	phones?.closeAll();
	await server?.dispose();
});

describe('the list of events', () => {
	it('covers every client→server event declared in events.ts', () => {
		expect(Object.keys(specs).sort()).toEqual(declaredClientEvents().sort());
	});
});

/** Runs the cases of one event as one identity; returns "path kind: what came back" lines. */
async function fuzzEvent(event: string, spec: EventSpec, who: IdentityName): Promise<string[]> {
	const failures: string[] = [];
	const cases = mutations(() => spec.valid(who), spec.otherOrg ?? {});
	for (const c of cases) {
		const outcome = await send(await phones.get(who), event, c.payload);
		const nestedExtra = c.kind === 'extra-key' && c.path !== '(payload)';
		const verdict = judge(outcome, c, nestedExtra || (spec.accept?.(c, who) ?? false));
		if (verdict) failures.push(`${event} as ${who}: ${c.path} ${c.kind}: ${verdict}`);
	}
	return failures;
}

/** The server still answers, and logged no error while this event was fuzzed. */
async function healthAfter(event: string, outputBefore: number): Promise<string[]> {
	const failures = errorLines(server.output().slice(outputBefore)).map((l) => `${event}: server logged ${l}`);
	const who = await send(await phones.get('anon'), 'system:whoami', {});
	if (who.kind !== 'ack' || !who.ack.ok) failures.push(`${event}: server no longer answers whoami`);
	return failures;
}

describe('every event with hostile payloads', () => {
	it.each(declaredClientEvents())('%s', { timeout: 120_000 }, async (event) => {
		const spec = specs[event as keyof typeof specs];
		const before = server.output().length;
		const failures: string[] = [];
		for (const who of spec.as) failures.push(...(await fuzzEvent(event, spec, who)));
		// Without an ack callback: handled safely, nothing thrown, the connection still works.
		for (const who of spec.as) {
			const socket = await phones.get(who);
			rawEmit(socket, event, deepObject());
			rawEmit(socket, event, spec.valid(who));
		}
		// Every other identity sending the valid payload is refused (organisation B: A's ids).
		for (const who of IDENTITIES.filter((i) => !spec.as.includes(i))) {
			const c: HostileCase = { path: '(payload)', kind: 'other-org', payload: spec.valid(who) };
			const verdict = judge(await send(await phones.get(who), event, c.payload), c, spec.open ?? false);
			if (verdict) failures.push(`${event} as ${who}: valid payload: ${verdict}`);
		}
		failures.push(...(await healthAfter(event, before)));
		// The valid payloads sent without ack paused the game and locked the lobby: undo for what follows.
		if (event === 'game:command')
			await ack('presenterA', event, { liveSessionId: world.a.game.id, command: { type: 'resume' } });
		if (event === 'quiz:command')
			await ack('presenterA', event, { liveSessionId: world.a.quiz.id, command: 'unlock' });
		expect(failures).toEqual([]);
	});
});

// ---------------------------------------------------------------- honest phones are not harmed

const range = (n: number) => [...Array(n).keys()];
/** Passes a schema that does not clean, and breaks a multi-row INSERT (text and jsonb). */
const POISON = 'Rode jas\u0000 en \uD83D tas';
const honest = { answerIds: [] as string[], reportIds: [] as string[], quizPhones: [] as FuzzSocket[] };

describe('honest phones of organisation A while phones of organisation B send NUL and lone surrogates', () => {
	it('every honest answer and report is acknowledged on the first try', { timeout: 60_000 }, async () => {
		const { a, b } = world;
		const phone = async (event: 'quiz:join' | 'game:join', code: string, name: string, team?: string) =>
			phones.open({ auth: { participantToken: (await joined(event, code, name, team)).participantToken } });
		const hostileQuiz = await Promise.all(
			range(12).map((i) => phone('quiz:join', b.quiz.joinCode, `Zuid ${i}`))
		);
		const hostileGame = await Promise.all(
			range(4).map((i) => phone('game:join', b.game.joinCode, `Vos ${i}`, 'Vossen'))
		);
		honest.quizPhones = await Promise.all(
			range(8).map((i) => phone('quiz:join', a.quiz.joinCode, `Noord ${i}`))
		);
		const honestGame = await Promise.all(
			range(6).map((i) => phone('game:join', a.game.joinCode, `Uil ${i}`, 'Uilen'))
		);

		let flooding = true;
		const poisonReport = () =>
			reportPayload({ behaviour: POISON, signalement: { person: { sex: 'man', carrying: POISON } } });
		const floods = hostileGame.map(async (s) => {
			while (flooding) await Promise.all(range(5).map(() => send(s, 'game:report', poisonReport())));
		});
		const poisonAnswers = hostileQuiz.map((s) =>
			send(s, 'quiz:answer', { id: randomUUID(), slideId: 'q2', answer: { kind: 'text', text: POISON } })
		);
		const answers = honest.quizPhones.map((s) => {
			const id = randomUUID();
			honest.answerIds.push(id);
			return send(s, 'quiz:answer', { id, slideId: 'q1', answer: { kind: 'choice', optionIds: ['a'] } });
		});
		const reports = honestGame.flatMap((s) =>
			range(3).map(() => {
				const payload = reportPayload();
				honest.reportIds.push(payload.id);
				return send(s, 'game:report', payload);
			})
		);
		const outcomes = await Promise.all([...answers, ...reports]);
		flooding = false;
		await Promise.all([...floods, ...poisonAnswers]);
		const labels = [...answers.map((_, i) => `answer ${i}`), ...reports.map((_, i) => `report ${i}`)];
		const refused = outcomes
			.map((o, i) => (o.kind === 'ack' && o.ack.ok ? null : `${labels[i]}: ${brief(o)}`))
			.filter((x) => x !== null);
		expect(refused).toEqual([]);
	});

	it('an answer id sent again for the same question gets the first result; for the next question `conflict`', async () => {
		const { a } = world;
		const [p] = honest.quizPhones;
		const id = honest.answerIds[0]!;
		const q1 = { id, slideId: 'q1', answer: { kind: 'choice', optionIds: ['a'] } };
		expect(await ack(p!, 'quiz:answer', q1)).toEqual({ ok: true, data: { accepted: true } });
		let view = await must<HostView>('presenterA', 'quiz:command', {
			liveSessionId: a.quiz.id,
			command: 'next'
		});
		while (view.slide?.id !== 'q2')
			view = await must<HostView>('presenterA', 'quiz:command', {
				liveSessionId: a.quiz.id,
				command: 'next'
			});
		expect(view.state.phase).toBe('question');
		const reused = await ack(p!, 'quiz:answer', {
			id,
			slideId: 'q2',
			answer: { kind: 'text', text: 'Rode jas' }
		});
		expect(reused).toMatchObject({ ok: false, error: { code: 'conflict' } });
		// The phone can still answer the new question with a new id.
		const fresh = { id: randomUUID(), slideId: 'q2', answer: { kind: 'text', text: 'Rode jas' } };
		expect(await ack(p!, 'quiz:answer', fresh)).toEqual({ ok: true, data: { accepted: true } });
	});

	it('organisation B’s quiz and game are as B left them: nobody removed, lobby open, not paused', async () => {
		const { b } = world;
		const quiz = await must<HostView>('accountB', 'quiz:watch', { liveSessionId: b.quiz.id });
		expect(quiz.participants.map((p) => p.id)).toContain(live.participantB);
		expect(quiz.state.lobbyLocked).toBe(false);
		const game = await must<HostGameView>('accountB', 'game:watch', { liveSessionId: b.game.id });
		expect(game.state.phase).toBe('running');
		expect(game.state.incident).toBeNull();
		expect(game.clues.filter((c) => c.source !== 'plan')).toEqual([]);
	});

	it('the database holds every acknowledged honest answer and report', { timeout: 60_000 }, async () => {
		const stored = await withServerDatabase(
			server,
			async () => ({
				answers: await db()
					.select({ id: quizAnswer.id, slideId: quizAnswer.slideId })
					.from(quizAnswer)
					.where(inArray(quizAnswer.id, honest.answerIds)),
				reports: await db()
					.select({ id: gameReport.id })
					.from(gameReport)
					.where(inArray(gameReport.id, honest.reportIds))
			}),
			{ restart: false }
		);
		expect(stored.answers.map((r) => r.id).sort()).toEqual([...honest.answerIds].sort());
		// The reused id still stands for the first question only.
		expect(stored.answers.every((r) => r.slideId === 'q1')).toBe(true);
		expect(stored.reports.map((r) => r.id).sort()).toEqual([...honest.reportIds].sort());
	});
});
