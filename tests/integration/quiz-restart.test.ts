import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HostView, PlayerView } from '$lib/domain/quiz-views';
import type { Workshop } from '$lib/domain/workshop';
import type { Ack, JoinResult } from '$lib/realtime/events';
import { connected, emit, restartHarness, until as untilDefault, type Client } from '../helpers/restart';
import { postForm } from '../helpers/server';

/**
 * A live quiz survives a crash of the production server in the middle of a question: the
 * server is killed with SIGKILL (no graceful shutdown, nothing flushed on the way out) and
 * started again on the same database. Phones and the projector reconnect by themselves and
 * find the same question with the same deadline, stored answers are kept, a late phone can
 * still answer, and the deadline timer still reveals the question on time.
 */

/** Long enough for a restart on a busy 2-core machine, short enough to wait for the automatic reveal. */
const TIME_LIMIT_SEC = 12;

const workshop: Workshop = {
	title: 'Herstarttest',
	description: '',
	slides: [
		{
			id: 'melden',
			kind: 'question',
			type: 'single',
			prompt: 'U ziet nu iemand inbreken. Welk nummer belt u?',
			options: [
				{ id: 'a', text: '112' },
				{ id: 'b', text: '0900-8844' }
			],
			correct: ['a'],
			timeLimitSec: TIME_LIMIT_SEC,
			points: true,
			explanation: 'Het gebeurt nu: 112.'
		},
		{ id: 'einde', kind: 'info', title: 'Bedankt', body: 'Tot de volgende keer.' }
	]
};

const live = restartHarness();

/** A client that reconnects by itself, like the app's, optionally as a participant. */
function client(opts: { cookie?: string; participantToken?: string; reconnection?: boolean } = {}): Client {
	const { participantToken, ...rest } = opts;
	return live.client({ ...rest, auth: participantToken ? { participantToken } : {} });
}

/** The quiz's waits are short: its question lasts only TIME_LIMIT_SEC. */
const until = (check: () => boolean, what: string, timeoutMs = 10_000) =>
	untilDefault(check, what, timeoutMs);

interface Phone {
	name: string;
	socket: Client;
	joined: JoinResult;
	states: PlayerView[];
	latest(): PlayerView;
	connects: number;
}

async function joinPhone(code: string, name: string): Promise<Phone> {
	const anon = client({ reconnection: false });
	await connected(anon);
	const ack = await emit<JoinResult>(anon, 'quiz:join', { code, nickname: name });
	anon.close();
	if (!ack.ok) throw new Error(`join refused: ${ack.error.message}`);
	const socket = client({ participantToken: ack.data.participantToken });
	const phone: Phone = {
		name,
		socket,
		joined: ack.data,
		states: [],
		latest: () => phone.states.at(-1)!,
		connects: 0
	};
	socket.on('quiz:state', (v) => phone.states.push(v));
	socket.on('connect', () => phone.connects++);
	await connected(socket);
	await until(() => phone.states.length > 0, `${name}'s first state`);
	return phone;
}

const answer = (phone: Phone, slideId: string, optionId: string, id: string = randomUUID()) =>
	emit<{ accepted: true }>(phone.socket, 'quiz:answer', {
		id,
		slideId,
		answer: { kind: 'choice', optionIds: [optionId] }
	});

describe('a live quiz across a crash of the production server', () => {
	let cookie: string;
	let liveSessionId: string;

	it('is set up over HTTP: setup, workshop import, session start', async () => {
		const setup = await postForm(live.server, '/setup', {
			organisationName: 'Basisteam Herstart',
			name: 'Wijkagent Herstart',
			email: 'herstart@test.example',
			password: 'een lange zin als wachtwoord',
			passwordConfirm: 'een lange zin als wachtwoord'
		});
		expect(setup.status).toBe(303);
		cookie = setup.headers.get('set-cookie')!.split(';')[0]!;

		// The import form posts multipart/form-data with the exported file, as a browser does.
		const form = new FormData();
		const file = JSON.stringify({ format: 'duizend-ogen.workshop', version: 1, workshop });
		form.append('file', new Blob([file], { type: 'application/json' }), 'herstarttest.json');
		const imported = await fetch(`${live.server.url}/workshops?/import`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: live.server.url, accept: 'text/html', cookie },
			body: form
		});
		expect(imported.status).toBe(200);
		const html = await imported.text();
		const workshopId = [...html.matchAll(/<h3 id="workshop-([0-9a-f-]{36})"[^>]*>([^<]*)<\/h3>/g)].find(
			(m) => m[2] === workshop.title
		)?.[1];
		expect(workshopId).toBeDefined();

		const started = await postForm(
			live.server,
			'/sessions/new',
			// Flat scoring: 1000 points per right answer, so the expected scores do not depend on timing.
			{ workshopId: workshopId!, scoring: 'flat', streakBonus: 'on', showLeaderboard: 'on' },
			cookie
		);
		expect(started.status).toBe(303);
		const location = started.headers.get('location')!;
		expect(location).toMatch(/^\/host\/[0-9a-f-]{36}$/);
		liveSessionId = location.slice('/host/'.length);
	});

	it(
		'resumes the running question after SIGKILL: answers kept, same deadline, timer still reveals',
		{ timeout: 60_000 },
		async () => {
			// The projector: watches the session again after every (re)connect, as the host page does.
			const presenter = client({ cookie });
			const hostViews: HostView[] = [];
			const counts: { slideId: string; answered: number; participants: number }[] = [];
			const watchAcks: Ack<HostView>[] = [];
			presenter.on('connect', () => {
				void emit<HostView>(presenter, 'quiz:watch', { liveSessionId }).then((ack) => {
					watchAcks.push(ack);
					if (ack.ok) hostViews.push(ack.data);
				});
			});
			presenter.on('quiz:host', (v) => hostViews.push(v));
			presenter.on('quiz:count', (c) => counts.push(c));
			await connected(presenter);
			await until(() => watchAcks.length === 1, 'the first watch');
			expect(watchAcks[0]!.ok).toBe(true);
			const code = hostViews[0]!.joinCode;

			const anna = await joinPhone(code, 'Anna');
			const bram = await joinPhone(code, 'Bram');
			const cees = await joinPhone(code, 'Cees');

			const opened = await emit<HostView>(presenter, 'quiz:command', { liveSessionId, command: 'start' });
			if (!opened.ok) throw new Error(opened.error.message);
			const before = opened.data;
			expect(before.state.phase).toBe('question');
			const slideId = before.slide!.id;
			expect(slideId).toBe('melden');
			const deadline = before.state.deadline!;
			await until(
				() => [anna, bram, cees].every((p) => p.latest().phase === 'question'),
				'the phones to show the question'
			);

			const annaAnswerId = randomUUID();
			expect(await answer(anna, slideId, 'a', annaAnswerId)).toEqual({ ok: true, data: { accepted: true } });
			expect(await answer(bram, slideId, 'b')).toEqual({ ok: true, data: { accepted: true } });
			await until(() => counts.some((c) => c.answered === 2), 'the count of 2');

			// Crash: no graceful shutdown, so nothing is written on the way out.
			const annaConnects = anna.connects;
			for (const p of [anna, bram, cees]) p.states.length = 0;
			const killed = await live.server.stop('SIGKILL');
			expect(killed.code).toBeNull();
			await until(() => [anna, bram, cees].every((p) => !p.socket.connected), 'the phones to notice');

			await live.server.start();

			// Phones reconnect by themselves and get the same question, with their stored answer.
			await until(
				() => [anna, bram, cees].every((p) => p.socket.connected && p.states.length > 0),
				'the phones to reconnect'
			);
			expect(anna.connects).toBe(annaConnects + 1);
			for (const p of [anna, bram, cees]) {
				const v = p.latest();
				expect(v.phase, p.name).toBe('question');
				expect(v.slide?.id, p.name).toBe(slideId);
				expect(v.deadline, p.name).toBe(deadline);
				expect(v.you.participantId, p.name).toBe(p.joined.participantId);
			}
			expect(anna.latest().you.answered).toEqual({ kind: 'choice', optionIds: ['a'] });
			expect(bram.latest().you.answered).toEqual({ kind: 'choice', optionIds: ['b'] });
			expect(cees.latest().you.answered).toBeNull();

			// The projector sees the same state after watching again.
			await until(() => watchAcks.length === 2, 'the presenter to watch again');
			const rewatched = watchAcks[1]!;
			if (!rewatched.ok) throw new Error(rewatched.error.message);
			const after = rewatched.data;
			expect(after.state).toEqual(before.state);
			expect(after.slide?.id).toBe(slideId);
			expect(after.answered).toBe(2);
			expect(after.participants.map((p) => p.nickname).sort()).toEqual(['Anna', 'Bram', 'Cees']);

			// A phone that never got its ack resends the same id: the first result, nothing doubled.
			expect(await answer(anna, slideId, 'a', annaAnswerId)).toEqual({ ok: true, data: { accepted: true } });
			// The third phone still answers before the deadline.
			expect(Date.now()).toBeLessThan(deadline);
			expect(await answer(cees, slideId, 'a')).toEqual({ ok: true, data: { accepted: true } });
			await until(() => counts.some((c) => c.answered === 3 && c.participants === 3), 'the count of 3');
			expect(counts.every((c) => c.answered <= 3)).toBe(true);
			const during = await emit<HostView>(presenter, 'quiz:watch', { liveSessionId });
			expect(during).toMatchObject({
				ok: true,
				data: { answered: 3, state: { phase: 'question', deadline }, slide: { id: slideId } }
			});

			// Nobody presses reveal: the deadline timer of the restarted server does it.
			await until(
				() => hostViews.some((v) => v.state.phase === 'reveal'),
				'the automatic reveal',
				deadline - Date.now() + 5000
			);
			const revealedAt = Date.now();
			expect(revealedAt).toBeGreaterThanOrEqual(deadline - 50);
			expect(revealedAt).toBeLessThan(deadline + 3000);

			const revealed = hostViews.find((v) => v.state.phase === 'reveal')!;
			expect(revealed.answered).toBe(3);
			expect(revealed.distribution).toMatchObject({ answered: 3, correctCount: 2, counts: { a: 2, b: 1 } });
			const score = Object.fromEntries(revealed.participants.map((p) => [p.nickname, p.score]));
			expect(score).toEqual({ Anna: 1000, Bram: 0, Cees: 1000 });

			await until(
				() => [anna, bram, cees].every((p) => p.latest().phase === 'reveal'),
				'the phones to show the reveal'
			);
			expect(anna.latest().you.result).toEqual({ correct: true, points: 1000 });
			expect(bram.latest().you.result).toEqual({ correct: false, points: 0 });
			expect(cees.latest().you.result).toEqual({ correct: true, points: 1000 });
			expect(anna.latest().correct).toEqual(['a']);
			expect(cees.latest().you.score).toBe(1000);
		}
	);
});
