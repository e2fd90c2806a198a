/**
 * Workshop authoring as a presentator sees it: the ready-made workshop, a question that is
 * refused and then saved, reordering, export and import, copy and delete, and axe on the way.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, freshTest as test } from './support/fixtures';
import { admin, presenter } from './support/people';
import {
	changePassword,
	createAccount,
	hydrated,
	installViaHttp,
	login,
	logout,
	submitLogin
} from './support/ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const READY_MADE = 'Meld Verdacht Gedrag';
const PROMPT = 'Wat doet u als iemand aan deurklinken voelt?';

async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const report = violations.map(
		(v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`
	);
	expect(report, `axe violations on ${page.url()}`).toEqual([]);
}

/** The beheerder creates the presentator, who logs in and picks their own password. */
async function presenterLogsIn(page: Page): Promise<void> {
	await login(page, admin);
	await page.goto('/admin/accounts');
	const temporary = await createAccount(page, { ...presenter, role: 'presentator' });
	await expect(page.getByRole('status').filter({ hasText: presenter.name })).toBeVisible();
	await logout(page);
	await page.goto('/login');
	await submitLogin(page, { email: presenter.email, password: temporary });
	await expect(page).toHaveURL(/\/account\/password$/);
	await changePassword(page, temporary, presenter.password);
	await expect(page.getByRole('status')).toContainText('Uw wachtwoord is gewijzigd.');
}

const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
const slideHeadings = (page: Page) => page.getByRole('heading', { level: 3, name: /^Dia \d+/ });
const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /opgeslagen|Opgeslagen/ });

async function openEditor(page: Page, title: string): Promise<void> {
	await page.goto('/workshops');
	await card(page, title).first().getByRole('link', { name: 'Bewerken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Workshop bewerken' })).toBeVisible();
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Opslaan' })).toBeEnabled();
}

/** Adds a single-choice question at the end with two options; returns the new slide's heading. */
async function addQuestion(page: Page, options: [string, string]): Promise<Locator> {
	await page.getByLabel('Soort vraag', { exact: true }).last().selectOption('single');
	await page.getByRole('button', { name: '+ Vraag toevoegen' }).click();
	// Focus goes to the new question's text, so typing can start at once.
	await expect(page.getByLabel('Vraag', { exact: true }).last()).toBeFocused();
	await page.keyboard.type(PROMPT);
	const count = await slideHeadings(page).count();
	const slide = page.getByRole('region', { name: new RegExp(`^Dia ${count}\\b`) });
	await slide.getByRole('textbox', { name: 'Optie 1', exact: true }).fill(options[0]);
	await slide.getByRole('textbox', { name: 'Optie 2', exact: true }).fill(options[1]);
	return slide;
}

test('a presentator authors, reorders, exports, imports, copies and deletes workshops', async ({
	page,
	app
}) => {
	test.setTimeout(240_000);
	await installViaHttp(app, admin);
	// Leaving the editor with unsaved changes asks first; this story answers "leave".
	page.on('dialog', (dialog) => void dialog.accept());

	await test.step('the presentator finds the ready-made workshop', async () => {
		await presenterLogsIn(page);
		await page
			.getByRole('navigation', { name: 'Hoofdmenu' })
			.getByRole('link', { name: 'Workshops' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
		const ready = card(page, READY_MADE);
		await expect(ready).toHaveCount(1);
		await expect(ready).toContainText('Kant-en-klaar');
		// The live-session form, with its defaults.
		await expect(ready.getByLabel('Punten', { exact: true })).toHaveValue('speed');
		await expect(ready.getByLabel('Bonus voor reeksen goede antwoorden')).toBeChecked();
		await expect(ready.getByLabel('Tussenstand tonen')).toBeChecked();
		await expect(ready.getByRole('button', { name: 'Presenteren' })).toBeVisible();
		await expectAccessible(page);
	});

	let before = 0;
	await test.step('a question without a right answer is refused and nothing is saved', async () => {
		await openEditor(page, READY_MADE);
		before = await slideHeadings(page).count();
		expect(before).toBeGreaterThan(0);
		await page.getByRole('button', { name: 'Bewerken: Dia 1', exact: true }).click();
		await expectAccessible(page);

		const slide = await addQuestion(page, ['Bel 112', 'Zelf achter de persoon aan gaan']);
		await page.getByRole('button', { name: 'Opslaan' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('De workshop is niet opgeslagen.');
		await expect(summary).toContainText(`Dia ${before + 1} · Goed antwoord: Kies precies één goed antwoord.`);
		const answers = slide.getByRole('group', { name: 'Antwoordopties' });
		await expect(answers).toHaveAccessibleDescription(/Kies precies één goed antwoord\./);
		await expect(page.getByText('Niet-opgeslagen wijzigingen')).toBeVisible();
		await expectAccessible(page);

		await page.reload();
		await hydrated(page);
		await expect(slideHeadings(page)).toHaveCount(before);
		await expect(page.getByText(PROMPT)).toHaveCount(0);
	});

	await test.step('fixed, it is saved; moved up, the new order is saved', async () => {
		const slide = await addQuestion(page, ['Bel 112', 'Zelf achter de persoon aan gaan']);
		await slide.getByRole('radio', { name: 'Optie 1: Goed' }).check();
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect(saveStatus(page)).toHaveText('Opgeslagen.');
		await expect(page.getByRole('alert')).toHaveCount(0);

		const up = page.getByRole('button', { name: `Omhoog: Dia ${before + 1}`, exact: true });
		await up.click();
		await expect(page.getByText(`Dia verplaatst naar plaats ${before} van ${before + 1}.`)).toBeAttached();
		// Focus stays on the moved slide's button, now named after its new place.
		await expect(page.getByRole('button', { name: `Omhoog: Dia ${before}`, exact: true })).toBeFocused();
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect(saveStatus(page)).toHaveText('Opgeslagen.');

		await page.reload();
		await hydrated(page);
		await expect(slideHeadings(page)).toHaveCount(before + 1);
		await expect(slideHeadings(page).nth(before - 1)).toContainText(PROMPT);
		await expect(slideHeadings(page).nth(before)).not.toContainText(PROMPT);
	});

	await test.step('export, then import the file as a second workshop; a bad file creates nothing', async () => {
		await page.goto('/workshops');
		const downloading = page.waitForEvent('download');
		await card(page, READY_MADE).getByRole('link', { name: 'Exporteren' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('meld-verdacht-gedrag.json');
		const buffer = fs.readFileSync(await download.path());
		const file = JSON.parse(buffer.toString('utf8'));
		expect(file).toMatchObject({
			format: 'duizend-ogen.workshop',
			version: 1,
			workshop: { title: READY_MADE }
		});
		expect(file.workshop.slides[before - 1].prompt).toBe(PROMPT);

		await page.getByLabel('Bestand').setInputFiles({
			name: 'kapot.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{ "format": "duizend-ogen.workshop", ')
		});
		await page.getByRole('button', { name: 'Importeren' }).click();
		await expect(page.getByRole('alert')).toContainText('Dit bestand is geen geldig JSON-bestand.');
		await expect(page.getByLabel('Bestand')).toHaveAccessibleDescription(/geen geldig JSON-bestand/);
		await expect(card(page, READY_MADE)).toHaveCount(1);
		await expectAccessible(page);

		await page
			.getByLabel('Bestand')
			.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer });
		await page.getByRole('button', { name: 'Importeren' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'geïmporteerd' })).toHaveText(
			`Workshop “${READY_MADE}” geïmporteerd.`
		);
		await expect(card(page, READY_MADE)).toHaveCount(2);
	});

	await test.step('copy, then delete the copy after confirming', async () => {
		await card(page, READY_MADE).first().getByRole('button', { name: 'Kopiëren' }).click();
		const title = `${READY_MADE} (kopie)`;
		await expect(page.getByRole('status').filter({ hasText: 'Kopie gemaakt' })).toHaveText(
			`Kopie gemaakt: “${title}”.`
		);
		const copy = card(page, title);
		await expect(copy).toHaveCount(1);

		await copy.getByText('Verwijderen', { exact: true }).click();
		await expect(copy).toContainText(`Weet u het zeker? “${title}” verdwijnt voorgoed.`);
		await expectAccessible(page);
		await copy.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'verwijderd' })).toHaveText(
			`Workshop “${title}” verwijderd.`
		);
		await expect(card(page, title)).toHaveCount(0);
		await expect(card(page, READY_MADE)).toHaveCount(2);
	});
});
