import { randomUUID } from 'node:crypto';
import type { Ack, JoinResult } from '$lib/realtime/events';
import type { HostView, PlayerView } from '$lib/domain/quiz-views';
import type { Workshop } from '$lib/domain/workshop';
import { setupInstallation } from '$lib/server/services/accounts';
import { createSession, validateSession } from '$lib/server/services/auth';
import { createWorkshop } from '$lib/server/services/workshops';
import { startQuizSession } from '$lib/server/services/quiz/sessions';
import { DEFAULT_SETTINGS, type QuizSettings } from '$lib/domain/quiz-session';
import { connected, type TestClient } from './realtime';

/** A short workshop for tests: an info slide, a true/false, a single choice, an open question. */
export const testWorkshop: Workshop = {
	title: 'Testavond',
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
			explanation: 'Ja: afwijkend gedrag.'
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
			explanation: 'Nu gebeurt: 112.'
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

export async function presenterWithSession(
	settings: QuizSettings = DEFAULT_SETTINGS,
	workshop = testWorkshop
) {
	const { accountId } = await setupInstallation({
		organisationName: 'Basisteam Quiz',
		name: 'Wijkagent Quiz',
		email: 'quiz@test.example',
		password: 'een lange zin als wachtwoord'
	});
	const { token } = await createSession(accountId);
	const user = (await validateSession(token))!.user;
	const { id: workshopId } = await createWorkshop(user, workshop);
	const session = await startQuizSession(user, workshopId, settings);
	return { user, cookie: `do_session=${token}`, session, workshopId };
}

export function emit<T>(socket: TestClient, event: string, payload: unknown): Promise<Ack<T>> {
	return new Promise((resolve) => (socket.emit as (...a: unknown[]) => void)(event, payload, resolve));
}

export async function joinAs(
	client: (opts?: { auth?: Record<string, unknown>; headers?: Record<string, string> }) => TestClient,
	code: string,
	nickname: string
): Promise<{ socket: TestClient; joined: JoinResult; states: PlayerView[] }> {
	const anon = client();
	await connected(anon);
	const ack = await emit<JoinResult>(anon, 'quiz:join', { code, nickname });
	anon.close();
	if (!ack.ok) throw new Error(`join refused: ${ack.error.message}`);
	const { socket, states } = await rejoin(client, ack.data.participantToken);
	return { socket, joined: ack.data, states };
}

/** Connects with a stored token, as a phone does after a reload; records every state it gets. */
export async function rejoin(
	client: (opts?: { auth?: Record<string, unknown> }) => TestClient,
	participantToken: string
): Promise<{ socket: TestClient; states: PlayerView[] }> {
	const socket = client({ auth: { participantToken } });
	const states: PlayerView[] = [];
	socket.on('quiz:state', (v) => states.push(v));
	await connected(socket);
	await until(() => states.length > 0);
	return { socket, states };
}

export function answer(socket: TestClient, slideId: string, answer: unknown, id: string = randomUUID()) {
	return emit<{ accepted: true }>(socket, 'quiz:answer', { id, slideId, answer });
}

export async function host(socket: TestClient, liveSessionId: string, command: string) {
	const ack = await emit<HostView>(socket, 'quiz:command', { liveSessionId, command });
	if (!ack.ok) throw new Error(`${command} refused: ${ack.error.message}`);
	return ack.data;
}

export async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((r) => setTimeout(r, 10));
	}
}
