/**
 * Live quizzes as the room sees them: a presentator presents a small imported workshop (one
 * slide of each kind) on the projector; four phones join (short URL, the /join form, a refused
 * duplicate name, one late), answer every question type, reload mid-question and come back,
 * try to answer too late, and see right/wrong, points, standings and the final ranks; the remote
 * on the presentator's phone moves the session on. Plus a short check that the ready-made
 * workshop starts and its first question reaches a phone.
 *
 * Scoring is "Vaste punten" with the streak bonus, so every score is known in advance:
 * a right answer is 1000 points plus 100 for each right answer before it in a row.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { io } from 'socket.io-client';
import { expect, installedTest as test } from './support/fixtures';
import { admin } from './support/people';
import {
	type AckResult,
	PHONE,
	SLIDE_COUNT,
	SMALL,
	answeredCount,
	command,
	controls,
	expectQuestion,
	expectScore,
	importWorkshopFile,
	joinViaCodeForm,
	joinViaShortUrl,
	newPhone,
	newPresenter,
	participantSocket,
	present,
	putInOrder,
	shownOrder,
	received,
	result,
	sendAnswer,
	smallWorkshopFile,
	submitMultiple,
	submitNickname,
	submitOpen,
	submitOrder,
	tapChoice,
	you
} from './support/quiz';
import { login } from './support/ui';

const PROJECTOR = { width: 1280, height: 800 };

/**
 * QUIZ_SCREENSHOTS=dir saves a screenshot of every screen at each phase (phones at 360×740, the
 * projector at 1280×800 and 1920×1080), for looking at the design; off by default.
 */
const SHOTS = process.env.QUIZ_SCREENSHOTS;

async function snap(page: Page, name: string, projector = false): Promise<void> {
	if (!SHOTS) return;
	fs.mkdirSync(SHOTS, { recursive: true });
	await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
	if (!projector) return;
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.screenshot({ path: path.join(SHOTS, `${name}-1920.png`), fullPage: true });
	await page.setViewportSize(PROJECTOR);
}

interface Player {
	name: string;
	page: Page;
	context: BrowserContext;
}

async function player(browser: Browser, baseURL: string, name: string): Promise<Player> {
	const { context, page } = await newPhone(browser, baseURL);
	return { name, page, context };
}

/** The projector's current slide has moved on and every phone shows question `n`. */
async function everyoneSees(players: Player[], n: number, prompt: string): Promise<void> {
	for (const p of players) await expectQuestion(p.page, n, prompt);
}

/** Result on a phone after the reveal, and the running score and place. */
async function expectResult(
	p: Player,
	outcome: 'right' | 'wrong' | 'thanks' | 'none',
	points: number,
	score: number,
	rank: number
): Promise<void> {
	const box = result(p.page);
	const text = {
		right: '✓ Goed!',
		wrong: '✗ Helaas, niet goed.',
		thanks: 'Bedankt voor uw antwoord.',
		none: 'Geen antwoord gegeven.'
	}[outcome];
	await expect(box).toContainText(text);
	if (outcome === 'right') await expect(box).toContainText(`+${points} punten`);
	else await expect(box).not.toContainText('punten');
	await expect(
		p.page.getByText(`Uw score: ${score} · U staat op plaats ${rank}`, { exact: true })
	).toBeVisible();
	await expectScore(p.page, p.name, score);
}

/** The phone's standings: heading, own place, and the top list. */
async function expectStandings(p: Player, heading: 'Tussenstand' | 'Eindstand', rank: number, score: number) {
	await expect(p.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	const mine =
		heading === 'Eindstand' ? `Eindstand: plaats ${rank} met ${score} punten` : `U staat op plaats ${rank}`;
	await expect(p.page.getByText(mine, { exact: true })).toBeVisible();
	await expect(p.page.getByRole('listitem').filter({ hasText: `Plaats ${rank}: ${p.name}` })).toContainText(
		`${score} punten`
	);
}

/** The projector's standings rows, top to bottom, as "Plaats 1 Fatima 4600 punten". */
async function projectorStandings(projector: Page): Promise<string[]> {
	const rows = projector.getByRole('main').getByRole('list').first().getByRole('listitem');
	return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Blurs whatever has focus: the projector's keys only act when nothing is focused. */
async function blur(page: Page): Promise<void> {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** One option on the projector after the reveal: its text, the ✓ when right, and how many chose it. */
async function expectOption(projector: Page, text: string, count: number, right = false): Promise<void> {
	const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
	const mark = right ? '\\s*✓\\s*Goede antwoord' : '';
	await expect(
		projector
			.getByRole('main')
			.getByRole('listitem')
			.filter({ hasText: new RegExp(`^\\s*${escaped}`) })
	).toHaveText(new RegExp(`^\\s*${escaped}${mark}\\s*${count}\\s*$`));
}

test('a small workshop from join to podium: every question type, reloads, a late joiner and the remote', async ({
	browser,
	page: projector,
	baseURL
}) => {
	test.setTimeout(120_000);
	const base = baseURL!;
	const title = `Oefenquiz ${Date.now().toString(36)}`;
	await projector.setViewportSize(PROJECTOR);
	const contexts: BrowserContext[] = [];
	const fatima = await player(browser, base, 'Fatima'); // every answer right
	const henk = await player(browser, base, 'Henk'); // joins via /join; some wrong; reloads after answering
	const joyce = await player(browser, base, 'Joyce'); // first picks a taken name; reloads after answering, then before
	const sem = await player(browser, base, 'Sem'); // joins after the first question
	contexts.push(fatima.context, henk.context, joyce.context, sem.context);
	let remote: Page | undefined;

	try {
		let code = '';
		let liveSessionId = '';
		await test.step('a presentator imports the small workshop and presents it', async () => {
			await newPresenter(projector);
			await importWorkshopFile(projector, title, smallWorkshopFile(title));
			({ code, liveSessionId } = await present(projector, title, { scoring: 'flat', streakBonus: true }));
			await expect(
				projector.getByRole('heading', { level: 2, name: 'Wachten op deelnemers…' })
			).toBeVisible();
			await expect(
				projector.getByRole('img', { name: /^QR-code om mee te doen via localhost:\d+\/\d{6}$/ })
			).toBeVisible();
			await expect(projector.getByText(new RegExp(`^Doe mee op localhost:\\d+$`))).toBeVisible();
			await expect(controls(projector).getByRole('link', { name: 'Afstandsbediening' })).toHaveAttribute(
				'href',
				`/host/${liveSessionId}/remote`
			);
			await snap(projector, 'projector-01-lobby-empty', true);
		});

		await test.step('phones join by short URL and by typing the code; a taken name is refused', async () => {
			await joinViaShortUrl(fatima.page, code, 'Fatima');
			await expect(fatima.page.getByRole('status')).toHaveText('U doet mee! Wacht tot de wijkagent begint.');
			await expectScore(fatima.page, 'Fatima', 0);
			await snap(fatima.page, 'phone-01-lobby');

			await joinViaCodeForm(henk.page, code, 'Henk');
			await expect(henk.page.getByText('U doet mee! Wacht tot de wijkagent begint.')).toBeVisible();

			await joyce.page.goto(`/${code}`);
			await expect(joyce.page.getByText(`U doet mee aan: ${title}`)).toBeVisible();
			await snap(joyce.page, 'phone-00-join-form');
			// Names are compared without regard to case.
			await submitNickname(joyce.page, 'henk');
			await expect(joyce.page.getByRole('alert')).toHaveText(
				'Deze naam is al gekozen. Kies een andere naam.'
			);
			await expect(joyce.page.getByLabel('Uw naam in het spel')).toHaveAttribute('aria-invalid', 'true');
			await expect(joyce.page.getByLabel('Uw naam in het spel')).toHaveAccessibleDescription(
				/Deze naam is al gekozen\. Kies een andere naam\./
			);
			await snap(joyce.page, 'phone-00-join-taken');
			await submitNickname(joyce.page, 'Joyce');
			await expect(you(joyce.page)).toContainText('U speelt als Joyce');
			await expect(joyce.page.getByRole('alert')).toHaveCount(0);

			await expect(projector.getByRole('heading', { level: 2, name: '3 deelnemers' })).toBeVisible();
			const names = projector.getByRole('main').getByRole('list').getByRole('listitem');
			await expect(names).toHaveText(['Fatima', 'Henk', 'Joyce']);
			await snap(projector, 'projector-02-lobby', true);
		});

		await test.step('the remote control on the presentator’s phone follows the session', async () => {
			const context = await browser.newContext({
				...PHONE,
				baseURL: base,
				storageState: await projector.context().storageState()
			});
			contexts.push(context);
			remote = await context.newPage();
			await remote.goto(`/host/${liveSessionId}/remote`);
			await expect(remote.getByRole('heading', { level: 1, name: 'Afstandsbediening' })).toBeVisible();
			await expect(remote.getByText(`${title} · Code ${code}`)).toBeVisible();
			await expect(remote.getByText('Deelnemers (3)')).toBeVisible();
			await expect(controls(remote).getByRole('button', { name: 'Start' })).toBeEnabled();
			await snap(remote, 'remote-01-lobby');
		});

		const everyone = [fatima, henk, joyce];

		await test.step('Start shows the info slide; the right arrow key opens question 1', async () => {
			await command(projector, 'Start');
			await expect(projector.getByRole('heading', { level: 1, name: SMALL.info.title })).toBeVisible();
			for (const p of everyone) {
				await expect(p.page.getByRole('heading', { level: 1, name: SMALL.info.title })).toBeVisible();
				await expect(p.page.getByText(`Dia 1 van ${SLIDE_COUNT}`)).toBeVisible();
				await expect(p.page.getByText('Kijk naar het scherm.')).toBeVisible();
			}
			await expect(remote!.getByText(SMALL.info.title)).toBeVisible();
			await snap(projector, 'projector-03-info', true);
			await snap(fatima.page, 'phone-02-info');

			await blur(projector);
			await projector.keyboard.press('ArrowRight');
			await expect(projector.getByRole('heading', { level: 1, name: SMALL.single.prompt })).toBeVisible();
			await expect(projector.getByRole('timer', { name: 'Seconden over' })).toHaveText(/^(30|29|28)$/);
			await everyoneSees(everyone, 1, SMALL.single.prompt);
		});

		await test.step('question 1 (one answer): the count rises with each answer', async () => {
			await expect(answeredCount(projector, 0, 3)).toBeVisible();
			await snap(projector, 'projector-04-question-single', true);
			await snap(fatima.page, 'phone-03-question-single');
			await tapChoice(fatima.page, SMALL.single.right);
			await expect(answeredCount(projector, 1, 3)).toBeVisible();
			await snap(fatima.page, 'phone-04-answered');
			await tapChoice(henk.page, SMALL.single.wrong);
			await expect(answeredCount(projector, 2, 3)).toBeVisible();
			await tapChoice(joyce.page, SMALL.single.right);
			await expect(answeredCount(projector, 3, 3)).toBeVisible();
			await expect(remote!.getByText(/^3 van 3 geantwoord · \d+s$/)).toBeVisible();
		});

		await test.step('Toon antwoord: right or wrong on the phones, explanation and counts on the projector', async () => {
			await command(projector, 'Toon antwoord');
			await expect(projector.getByRole('heading', { level: 2, name: 'Uitleg' })).toBeVisible();
			await expect(projector.getByText(SMALL.single.explanation)).toBeVisible();
			await expect(projector.getByText('3 van 3 geantwoord')).toBeVisible();
			await expectOption(projector, SMALL.single.right, 2, true);
			await expectOption(projector, SMALL.single.wrong, 1);
			await expectOption(projector, SMALL.single.other, 0);
			await snap(projector, 'projector-05-reveal-single', true);

			await expectResult(fatima, 'right', 1000, 1000, 1);
			await expectResult(joyce, 'right', 1000, 1000, 1);
			await expectResult(henk, 'wrong', 0, 0, 3);
			await expect(henk.page.getByText(`Het goede antwoord: ${SMALL.single.right}`)).toBeVisible();
			await snap(fatima.page, 'phone-05-result-right');
			await snap(henk.page, 'phone-06-result-wrong');
		});

		await test.step('the leaderboard, and a late joiner', async () => {
			await command(projector, 'Toon tussenstand');
			await expect(projector.getByRole('heading', { level: 1, name: 'Tussenstand' })).toBeVisible();
			await expect
				.poll(() => projectorStandings(projector))
				.toEqual(['Plaats 1 Fatima 1000 punten', 'Plaats 1 Joyce 1000 punten', 'Plaats 3 Henk 0 punten']);
			await expectStandings(fatima, 'Tussenstand', 1, 1000);
			await expectStandings(henk, 'Tussenstand', 3, 0);
			await snap(projector, 'projector-06-leaderboard', true);
			await snap(henk.page, 'phone-07-leaderboard');

			// The projector keeps the code in its corner for people who come in late.
			await expect(projector.locator('.code strong')).toHaveText(`${code.slice(0, 3)} ${code.slice(3)}`);
			// While joining is closed, a newcomer is told so; once reopened, they can join.
			await command(projector, 'Deelname sluiten');
			await expect(controls(projector).getByRole('button', { name: 'Deelname openen' })).toBeVisible();
			await sem.page.goto(`/${code}`);
			await submitNickname(sem.page, 'Sem');
			await expect(sem.page.getByRole('alert')).toHaveText('De wijkagent heeft de deelname gesloten.');
			await command(projector, 'Deelname openen');
			await submitNickname(sem.page, 'Sem');
			await expect(you(sem.page)).toContainText('U speelt als Sem');
			await expectStandings(sem, 'Tussenstand', 3, 0);
			await expect.poll(() => projectorStandings(projector)).toContain('Plaats 3 Sem 0 punten');
			everyone.push(sem);
		});

		await test.step('question 2 (true/false): four players; one reloads after answering', async () => {
			await command(projector, 'Volgende');
			await everyoneSees(everyone, 2, SMALL.truefalse.prompt);
			await expect(answeredCount(projector, 0, 4)).toBeVisible();
			await snap(fatima.page, 'phone-08-question-truefalse');
			await snap(projector, 'projector-07-question-truefalse', true);
			await tapChoice(henk.page, SMALL.truefalse.right);
			await tapChoice(joyce.page, SMALL.truefalse.wrong);
			await tapChoice(sem.page, SMALL.truefalse.right);
			await expect(answeredCount(projector, 3, 4)).toBeVisible();
			await tapChoice(fatima.page, SMALL.truefalse.right);
			await expect(answeredCount(projector, 4, 4)).toBeVisible();

			// Back after a reload: same name and score, the answer kept, nothing to send again.
			await joyce.page.reload();
			await expectQuestion(joyce.page, 2, SMALL.truefalse.prompt);
			await expect(received(joyce.page)).toBeVisible();
			await expectScore(joyce.page, 'Joyce', 1000);
			await expect(
				joyce.page.getByRole('button', { name: SMALL.truefalse.wrong, exact: true })
			).toHaveAttribute('aria-pressed', 'true');
			await expect(
				joyce.page.getByRole('button', { name: SMALL.truefalse.right, exact: true })
			).toBeDisabled();
			await expect(answeredCount(projector, 4, 4)).toBeVisible();

			await command(projector, 'Toon antwoord');
			await expect(projector.getByText(SMALL.truefalse.explanation)).toBeVisible();
			await expectOption(projector, 'Waar', 3, true);
			await expectOption(projector, 'Niet waar', 1);
			await expectResult(fatima, 'right', 1100, 2100, 1);
			await expectResult(henk, 'right', 1000, 1000, 2);
			await expectResult(joyce, 'wrong', 0, 1000, 2);
			await expectResult(sem, 'right', 1000, 1000, 2);
			await command(projector, 'Toon tussenstand');
			await expectStandings(sem, 'Tussenstand', 2, 1000);
		});

		await test.step('question 3 (several answers), driven from the remote; one reloads before answering', async () => {
			await command(remote!, 'Volgende');
			await everyoneSees(everyone, 3, SMALL.multiple.prompt);
			await expect(projector.getByRole('heading', { level: 1, name: SMALL.multiple.prompt })).toBeVisible();
			await expect(remote!.getByText(SMALL.multiple.prompt)).toBeVisible();
			await snap(fatima.page, 'phone-09-question-multiple');
			await snap(projector, 'projector-08-question-multiple', true);
			await snap(remote!, 'remote-02-question');

			await joyce.page.reload();
			await expectQuestion(joyce.page, 3, SMALL.multiple.prompt);
			await expectScore(joyce.page, 'Joyce', 1000);
			await expect(received(joyce.page)).toHaveCount(0);
			await submitMultiple(joyce.page, SMALL.multiple.right);

			await submitMultiple(fatima.page, SMALL.multiple.right);
			await submitMultiple(henk.page, SMALL.multiple.right.slice(0, 2)); // not all: wrong
			await submitMultiple(sem.page, [SMALL.multiple.wrong]);
			await expect(answeredCount(projector, 4, 4)).toBeVisible();
			await expect(remote!.getByText(/^4 van 4 geantwoord · \d+s$/)).toBeVisible();

			// The remote's big button reveals; the projector follows.
			await expect(controls(remote!).getByRole('button', { name: 'Toon antwoord' })).toBeVisible();
			await command(remote!, 'Toon antwoord');
			await expect(projector.getByText(SMALL.multiple.explanation)).toBeVisible();
			await expectOption(projector, 'Signalement', 3, true);
			await expectOption(projector, 'Rijrichting', 3, true);
			await expectOption(projector, SMALL.multiple.wrong, 1);
			await expectOption(projector, 'Kenteken', 2, true);
			await snap(projector, 'projector-09-reveal-multiple', true);
			await expectResult(fatima, 'right', 1200, 3300, 1);
			await expectResult(joyce, 'right', 1000, 2000, 2);
			await expectResult(henk, 'wrong', 0, 1000, 3);
			await expectResult(sem, 'wrong', 0, 1000, 3);
			await expect(
				henk.page.getByText('Het goede antwoord: Signalement, Rijrichting, Kenteken')
			).toBeVisible();

			await command(remote!, 'Toon tussenstand');
			await expect(projector.getByRole('heading', { level: 1, name: 'Tussenstand' })).toBeVisible();
			await snap(remote!, 'remote-03-leaderboard');
		});

		await test.step('question 4 (order): the arrows, a reload after answering', async () => {
			await command(projector, 'Volgende');
			await everyoneSees(everyone, 4, SMALL.order.prompt);
			await snap(fatima.page, 'phone-10-question-order');
			await snap(projector, 'projector-10-question-order', true);
			const scrambled = await putInOrder(fatima.page, SMALL.order.right);
			expect(scrambled, 'the phone does not show the right order').not.toEqual(SMALL.order.right);
			await submitOrder(fatima.page);
			await putInOrder(joyce.page, SMALL.order.right);
			await submitOrder(joyce.page);
			await putInOrder(sem.page, SMALL.order.right);
			await submitOrder(sem.page);
			// Henk sends the scrambled order as it came: wrong.
			await submitOrder(henk.page);
			await expect(answeredCount(projector, 4, 4)).toBeVisible();

			await henk.page.reload();
			await expectQuestion(henk.page, 4, SMALL.order.prompt);
			await expect(received(henk.page)).toBeVisible();
			await expectScore(henk.page, 'Henk', 1000);
			await expect(henk.page.getByRole('button', { name: 'Antwoord versturen' })).toBeDisabled();
			// After a reload the phone shows the order it sent, not the scrambled one it got.
			await fatima.page.reload();
			await expectQuestion(fatima.page, 4, SMALL.order.prompt);
			await expect.poll(() => shownOrder(fatima.page)).toEqual(SMALL.order.right);

			await command(projector, 'Toon antwoord');
			await expect(projector.getByText(SMALL.order.explanation)).toBeVisible();
			// Numbered in the right order; the counts say how many put each step first (three
			// put it right, Henk sent the scrambled order).
			for (const [i, step] of SMALL.order.right.entries()) {
				const first = (i === 0 ? 3 : 0) + (scrambled[0] === step ? 1 : 0);
				await expectOption(projector, `${i + 1}. ${step}`, first);
			}
			await snap(projector, 'projector-11-reveal-order', true);
			await expectResult(fatima, 'right', 1300, 4600, 1);
			await expectResult(joyce, 'right', 1100, 3100, 2);
			await expectResult(sem, 'right', 1000, 2000, 3);
			await expectResult(henk, 'wrong', 0, 1000, 4);
			await expect(henk.page.getByText(`Het goede antwoord: ${SMALL.order.right.join(' → ')}`)).toBeVisible();
			await command(projector, 'Toon tussenstand');
			await expect
				.poll(() => projectorStandings(projector))
				.toEqual([
					'Plaats 1 Fatima 4600 punten',
					'Plaats 2 Joyce 3100 punten',
					'Plaats 3 Sem 2000 punten',
					'Plaats 4 Henk 1000 punten'
				]);
		});

		await test.step('question 5 (poll): one phone is too late', async () => {
			await command(projector, 'Volgende');
			await everyoneSees(everyone, 5, SMALL.poll.prompt);
			await snap(fatima.page, 'phone-11-question-poll');
			await snap(projector, 'projector-12-question-poll', true);
			await tapChoice(fatima.page, SMALL.poll.options[0]);
			await tapChoice(henk.page, SMALL.poll.options[1]);
			await tapChoice(joyce.page, SMALL.poll.options[0]);
			await expect(answeredCount(projector, 3, 4)).toBeVisible();
			await expect(sem.page.getByRole('button', { name: SMALL.poll.options[2] })).toBeEnabled();

			await command(projector, 'Toon antwoord');
			// Sem's buttons are gone with the question: the phone shows the result instead.
			await expectResult(sem, 'none', 0, 2000, 3);
			await expect(sem.page.getByRole('button', { name: SMALL.poll.options[2] })).toHaveCount(0);
			await expectResult(fatima, 'thanks', 0, 4600, 1);
			await expect(fatima.page.getByText(/Het goede antwoord/)).toHaveCount(0);
			await snap(fatima.page, 'phone-12-result-poll');
			await snap(sem.page, 'phone-13-result-none');
			// And the server refuses an answer that arrives after the reveal anyway.
			const socket = await participantSocket(sem.page, base, code);
			try {
				const ack = await sendAnswer(socket, SMALL.poll.id, { kind: 'choice', optionIds: ['p3'] });
				expect(ack).toMatchObject({
					ok: false,
					error: { messageKey: 'quiz.error.tooLate', message: 'Te laat: de tijd voor deze vraag is voorbij.' }
				});
			} finally {
				socket.close();
			}
			await expect(projector.getByText('3 van 4 geantwoord')).toBeVisible();
			await expectOption(projector, 'Veilig', 2);
			await expectOption(projector, 'Het gaat wel', 1);
			await expectOption(projector, 'Onveilig', 0);
			await expect(projector.getByText('Goede antwoord')).toHaveCount(0);
			await snap(projector, 'projector-13-reveal-poll', true);
		});

		await test.step('question 6 (open): written answers on the projector', async () => {
			await command(projector, 'Toon tussenstand');
			await command(projector, 'Volgende');
			await everyoneSees(everyone, 6, SMALL.open.prompt);
			await snap(fatima.page, 'phone-14-question-open');
			await snap(projector, 'projector-14-question-open', true);
			await submitOpen(fatima.page, 'Mensen die ’s nachts bij auto’s rondhangen');
			await submitOpen(henk.page, 'Busjes zonder kenteken');
			await submitOpen(joyce.page, 'Geluid van brekend glas');
			await submitOpen(sem.page, 'Iemand die foto’s maakt van voordeuren');
			await expect(answeredCount(projector, 4, 4)).toBeVisible();
			await command(projector, 'Toon antwoord');
			await expect(
				projector.getByRole('heading', { level: 2, name: 'Antwoorden van de deelnemers' })
			).toBeVisible();
			await expect(projector.getByText('Fatima: Mensen die ’s nachts bij auto’s rondhangen')).toBeVisible();
			await expect(projector.getByText('Sem: Iemand die foto’s maakt van voordeuren')).toBeVisible();
			await expect(projector.getByText(SMALL.open.explanation)).toBeVisible();
			await snap(projector, 'projector-15-reveal-open', true);
			for (const p of everyone) await expect(result(p.page)).toHaveText('Bedankt voor uw antwoord.');
		});

		await test.step('the podium: ranks on the projector match the phones', async () => {
			await command(projector, 'Toon tussenstand');
			await command(projector, 'Volgende');
			await expect(projector.getByRole('heading', { level: 1, name: 'Eindstand' })).toBeVisible();
			await expect
				.poll(() => projectorStandings(projector))
				.toEqual([
					'Plaats 1 Fatima 4600 punten',
					'Plaats 2 Joyce 3100 punten',
					'Plaats 3 Sem 2000 punten',
					'Plaats 4 Henk 1000 punten'
				]);
			await expectStandings(fatima, 'Eindstand', 1, 4600);
			await expectStandings(joyce, 'Eindstand', 2, 3100);
			await expectStandings(sem, 'Eindstand', 3, 2000);
			await expectStandings(henk, 'Eindstand', 4, 1000);
			await snap(projector, 'projector-16-podium', true);
			await snap(henk.page, 'phone-15-podium');
		});

		await test.step('Beëindigen asks first; then the phones say the workshop is over', async () => {
			const dialogs: string[] = [];
			projector.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.accept();
			});
			// On the podium the big button is labelled "Beëindigen" too; the one that asks is the last.
			await controls(projector).getByRole('button', { name: 'Beëindigen', exact: true }).last().click();
			await expect(projector.getByText('De sessie is afgelopen.')).toBeVisible();
			expect(dialogs).toEqual(['Weet u zeker dat u de sessie wilt beëindigen?']);
			await expect(projector.getByRole('link', { name: 'Bekijk de resultaten' })).toHaveAttribute(
				'href',
				`/sessions/${liveSessionId}`
			);
			await expect(controls(projector).getByRole('button')).toHaveCount(0);
			for (const p of everyone) {
				await expect(p.page.getByText('De workshop is afgelopen. Bedankt voor het meedoen!')).toBeVisible();
			}
			await expect(fatima.page.getByText('Eindstand: plaats 1 met 4600 punten')).toBeVisible();
			await snap(projector, 'projector-17-ended', true);
			await snap(fatima.page, 'phone-16-ended');
			await expect(controls(remote!).getByRole('button')).toHaveCount(0);

			// Participant tokens end with the session: a reload now says so, and offers no join form.
			await sem.page.reload();
			await expect(
				sem.page.getByRole('status').filter({ hasText: 'Deze sessie is afgelopen.' })
			).toBeVisible();
			await expect(sem.page.getByLabel('Uw naam in het spel')).toHaveCount(0);
		});
	} finally {
		for (const context of contexts) await context.close();
	}
});

test('the ready-made workshop starts and its first question reaches a phone', async ({
	browser,
	page: projector,
	baseURL
}) => {
	await projector.setViewportSize(PROJECTOR);
	await login(projector, admin);
	const { code } = await present(projector, 'Meld Verdacht Gedrag');
	const { context, page: phone } = await newPhone(browser, baseURL!);
	try {
		await joinViaShortUrl(phone, code, 'Buurman');
		await expect(projector.getByRole('main').getByRole('listitem')).toHaveText(['Buurman']);
		await command(projector, 'Start');
		await expect(
			projector.getByRole('heading', { level: 1, name: 'Welkom bij Meld Verdacht Gedrag' })
		).toBeVisible();
		await expect(phone.getByText('Dia 1 van 48')).toBeVisible();
		await command(projector, 'Volgende');
		const prompt = 'Hoe veilig voelt u zich in uw buurt?';
		await expect(projector.getByRole('heading', { level: 1, name: prompt })).toBeVisible();
		await expect(phone.getByRole('heading', { level: 1, name: prompt })).toBeVisible();
		await expect(phone.getByText('Vraag 1 van 36')).toBeVisible();
		const first = phone.getByRole('main').getByRole('listitem').first().getByRole('button');
		await first.tap();
		await expect(received(phone)).toBeVisible();
		await expect(answeredCount(projector, 1, 1)).toBeVisible();
		await command(projector, 'Toon antwoord');
		await expect(result(phone)).toHaveText('Bedankt voor uw antwoord.');
		// Clean up: end the session (the confirm dialog says yes).
		projector.once('dialog', (dialog) => void dialog.accept());
		await command(projector, 'Beëindigen');
		await expect(phone.getByText('De workshop is afgelopen. Bedankt voor het meedoen!')).toBeVisible();
	} finally {
		await context.close();
	}
});

/**
 * The score a phone receives mid-question (after a pause, a reload, a reconnect) must not count
 * the running question yet, or it would tell the player the answer was right.
 */
test('before the reveal, the score does not give away whether the answer was right', async ({
	browser,
	page: projector,
	baseURL
}) => {
	const title = `Geheime quiz ${Date.now().toString(36)}`;
	await login(projector, admin);
	await importWorkshopFile(projector, title, smallWorkshopFile(title));
	const { code } = await present(projector, title, { scoring: 'flat' });
	const { context, page: phone } = await newPhone(browser, baseURL!);
	try {
		await joinViaShortUrl(phone, code, 'Fatima');
		await command(projector, 'Start');
		await command(projector, 'Volgende');
		await expectQuestion(phone, 1, SMALL.single.prompt);
		await tapChoice(phone, SMALL.single.right);
		await expectScore(phone, 'Fatima', 0);
		// Short waits: the wrong score, if it comes, is there at once.
		const stillZero = () =>
			expect(you(phone)).toHaveText('U speelt als Fatima · Uw score: 0', { timeout: 2_000 });

		// A reload (or a reconnect, or a pause: every state sent mid-question).
		await phone.reload();
		await expect(received(phone)).toBeVisible();
		await stillZero();
		await command(projector, 'Pauze');
		await expect(phone.getByText('Even pauze. Kijk naar het scherm.')).toBeVisible();
		await stillZero();
		await command(projector, 'Verder');

		// The score moves at the reveal, for everyone at once.
		await command(projector, 'Toon antwoord');
		await expectScore(phone, 'Fatima', 1000);
	} finally {
		await context.close();
	}
});

/**
 * Issue 11, item 7: a script fills the lobby with names from one address far faster than people
 * type; the projector warns and one button removes them all.
 */
test('a burst of bot names is shown to the presenter and removed with one button', async ({
	page: projector,
	baseURL
}) => {
	await projector.setViewportSize(PROJECTOR);
	await login(projector, admin);
	const { code } = await present(projector, 'Meld Verdacht Gedrag');
	const bot = io(baseURL!, {
		path: '/socket.io',
		transports: ['websocket'],
		auth: { locale: 'nl' },
		extraHeaders: { origin: baseURL! },
		reconnection: false,
		forceNew: true
	});
	try {
		await new Promise<void>((resolve, reject) => {
			bot.once('connect', () => resolve());
			bot.once('connect_error', reject);
		});
		const acks = await Promise.all(
			Array.from(
				{ length: 25 },
				(_, i) =>
					new Promise<AckResult>((resolve) => bot.emit('quiz:join', { code, nickname: `Bot ${i}` }, resolve))
			)
		);
		expect(acks.every((a) => a.ok)).toBe(true);
		const warning = projector.getByTestId('burst-warning');
		await expect(warning).toContainText('Verdacht veel aanmeldingen');
		await expect(warning).toContainText('25 namen kwamen binnen enkele seconden binnen');
		await warning.getByRole('button', { name: 'Verwijder deze 25 namen' }).click();
		await expect(warning).toBeHidden();
		await expect(projector.getByText('Wachten op deelnemers…')).toBeVisible();
		projector.once('dialog', (dialog) => void dialog.accept());
		await command(projector, 'Beëindigen');
	} finally {
		bot.close();
	}
});
