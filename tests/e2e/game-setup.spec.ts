/**
 * The spelleider prepares a Boef in de Wijk game: creates it, draws the play area on the map
 * (no tiles: the test server has none), describes the boef, is refused without a code word
 * (nothing saved), saves, finds everything back after a reload and prints the meldkamer briefing.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, installedTest as test } from './support/fixtures';
import { admin } from './support/people';
import { hydrated, login } from './support/ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TITLE = 'Avondspel Oost';
const PARTICULARS = 'Tatoeage van een anker op de linkerhand';
const CODE_WORD_ERROR = 'Kies een codewoord van minstens 3 letters of cijfers.';

async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const report = violations.map(
		(v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`
	);
	expect(report, `axe violations on ${page.url()}`).toEqual([]);
}

async function openEditor(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Opslaan' })).toBeEnabled();
}

const areaStats = (page: Page) =>
	page
		.getByRole('status')
		.filter({ hasText: /^Punten: / })
		.first();
const boefCard = (page: Page) => page.getByRole('article', { name: /^Boef 1:/ });

test('a spelleider sets up a game and prints the briefing for the meldkamer', async ({ page, context }) => {
	test.setTimeout(180_000);
	// Leaving with unsaved changes asks first; this story never leaves with any.
	page.on('dialog', (dialog) => void dialog.accept());
	await login(page, admin);

	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Spellen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Boef in de Wijk: spellen' })).toBeVisible();
	await hydrated(page);
	await page.getByLabel('Naam van het spel').fill(TITLE);
	await expect(page.getByLabel('Naam van de eerste boef')).toHaveValue('Boef 1');
	await page.getByRole('button', { name: 'Spel aanmaken' }).click();
	await expect(page).toHaveURL(/\/games\/[0-9a-f-]+\/setup$/);
	const setupUrl = page.url();
	await openEditor(page, setupUrl);
	await expect(page.getByLabel('Naam van het spel')).toHaveValue(TITLE);

	// The play area: four clicks on a map without tiles.
	const map = page.getByRole('region', { name: 'Kaart om het speelgebied te tekenen' });
	await expect(areaStats(page)).toContainText('Punten: 0');
	for (const [x, y] of [
		[120, 80],
		[360, 80],
		[360, 260],
		[120, 260]
	] as const)
		await map.click({ position: { x, y } });
	await expect(areaStats(page)).toContainText('Punten: 4');
	await expect(areaStats(page)).toContainText('hectare');
	// The keyboard alternative adds and removes a point too.
	await page.getByRole('button', { name: 'Punt in het midden van de kaart toevoegen' }).click();
	await expect(areaStats(page)).toContainText('Punten: 5');
	await page.getByRole('button', { name: 'Laatste punt weghalen' }).click();
	await expect(areaStats(page)).toContainText('Punten: 4');

	await page.getByLabel('Geplande datum en begintijd').fill('2025-11-28T19:30');

	// The boef, without a code word yet.
	const boef = boefCard(page);
	await boef
		.getByRole('group', { name: 'Geslacht' })
		.getByRole('radio', { name: 'man', exact: true })
		.check();
	await boef
		.getByRole('group', { name: 'Postuur' })
		.getByRole('radio', { name: 'fors', exact: true })
		.check();
	await boef.getByLabel('Opvallende kenmerken').fill(PARTICULARS);
	await page.getByRole('button', { name: 'Opslaan' }).click();

	const summary = page.getByRole('alert').filter({ hasText: 'Het formulier bevat fouten' });
	await expect(summary).toContainText(CODE_WORD_ERROR);
	const codeWord = boef.getByLabel('Codewoord', { exact: true });
	await expect(codeWord).toHaveAttribute('aria-invalid', 'true');
	await expect(boef.getByText(CODE_WORD_ERROR)).toBeVisible();
	// The summary's link takes the keyboard to the field.
	await summary.getByRole('link', { name: /Codewoord/ }).click();
	await expect(codeWord).toBeFocused();

	// Nothing was saved: a second look at the game shows no area yet.
	const other = await context.newPage();
	await openEditor(other, setupUrl);
	await expect(areaStats(other)).toContainText('Punten: 0');
	await other.close();

	await codeWord.fill('blauwe reiger');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De voorbereiding is opgeslagen.' })).toBeVisible();
	await expect(summary).toBeHidden();
	await expect(page.getByRole('link', { name: 'Naar het dashboard van het spel' }).first()).toHaveAttribute(
		'href',
		/\/games\/[0-9a-f-]+$/
	);
	await expectAccessible(page);

	// Everything is kept.
	await openEditor(page, setupUrl);
	await expect(areaStats(page)).toContainText('Punten: 4');
	await expect(page.getByLabel('Geplande datum en begintijd')).toHaveValue('2025-11-28T19:30');
	await expect(boefCard(page).getByLabel('Codewoord', { exact: true })).toHaveValue('blauwe reiger');
	await expect(boefCard(page).getByLabel('Opvallende kenmerken')).toHaveValue(PARTICULARS);
	await expect(
		boefCard(page).getByRole('group', { name: 'Geslacht' }).getByRole('radio', { name: 'man', exact: true })
	).toBeChecked();
	await expect(page.getByRole('heading', { name: 'Tips (4)' })).toBeVisible();

	// The briefing for the meldkamer.
	await page.getByRole('link', { name: 'Briefing voor de meldkamer (afdrukken)' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Boef in de Wijk: ${TITLE}` })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
	// Who runs the game, for the meldkamer to call back.
	await expect(page.locator('main')).toContainText(admin.name);
	await expect(page.getByText('De deelnemers bellen in het spel niet echt naar 112')).toBeVisible();
	await expect(
		page.getByText(/vrijdag 28 november 2025, van 19:30 tot ongeveer 20:50/).first()
	).toBeVisible();
	await expect(page.getByRole('table', { name: /Hoekpunten/ }).getByRole('row')).toHaveCount(5);
	const sheet = page.getByRole('region', { name: 'Boef 1: Boef 1' });
	await expect(sheet).toContainText(PARTICULARS);
	await expect(sheet).toContainText('man');
	await expect(sheet).toContainText('fors');
	// The code word stays off the paper.
	await expect(page.locator('main')).not.toContainText('blauwe reiger');
	await hydrated(page);
	await expectAccessible(page);
});
