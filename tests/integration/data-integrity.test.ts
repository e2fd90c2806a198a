import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlayerView } from '$lib/domain/quiz-views';
import { DEFAULT_SETTINGS } from '$lib/domain/quiz-session';
import { shuffleOrderOptions, type Workshop } from '$lib/domain/workshop';
import { db } from '$lib/server/db';
import { gameReport, liveSession, organisation, quizAnswer } from '$lib/server/db/schema';
import { drawsFor } from '$lib/server/keyed-random';
import { insertAccount } from '$lib/server/services/accounts';
import { createSession, validateSession } from '$lib/server/services/auth';
import { createWorkshop } from '$lib/server/services/workshops';
import { startQuizSession } from '$lib/server/services/quiz/sessions';
import { storeAnswer } from '$lib/server/services/quiz/store';
import { forgetAllQuizzes } from '$lib/server/services/quiz/live-quiz';
import { forgetAllGames } from '$lib/server/services/game/live-game';
import { createGame, updatePlan } from '$lib/server/services/game/games';
import { connected, startRealtimeServer, type TestClient } from '../helpers/realtime';
import { answer, emit, host, joinAs, presenterWithSession, until } from '../helpers/quiz';
import { command, joinGame, reportPayload, testPlan } from '../helpers/game';

/**
 * Issue 11, items 1–3, over real sockets in one process: hidden draws stay hidden, one
 * participant's unstorable text harms nobody else's write (in another organisation too), and
 * an answer id reused for another question is refused instead of acknowledged and lost.
 */

const STEPS = ['signaleren', 'alarmeren', 'appen', 'reageren', 'volgen', 'terugkoppelen'];
const workshop: Workshop = {
	title: 'Integriteit',
	description: '',
	slides: [
		{
			id: 'volgorde',
			kind: 'question',
			type: 'order',
			prompt: 'Zet de stappen in de goede volgorde.',
			options: STEPS.map((id) => ({ id, text: id })),
			correct: STEPS,
			timeLimitSec: 120,
			points: true,
			explanation: ''
		},
		{
			id: 'open',
			kind: 'question',
			type: 'open',
			prompt: 'Wat zag u?',
			options: [],
			correct: [],
			timeLimitSec: 120,
			points: false,
			explanation: ''
		}
	]
};

/** An officer of a second organisation with a quiz and a running game of his own. */
async function otherOrganisation() {
	const [org] = await db().insert(organisation).values({ name: 'Basisteam Anders' }).returning();
	const { id } = await insertAccount(org!.id, {
		name: 'Wijkagent Anders',
		email: 'anders@test.example',
		role: 'presentator',
		password: 'nog een lange zin als wachtwoord',
		mustChangePassword: false
	});
	const { token } = await createSession(id);
	const user = (await validateSession(token))!.user;
	const { id: workshopId } = await createWorkshop(user, workshop);
	const session = await startQuizSession(user, workshopId, DEFAULT_SETTINGS);
	const game = await createGame(user, 'Avondspel Anders', 'Boef 1');
	const saved = await updatePlan(user, game.id, 'Avondspel Anders', testPlan());
	if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
	return { cookie: `do_session=${token}`, session, game };
}

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
let a: Awaited<ReturnType<typeof presenterWithSession>>;
let b: Awaited<ReturnType<typeof otherOrganisation>>;
let presenterA: TestClient;
let presenterB: TestClient;
let anna: Awaited<ReturnType<typeof joinAs>>;

const latest = (states: PlayerView[]) => states.at(-1)!;

beforeAll(async () => {
	server = await startRealtimeServer();
	a = await presenterWithSession(DEFAULT_SETTINGS, workshop);
	b = await otherOrganisation();
	presenterA = server.client({ headers: { cookie: a.cookie } });
	presenterB = server.client({ headers: { cookie: b.cookie } });
	await Promise.all([connected(presenterA), connected(presenterB)]);
	anna = await joinAs(server.client, a.session.joinCode, 'Anna');
});
afterAll(async () => {
	await server?.stop();
	forgetAllQuizzes();
	forgetAllGames();
});

async function secretOf(id: string): Promise<string> {
	const [row] = await db()
		.select({ secret: liveSession.drawSecret })
		.from(liveSession)
		.where(eq(liveSession.id, id));
	return row!.secret;
}

describe('hidden draws', () => {
	it('shows an ordering question in an order keyed with the session’s secret, which phones never get', async () => {
		const received: unknown[] = [];
		anna.socket.onAny((_event: string, payload: unknown) => received.push(payload));
		await host(presenterA, a.session.id, 'start');
		await until(() => latest(anna.states).slide?.id === 'volgorde');
		const slide = latest(anna.states).slide!;
		const shown = slide.kind === 'question' ? slide.options.map((o) => o.id) : [];
		const secret = await secretOf(a.session.id);
		const keyed = shuffleOrderOptions(workshop, drawsFor(secret, a.session.id)).slides[0]!;
		expect(shown).toEqual(keyed.kind === 'question' ? keyed.options.map((o) => o.id) : []);
		expect(shown).not.toEqual(STEPS);
		expect(JSON.stringify(received)).not.toContain(secret);
	});
});

describe('an answer id used again', () => {
	const id = randomUUID();

	it('for the same question gives the first result, also after memory is lost', async () => {
		const first = answer(anna.socket, 'volgorde', { kind: 'order', optionIds: STEPS }, id);
		expect(await first).toEqual({ ok: true, data: { accepted: true } });
		// Another id for the same question changes nothing either: the first answer stands.
		expect(
			await answer(anna.socket, 'volgorde', { kind: 'order', optionIds: [...STEPS].reverse() })
		).toMatchObject({
			ok: true
		});
		forgetAllQuizzes();
		expect(await answer(anna.socket, 'volgorde', { kind: 'order', optionIds: STEPS }, id)).toMatchObject({
			ok: true
		});
	});

	it('for the next question is a conflict, not an acknowledged answer that was never stored', async () => {
		await host(presenterA, a.session.id, 'reveal');
		await host(presenterA, a.session.id, 'skip');
		await until(() => latest(anna.states).slide?.id === 'open' && latest(anna.states).phase === 'question');
		const reused = await answer(anna.socket, 'open', { kind: 'text', text: 'Een man bij de schuur' }, id);
		expect(reused).toMatchObject({
			ok: false,
			error: { code: 'conflict', messageKey: 'quiz.error.answerIdUsed' }
		});
		forgetAllQuizzes();
		expect(await answer(anna.socket, 'open', { kind: 'text', text: 'Een man' }, id)).toMatchObject({
			ok: false,
			error: { code: 'conflict' }
		});
		// Nothing stored for the open question yet, and a fresh id is taken as usual.
		const stored = () =>
			db()
				.select()
				.from(quizAnswer)
				.where(and(eq(quizAnswer.liveSessionId, a.session.id), eq(quizAnswer.slideId, 'open')));
		expect(await stored()).toHaveLength(0);
		expect((await answer(anna.socket, 'open', { kind: 'text', text: 'Een man bij de schuur' })).ok).toBe(
			true
		);
		expect(await stored()).toHaveLength(1);
	});
});

describe('unstorable text', () => {
	const HOSTILE = ['nul\u0000byte', 'half \uD83D emoji', '\uDC00', 'a\u0000\uD800b'];

	it('from a participant of another organisation fails no honest answer, and is stored cleaned', async () => {
		await host(presenterB, b.session.id, 'start');
		await host(presenterB, b.session.id, 'skip');
		const bots = await Promise.all(
			[1, 2, 3].map((i) => joinAs(server.client, b.session.joinCode, `Bot ${i}`))
		);
		const honest = await Promise.all(
			Array.from({ length: 12 }, (_, i) => joinAs(server.client, a.session.joinCode, `Bewoner ${i}`))
		);
		const hostile = bots.flatMap((bot, i) =>
			HOSTILE.map((text) => answer(bot.socket, 'open', { kind: 'text', text: `${text} ${i}` }))
		);
		const acks = await Promise.all(
			honest.map((h, i) => answer(h.socket, 'open', { kind: 'text', text: `Eerlijk antwoord ${i}` }))
		);
		expect(acks.filter((ack) => !ack.ok)).toEqual([]);
		for (const ack of await Promise.all(hostile)) expect(ack.ok || ack.error.code !== 'internal').toBe(true);
		const rows = await db().select().from(quizAnswer).where(eq(quizAnswer.slideId, 'open'));
		expect(rows.filter((r) => r.liveSessionId === a.session.id)).toHaveLength(13);
		const texts = rows.map((r) => (r.answer.kind === 'text' ? r.answer.text : ''));
		expect(texts.some((t) => t.includes('\u0000') || /[\uD800-\uDFFF]/.test(t))).toBe(false);
	});

	it('that reaches a batch anyway fails alone: the rows beside it are written', async () => {
		const rows = Array.from({ length: 6 }, (_, i) => ({
			id: randomUUID(),
			liveSessionId: a.session.id,
			participantId: anna.joined.participantId,
			slideId: `los-${i}`,
			answer: { kind: 'text' as const, text: i === 3 ? 'kapot\u0000' : `goed ${i}` },
			correct: null,
			points: 0,
			streak: 0,
			elapsedMs: 0,
			receivedAt: new Date()
		}));
		const results = await Promise.allSettled(rows.map((r) => storeAnswer(r)));
		expect(results.map((r) => r.status)).toEqual([
			'fulfilled',
			'fulfilled',
			'fulfilled',
			'rejected',
			'fulfilled',
			'fulfilled'
		]);
		expect((results[3] as PromiseRejectedResult).reason).toMatchObject({ code: 'error.unstorable' });
	});

	it('in a game report (half an emoji) is stored cleaned and acknowledged, not retried forever', async () => {
		const dashboard = server.client({ headers: { cookie: b.cookie } });
		await connected(dashboard);
		expect((await emit(dashboard, 'game:watch', { liveSessionId: b.game.id })).ok).toBe(true);
		await command(dashboard, b.game.id, {
			type: 'meldkamer',
			contact: 'Meldkamer \u0000Oost',
			informedAtMs: Date.now() - 60_000
		});
		await command(dashboard, b.game.id, { type: 'start' });
		const cor = await joinGame(server.client, b.game.joinCode, 'Cor\u0000', 'Vossen\uD800');
		const payload = reportPayload({ behaviour: 'Hij voelt aan deuren \uD83D' });
		const ack = await emit(cor.socket, 'game:report', payload);
		expect(ack.ok).toBe(true);
		const [row] = await db()
			.select()
			.from(gameReport)
			.where(eq(gameReport.id, payload.id as string));
		expect(row!.behaviour).toBe('Hij voelt aan deuren');
		dashboard.close();
	});
});
