/**
 * WCAG 2.1 A and AA checks with axe on every screen of a live quiz: joining (with errors), the
 * phone in each phase and for each answer type, the projector in each phase, and the remote.
 * One session of the small workshop, moved on step by step.
 */
import { expect, installedTest as test } from './support/fixtures';
import { admin } from './support/people';
import {
	PHONE,
	SMALL,
	answeredCount,
	command,
	controls,
	expectAccessible,
	expectQuestion,
	importWorkshopFile,
	newPhone,
	present,
	putInOrder,
	received,
	result,
	smallWorkshopFile,
	submitMultiple,
	submitNickname,
	submitOpen,
	submitOrder,
	tapChoice,
	you
} from './support/quiz';
import { hydrated, login } from './support/ui';

test('joining by code: the form empty and with errors', async ({ browser, baseURL }) => {
	const { context, page } = await newPhone(browser, baseURL!);
	try {
		await page.goto('/join');
		await expect(page.getByRole('heading', { level: 1, name: 'Meedoen' })).toBeVisible();
		await expectAccessible(page, '/join');

		await hydrated(page);
		await page.getByRole('button', { name: 'Verder' }).tap();
		const code = page.getByLabel('Code (6 cijfers)');
		await expect(code).toHaveAttribute('aria-invalid', 'true');
		await expect(code).toHaveAccessibleDescription(/Een code bestaat uit 6 cijfers\./);
		await expectAccessible(page, '/join with an invalid code');

		await hydrated(page);
		await code.fill('12345');
		await page.getByRole('button', { name: 'Verder' }).tap();
		await expect(code).toHaveAccessibleDescription(/Een code bestaat uit 6 cijfers\./);
		await expect(code).toHaveValue('12345');
	} finally {
		await context.close();
	}
});

test('every screen of a live quiz: phone, projector and remote', async ({
	browser,
	page: projector,
	baseURL
}) => {
	test.setTimeout(120_000);
	const title = `Toegankelijke quiz ${Date.now().toString(36)}`;
	await projector.setViewportSize({ width: 1280, height: 800 });
	const { context: phoneContext, page: phone } = await newPhone(browser, baseURL!);
	const { context: otherContext, page: other } = await newPhone(browser, baseURL!);
	const remoteContext = await browser.newContext({ ...PHONE, baseURL });
	try {
		await login(projector, admin);
		await importWorkshopFile(projector, title, smallWorkshopFile(title));
		const { code, liveSessionId } = await present(projector, title, { scoring: 'flat' });
		await expectAccessible(projector, 'projector lobby, empty');

		await test.step('the phone join form, empty and with an error; the phone lobby', async () => {
			await phone.goto(`/${code}`);
			await expect(phone.getByRole('heading', { level: 1, name: 'Meedoen' })).toBeVisible();
			await hydrated(phone);
			await expect(phone.getByRole('button', { name: 'Meedoen' })).toBeEnabled();
			await expectAccessible(phone, 'phone join form');

			await submitNickname(phone, 'A');
			await expect(phone.getByRole('alert')).toHaveText('Kies een naam van minstens 2 tekens.');
			await expect(phone.getByLabel('Uw naam in het spel')).toHaveAccessibleDescription(
				/Kies een naam van minstens 2 tekens\./
			);
			await expectAccessible(phone, 'phone join form with an error');

			await submitNickname(phone, 'Fatima');
			await expect(phone.getByText('U doet mee! Wacht tot de wijkagent begint.')).toBeVisible();
			await expectAccessible(phone, 'phone lobby');

			await other.goto(`/${code}`);
			await submitNickname(other, 'Henk');
			await expect(you(other)).toContainText('U speelt als Henk');
			await expect(projector.getByRole('main').getByRole('list').getByRole('listitem')).toHaveText([
				'Fatima',
				'Henk'
			]);
			await expectAccessible(projector, 'projector lobby with names');
		});

		const remote = await remoteContext.newPage();
		await test.step('the remote in the lobby', async () => {
			await remoteContext.addCookies(await projector.context().cookies());
			await remote.goto(`/host/${liveSessionId}/remote`);
			await expect(controls(remote).getByRole('button', { name: 'Start' })).toBeEnabled();
			await expectAccessible(remote, 'remote in the lobby');
			await remote.getByText('Deelnemers (2)').click();
			await expect(remote.getByRole('button', { name: 'Verwijder Henk' })).toBeVisible();
			await expectAccessible(remote, 'remote with the participants open');
		});

		await test.step('an info slide', async () => {
			await command(projector, 'Start');
			await expect(projector.getByRole('heading', { level: 1, name: SMALL.info.title })).toBeVisible();
			await expect(phone.getByText('Kijk naar het scherm.')).toBeVisible();
			await expectAccessible(projector, 'projector info slide');
			await expectAccessible(phone, 'phone info slide');
		});

		await test.step('a single-choice question: asked, answered, paused, revealed, standings', async () => {
			await command(projector, 'Volgende');
			await expectQuestion(phone, 1, SMALL.single.prompt);
			await expect(answeredCount(projector, 0, 2)).toBeVisible();
			await expectAccessible(phone, 'phone single-choice question');
			await expectAccessible(projector, 'projector question');
			await expect(remote.getByText(SMALL.single.prompt)).toBeVisible();
			await expectAccessible(remote, 'remote during a question');

			await tapChoice(phone, SMALL.single.right);
			await expect(answeredCount(projector, 1, 2)).toBeVisible();
			await expectAccessible(phone, 'phone after answering');

			await command(projector, 'Pauze');
			await expect(phone.getByText('Even pauze. Kijk naar het scherm.')).toBeVisible();
			await expect(projector.getByRole('timer')).toHaveText('Gepauzeerd');
			await expectAccessible(phone, 'phone paused');
			await expectAccessible(projector, 'projector paused');
			await command(projector, 'Verder');
			await expect(received(phone)).toBeVisible();

			await tapChoice(other, SMALL.single.wrong);
			await command(projector, 'Toon antwoord');
			await expect(result(phone)).toContainText('Goed!');
			await expect(result(other)).toContainText('Helaas, niet goed.');
			await expectAccessible(phone, 'phone result: right');
			await expectAccessible(other, 'phone result: wrong');
			await expectAccessible(projector, 'projector reveal');

			await command(projector, 'Toon tussenstand');
			await expect(phone.getByRole('heading', { level: 1, name: 'Tussenstand' })).toBeVisible();
			await expect(projector.getByRole('heading', { level: 1, name: 'Tussenstand' })).toBeVisible();
			await expectAccessible(phone, 'phone leaderboard');
			await expectAccessible(projector, 'projector leaderboard');
			await expectAccessible(remote, 'remote on the leaderboard');
		});

		await test.step('true/false, several answers and order on the phone', async () => {
			await command(projector, 'Volgende');
			await expectQuestion(phone, 2, SMALL.truefalse.prompt);
			await expectAccessible(phone, 'phone true/false question');
			await tapChoice(phone, SMALL.truefalse.right);
			await command(projector, 'Toon antwoord');
			await expect(result(phone)).toContainText('Goed!');
			await command(projector, 'Toon tussenstand');

			await command(projector, 'Volgende');
			await expectQuestion(phone, 3, SMALL.multiple.prompt);
			await phone.getByRole('checkbox', { name: SMALL.multiple.right[0] }).check();
			await expectAccessible(phone, 'phone multiple-choice question');
			await expectAccessible(projector, 'projector multiple-choice question');
			await submitMultiple(phone, SMALL.multiple.right.slice(1));
			await expectAccessible(phone, 'phone multiple-choice answered');
			await command(projector, 'Toon antwoord');
			await expect(result(phone)).toContainText('Goed!');
			await command(projector, 'Toon tussenstand');

			await command(projector, 'Volgende');
			await expectQuestion(phone, 4, SMALL.order.prompt);
			await expectAccessible(phone, 'phone order question');
			await putInOrder(phone, SMALL.order.right);
			await submitOrder(phone);
			await expectAccessible(phone, 'phone order answered');
			await command(projector, 'Toon antwoord');
			await expect(result(phone)).toContainText('Goed!');
			await expectAccessible(projector, 'projector reveal of an order question');
			await command(projector, 'Toon tussenstand');
		});

		await test.step('a poll without an answer, and an open question', async () => {
			await command(projector, 'Volgende');
			await expectQuestion(phone, 5, SMALL.poll.prompt);
			await expectAccessible(phone, 'phone poll');
			await tapChoice(other, SMALL.poll.options[1]);
			await command(projector, 'Toon antwoord');
			await expect(result(phone)).toHaveText('Geen antwoord gegeven.');
			await expect(result(other)).toHaveText('Bedankt voor uw antwoord.');
			await expectAccessible(phone, 'phone result: no answer');
			await expectAccessible(other, 'phone result: poll');
			await expectAccessible(projector, 'projector reveal of a poll');
			await command(projector, 'Toon tussenstand');

			await command(projector, 'Volgende');
			await expectQuestion(phone, 6, SMALL.open.prompt);
			await expectAccessible(phone, 'phone open question');
			await expectAccessible(projector, 'projector open question');
			await submitOpen(phone, 'Mensen die ’s nachts bij auto’s rondhangen');
			await expectAccessible(phone, 'phone open question answered');
			await command(projector, 'Toon antwoord');
			await expect(projector.getByText('Fatima: Mensen die ’s nachts bij auto’s rondhangen')).toBeVisible();
			await expectAccessible(projector, 'projector reveal of an open question');
		});

		await test.step('the podium and the end', async () => {
			await command(projector, 'Toon tussenstand');
			await command(projector, 'Volgende');
			await expect(projector.getByRole('heading', { level: 1, name: 'Eindstand' })).toBeVisible();
			await expect(phone.getByText('Eindstand: plaats 1 met 4600 punten')).toBeVisible();
			await expectAccessible(projector, 'projector podium');
			await expectAccessible(phone, 'phone final standings');
			await expectAccessible(remote, 'remote on the podium');

			projector.once('dialog', (dialog) => void dialog.accept());
			await controls(projector).getByRole('button', { name: 'Beëindigen', exact: true }).last().click();
			await expect(projector.getByText('De sessie is afgelopen.')).toBeVisible();
			await expect(phone.getByText('De workshop is afgelopen. Bedankt voor het meedoen!')).toBeVisible();
			await expectAccessible(projector, 'projector after the end');
			await expectAccessible(phone, 'phone after the end');
			await expect(controls(remote).getByRole('button')).toHaveCount(0);
			await expectAccessible(remote, 'remote after the end');
		});
	} finally {
		for (const context of [phoneContext, otherContext, remoteContext]) await context.close();
	}
});
