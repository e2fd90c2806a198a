/**
 * A whole evening of Boef in de Wijk in one story, on a server whose map tiles cannot be
 * reached: the spelleider prepares the game and hands the boef his secret link; the boef's phone
 * shares its (test-set) GPS position; two phones of different teams join by the short URL; the
 * meldkamer is recorded and the game starts with its first clue on both phones. Phone A loses
 * its connection, makes a SAAR report that waits on the phone and goes once the connection is
 * back; the spelleider confirms the proposed boef and replies; phone A sees the reply, phone B
 * never sees A's report. Phone B enters a wrong and then the right code word and is the first
 * finder; the boef is aangehouden. The spelleider ends the game, both phones show their result,
 * and the debrief and results show the evening. Every phone screen is checked with axe, and
 * nothing a phone receives over its socket contains the boef's coordinates.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { expect } from './support/fixtures';
import {
	FrameLog,
	PhoneNetwork,
	boefCard,
	dashboardReport,
	drawAreaAroundCentre,
	expectAccessible,
	failedTiles,
	gameTest as test,
	joinGame,
	keyFigure,
	phoneAlert,
	phoneConnection,
	phoneReports
} from './support/game';
import { admin } from './support/people';
import { PHONE } from './support/quiz';
import { hydrated, login } from './support/ui';

const TITLE = 'Avondspel Lunetten';
const BOEF = 'Boef 1';
const CODE_WORD = 'blauwe reiger';
const TILES_NOTICE = 'Achtergrondkaart niet beschikbaar';

/**
 * The boef's positions: one distinctive latitude that nothing else uses, so a frame that
 * carries it can only carry his position. Playwright fires watchPosition only when the
 * position changes, so he "walks" east along that latitude.
 */
const BOEF_LAT = 52.0937713;
const BOEF_LNGS = [5.2987654, 5.2989871, 5.2992088, 5.2994305];
/** Phone A stands some 40 m north of him; phone B elsewhere. */
const PHONE_A_AT = { latitude: 52.0941, longitude: 5.2991 };
const PHONE_B_AT = { latitude: 52.1012, longitude: 5.3104 };

const ANNA = { nickname: 'Anna', team: 'De Uilen' };
const BRAM = { nickname: 'Bram', team: 'Speurneuzen' };
const CLUE_TEXT = 'Gezien bij de speeltuin aan de Lunettenlaan';
const BEHAVIOUR = 'Voelde aan de deurklinken van geparkeerde auto’s en keek steeds om zich heen';

interface Phone {
	context: BrowserContext;
	page: Page;
}

async function newPhone(browser: Browser, baseURL: string, options: BrowserContextOptions): Promise<Phone> {
	const context = await browser.newContext({ ...PHONE, baseURL, ...options });
	return { context, page: await context.newPage() };
}

test('a whole evening: set-up, start, clue, offline report, feedback, find with the code word, end and debrief', async ({
	browser,
	page: leader,
	baseURL
}) => {
	test.setTimeout(240_000);
	const base = baseURL!;
	// "Einde spel" asks for confirmation; so would leaving the set-up with unsaved changes.
	leader.on('dialog', (dialog) => void dialog.accept());
	const dashboardFrames = new FrameLog();
	dashboardFrames.watch(leader);

	const contexts: BrowserContext[] = [];
	const boef = await newPhone(browser, base, {
		permissions: ['geolocation'],
		geolocation: { latitude: BOEF_LAT, longitude: BOEF_LNGS[0]! }
	});
	const phoneFrames = new FrameLog();
	const phoneA = await newPhone(browser, base, { permissions: ['geolocation'], geolocation: PHONE_A_AT });
	const phoneB = await newPhone(browser, base, { permissions: ['geolocation'], geolocation: PHONE_B_AT });
	contexts.push(boef.context, phoneA.context, phoneB.context);
	const tilesA = failedTiles(phoneA.context);
	const tilesB = failedTiles(phoneB.context);
	// What the phones receive, as the browser reports their sockets; phone A's also through the
	// route that lets the test cut its connection.
	const netA = await PhoneNetwork.attach(phoneA.context, phoneFrames);
	const phoneBFrames = new FrameLog();
	phoneBFrames.watch(phoneB.page);
	phoneFrames.watch(phoneA.page);
	phoneFrames.watch(phoneB.page);

	try {
		let gameId = '';
		let joinCode = '';

		await test.step('the spelleider creates the game, draws the area and describes the boef', async () => {
			await login(leader, admin);
			await leader.goto('/games');
			await hydrated(leader);
			await leader.getByLabel('Naam van het spel').fill(TITLE);
			await expect(leader.getByLabel('Naam van de eerste boef')).toHaveValue(BOEF);
			await leader.getByRole('button', { name: 'Spel aanmaken' }).click();
			await expect(leader).toHaveURL(/\/games\/[0-9a-f-]+\/setup$/);
			gameId = new URL(leader.url()).pathname.split('/')[2]!;
			await hydrated(leader);
			await expect(leader.getByRole('button', { name: 'Opslaan' })).toBeEnabled();

			const map = leader.getByRole('region', { name: 'Kaart om het speelgebied te tekenen' });
			const notice = leader.locator('.map-wrap', { has: map }).getByText(TILES_NOTICE);
			await drawAreaAroundCentre(map, notice);
			await expect(
				leader
					.getByRole('status')
					.filter({ hasText: /^Punten: / })
					.first()
			).toContainText('Punten: 4');

			const card = leader.getByRole('article', { name: /^Boef 1:/ });
			await card.getByLabel('Codewoord', { exact: true }).fill(CODE_WORD);
			await card
				.getByRole('group', { name: 'Geslacht' })
				.getByRole('radio', { name: 'man', exact: true })
				.check();
			await card
				.getByRole('group', { name: 'Jas', exact: true })
				.getByRole('checkbox', { name: 'rood', exact: true })
				.check();
			await card
				.getByRole('group', { name: 'Jas', exact: true })
				.getByLabel('Omschrijving')
				.fill('regenjas met capuchon');
			await leader.getByRole('button', { name: 'Opslaan' }).click();
			await expect(
				leader.getByRole('status').filter({ hasText: 'De voorbereiding is opgeslagen.' })
			).toBeVisible();
			await leader.getByRole('link', { name: 'Naar het dashboard van het spel' }).first().click();
			await expect(leader).toHaveURL(new RegExp(`/games/${gameId}$`));
			await expect(leader.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
			await hydrated(leader);
			await expect(leader.getByText('Verbinding: Verbonden')).toBeVisible();
			joinCode = ((await leader.locator('.join .code').first().textContent()) ?? '').replace(/\D/g, '');
			expect(joinCode, 'the dashboard shows the six-digit code').toMatch(/^\d{6}$/);
		});

		await test.step('the boef opens his secret link and starts sharing his position', async () => {
			const card = boefCard(leader, BOEF);
			await expect(card).toContainText('Geen werkende boeflink.');
			await card.getByRole('button', { name: 'Nieuwe boeflink maken' }).click();
			const link = card.getByLabel('Link', { exact: true });
			await expect(link).toHaveValue(/\/boef\/[^/]+$/);
			const url = await link.inputValue();
			expect(new URL(url).origin).toBe(new URL(base).origin);

			await boef.page.goto(url);
			await expect(boef.page.getByRole('heading', { level: 1, name: `U speelt ${BOEF}` })).toBeVisible();
			await expect(boef.page.getByRole('region', { name: 'Uw codewoord' })).toContainText(CODE_WORD);
			await boef.page.getByRole('button', { name: 'Locatie delen starten' }).click();
			await expect(boef.page.getByText('Uw locatie wordt gedeeld met de spelleider.')).toBeVisible();
			// Before the start his fixes are acknowledged and not kept: they belong to no game yet.
			await expect(boef.page.getByText(/^Laatste positie verstuurd: \d+ seconden geleden$/)).toBeVisible();
			await expectAccessible(boef.page, 'the boef phone');
			await expect(card).toContainText('Boeflink actief sinds');
		});

		await test.step('two phones of different teams join by the short URL', async () => {
			await phoneA.page.goto(`/${joinCode}`);
			await expect(phoneA.page).toHaveURL(new RegExp(`/game/${joinCode}$`));
			await expect(
				phoneA.page.getByRole('heading', { level: 1, name: 'Meedoen met Boef in de Wijk' })
			).toBeVisible();
			await hydrated(phoneA.page);
			await expect(phoneA.page.getByRole('button', { name: 'Meedoen' })).toBeEnabled();
			await expectAccessible(phoneA.page, 'the join screen');
			await joinGame(phoneA.page, joinCode, ANNA.nickname, ANNA.team);

			await phoneB.page.goto(`/${joinCode}`);
			await hydrated(phoneB.page);
			await joinGame(phoneB.page, joinCode, BRAM.nickname, BRAM.team);

			for (const phone of [phoneA, phoneB]) {
				await expect(
					phone.page.getByText('U doet mee! Het spel begint zodra de spelleider start.')
				).toBeVisible();
				await expect(phoneConnection(phone.page)).toHaveText('Verbonden');
			}
			// The phones' maps asked for tiles and got none; the map works without them.
			for (const tiles of [tilesA, tilesB]) await expect.poll(() => tiles.count).toBeGreaterThan(0);
			await expectAccessible(phoneA.page, 'the phone waiting for the start');
			await expect(leader.getByText('Deelnemers: 2').first()).toBeVisible();
		});

		await test.step('the meldkamer is recorded and the game starts with the first clue on both phones', async () => {
			const start = leader.getByRole('button', { name: 'Start het spel' });
			await expect(start).toBeDisabled();
			await leader.getByLabel('Wie bij de meldkamer is ingelicht').fill('OC Midden-Nederland, mw. De Vries');
			await leader.getByRole('button', { name: 'Meldkamer ingelicht' }).click();
			await expect(
				leader.getByText(/^✔?\s*Meldkamer ingelicht: OC Midden-Nederland, mw\. De Vries, op /)
			).toBeVisible();
			await expect(start).toBeEnabled();
			await start.click();
			await expect(leader.getByText('Ronde 1 van 4', { exact: true })).toBeVisible();

			for (const phone of [phoneA, phoneB]) {
				const alert = phoneAlert(phone.page, 'Nieuwe tip!');
				await expect(alert).toBeVisible();
				await expect(alert).toContainText(`Nieuwe tip over ${BOEF}`);
				// His phone shared his position before the start: the first clue has its circle (round 1: 1000 m).
				await expect(alert).toContainText('De boef is binnen deze cirkel van 1000 meter gezien.');
				const clues = phone.page.getByRole('region', { name: 'Tips', exact: true });
				await expect(clues.getByRole('heading', { level: 3, name: `Nieuwe tip over ${BOEF}` })).toBeVisible();
				// Round 1 reveals sex, age and the upper clothing: the red coat.
				await expect(clues).toContainText('rood');
				await expect(clues).toContainText('man');
				await expect(phone.page.getByText('Ronde 1 van 4', { exact: true })).toBeVisible();
			}
			await expectAccessible(phoneA.page, 'the phone with a new clue');
			await expect(boef.page.getByText('Uw locatie wordt gedeeld met de spelleider.')).toBeVisible();
		});

		await test.step('the boef walks; the dashboard has his track', async () => {
			for (const lng of BOEF_LNGS.slice(1, 3)) {
				await boef.context.setGeolocation({ latitude: BOEF_LAT, longitude: lng });
				await expect
					.poll(() => dashboardFrames.containing(String(lng)).length, { message: `dashboard got ${lng}` })
					.toBeGreaterThan(0);
			}
			await expect(boefCard(leader, BOEF)).toContainText(/Laatste positie om \d{2}:\d{2}:\d{2}/);
			await expect(boef.page.getByText('Posities die wachten op verzending: 0')).toBeVisible();
			expect(dashboardFrames.containing(String(BOEF_LAT)).length).toBeGreaterThan(0);
		});

		await test.step('the spelleider sends a clue with an area circle around where the boef is', async () => {
			await leader.getByLabel('Over', { exact: true }).selectOption({ label: BOEF });
			await leader.getByLabel('Tekst', { exact: true }).fill(CLUE_TEXT);
			await expect(leader.getByLabel('Met cirkel op de kaart')).toBeChecked();
			await expect(leader.getByLabel('Straal in meters')).toHaveValue('1000');
			await leader.getByRole('button', { name: 'Tip versturen' }).click();
			await expect(leader.getByRole('status').filter({ hasText: 'Tip verstuurd.' })).toBeVisible();
			for (const phone of [phoneA, phoneB]) {
				const alert = phoneAlert(phone.page, 'Nieuwe tip!');
				await expect(alert).toContainText(CLUE_TEXT);
				await expect(alert).toContainText('De boef is binnen deze cirkel van 1000 meter gezien.');
				const clues = phone.page.getByRole('region', { name: 'Tips', exact: true });
				await expect(clues.getByRole('listitem')).toHaveCount(2);
				await expect(clues.getByRole('listitem').first()).toContainText(CLUE_TEXT);
				await expect(phone.page.getByRole('list', { name: 'Legenda' })).toContainText('Tip (gebied)');
			}
		});

		await test.step('phone A loses its connection and makes a report that waits on the phone', async () => {
			const page = phoneA.page;
			// He is still close by: his newest fix is from just before the report.
			await boef.context.setGeolocation({ latitude: BOEF_LAT, longitude: BOEF_LNGS[3]! });
			await expect.poll(() => dashboardFrames.containing(String(BOEF_LNGS[3])).length).toBeGreaterThan(0);
			await phoneAlert(page, 'Nieuwe tip!').getByRole('button', { name: 'Gezien' }).click();
			await expect(phoneAlert(page, 'Nieuwe tip!')).toHaveCount(0);
			await netA.offline();
			await expect(phoneConnection(page)).toContainText('Geen verbinding.');

			await page.getByRole('button', { name: 'Melding maken' }).click();
			const form = page.getByRole('region', { name: 'Melding maken', exact: true });
			await expect(form).toBeVisible();
			await form.getByRole('button', { name: 'Mijn huidige plek' }).click();
			await expect(form.getByText(/^Gekozen: uw huidige plek/)).toBeVisible();
			await form.getByLabel('Wat deed de persoon?').fill(BEHAVIOUR);
			await form
				.getByRole('group', { name: 'Geslacht' })
				.getByRole('radio', { name: 'man', exact: true })
				.check();
			const coat = form.locator('details').filter({ has: page.locator('summary', { hasText: /^\s*Jas/ }) });
			await coat.locator('summary').click();
			await coat.getByRole('checkbox', { name: 'rood', exact: true }).check();
			await form.getByRole('radio', { name: /^112 bellen, nu/ }).check();
			await expectAccessible(page, 'the report form');
			await form.getByRole('button', { name: 'Melding versturen' }).click();

			await expect(page.getByText('Uw melding is bewaard.', { exact: false })).toBeVisible();
			const mine = phoneReports(page).getByRole('listitem').filter({ hasText: BEHAVIOUR });
			await expect(mine.locator('.badge')).toHaveText('Wacht op verbinding');
			await expect(mine).toContainText('112 gebeld');
			// The phone tries to reconnect, fails, and the report keeps waiting.
			await expect.poll(() => netA.failedAttempts).toBeGreaterThan(0);
			await expect(mine.locator('.badge')).toHaveText('Wacht op verbinding');
			await expect(dashboardReport(leader, BEHAVIOUR)).toHaveCount(0);
			await expect(leader.getByRole('heading', { name: 'Meldingen (0)' })).toBeVisible();
		});

		await test.step('back online, the report goes and the dashboard proposes the boef', async () => {
			await netA.online();
			const mine = phoneReports(phoneA.page).getByRole('listitem').filter({ hasText: BEHAVIOUR });
			await expect(mine.locator('.badge')).toHaveText('Verzonden', { timeout: 20_000 });
			await expect(phoneConnection(phoneA.page)).toHaveText('Verbonden');
			await expect(mine).toContainText('Nog geen reactie van de spelleider.');

			const report = dashboardReport(leader, BEHAVIOUR);
			await expect(report).toHaveCount(1);
			await expect(report.getByRole('heading', { level: 3 })).toHaveText(
				new RegExp(`^\\d{2}:\\d{2} · ${ANNA.nickname}\\s\\(${ANNA.team}\\)$`)
			);
			await expect(report).toContainText('112 gebeld');
			const proposals = report.getByRole('list', { name: 'Voorstellen' });
			await expect(proposals).toContainText(BOEF);
			await expect(proposals).toContainText('waarschijnlijk');
			await expect(leader.getByRole('heading', { name: 'Meldingen (1)' })).toBeVisible();
		});

		await test.step('the spelleider confirms the boef and replies; only phone A’s team sees it', async () => {
			const report = dashboardReport(leader, BEHAVIOUR);
			await report.getByRole('button', { name: `Bevestig: ${BOEF}` }).click();
			await expect(report).toContainText(`Bevestigd: ${BOEF}`);
			const reply = report.getByRole('button', { name: 'Dit was de boef!' });
			await reply.click();
			await expect(reply).toHaveAttribute('aria-pressed', 'true');
			await expect(report).toContainText(/Beantwoord na /);
			await leader.getByLabel('Alleen wachtend op antwoord').check();
			await expect(dashboardReport(leader, BEHAVIOUR)).toHaveCount(0);
			await expect(leader.getByText('Geen meldingen die op antwoord wachten.')).toBeVisible();
			await leader.getByLabel('Alle meldingen').check();

			const alert = phoneAlert(phoneA.page, 'Reactie van de spelleider');
			await expect(alert).toBeVisible();
			await expect(alert).toContainText('Op uw melding:');
			await expect(alert).toContainText('Dit was de boef!');
			const mine = phoneReports(phoneA.page).getByRole('listitem').filter({ hasText: BEHAVIOUR });
			await expect(mine).toContainText('Reactie van de spelleider: Dit was de boef!');
			await expectAccessible(phoneA.page, 'the phone with a reply');
			await expect(phoneA.page.getByRole('list', { name: 'Legenda' })).toContainText(
				'Melding: dit was de boef'
			);
			await alert.getByRole('button', { name: 'Gezien' }).click();

			await expect(phoneReports(phoneB.page)).toContainText('Nog geen meldingen.');
			await expect(phoneB.page.getByText(BEHAVIOUR)).toHaveCount(0);
		});

		await test.step('phone B enters a wrong code word, then the right one, and is the first finder', async () => {
			const page = phoneB.page;
			await phoneAlert(page, 'Nieuwe tip!').getByRole('button', { name: 'Gezien' }).click();
			const find = page.getByRole('region', { name: 'Boef gevonden?', exact: true });
			await find.getByLabel('Codewoord van de boef').fill('grijze reiger');
			await find.getByRole('button', { name: 'Controleren' }).click();
			await expect(find.getByRole('status')).toHaveText(
				'"grijze reiger" is niet het goede codewoord. Controleer de spelling of vraag het nog eens.'
			);
			await expect(boefCard(leader, BOEF).getByText('Op pad', { exact: true })).toBeVisible();

			// As he says it: capitals and all.
			await find.getByLabel('Codewoord van de boef').fill('Blauwe Reiger');
			await find.getByRole('button', { name: 'Controleren' }).click();
			await expect(find.getByRole('status')).toHaveText(
				`Goed! U heeft ${BOEF} gevonden, en u was de eerste!`
			);
			await expect(find).toContainText(
				new RegExp(`${BOEF}, door ${BRAM.nickname} om \\d{2}:\\d{2}\\s*\\(als eerste\\)`)
			);
			await expectAccessible(page, 'the phone after a find');

			const card = boefCard(leader, BOEF);
			await expect(card.getByText('Aangehouden', { exact: true })).toBeVisible();
			await expect(card.getByRole('button', { name: 'Aangehouden' })).toHaveCount(0);
			await expect(card).toContainText(/Aangehouden om \d{2}:\d{2}/);
			await expect(
				leader.getByText(`${BOEF} gevonden door ${BRAM.nickname} (${BRAM.team})`).first()
			).toBeVisible();
			await expect(
				boef.page.getByText('U bent aangehouden. Het delen van uw locatie is gestopt.')
			).toBeVisible();
			for (const phone of [phoneA, phoneB])
				await expect(phone.page.getByText(`${BOEF}: Aangehouden`)).toBeVisible();
			// Phone A's team found nobody.
			await expect(
				phoneA.page.getByRole('region', { name: 'Boef gevonden?', exact: true })
			).not.toContainText('(als eerste)');
		});

		await test.step('the spelleider ends the game; both phones show their result', async () => {
			await leader.getByRole('button', { name: 'Einde spel' }).click();
			await expect(leader.getByText('Het spel is afgelopen.', { exact: false }).first()).toBeVisible();
			await expect(leader.getByRole('link', { name: 'Nabespreking (projector)' })).toBeVisible();

			const results = [
				{ phone: phoneB, rank: 'Plaats 1 van 2', firstFinds: 1 },
				{ phone: phoneA, rank: 'Plaats 2 van 2', firstFinds: 0 }
			];
			for (const { phone, rank, firstFinds } of results) {
				const result = phone.page.getByRole('region', { name: 'Het spel is afgelopen', exact: true });
				await expect(result).toBeVisible();
				await expect(result).toContainText(rank);
				await expect(result).toContainText(`Als eerste een boef gevonden: ${firstFinds} keer`);
				await expect(phone.page.getByRole('button', { name: 'Melding maken' })).toHaveCount(0);
			}
			await expect(
				phoneA.page.getByRole('region', { name: 'Het spel is afgelopen', exact: true })
			).toContainText(/Punten voor goede meldingen: [1-9]\d*/);
			await expectAccessible(phoneB.page, 'the phone after the end');
			await expect(
				boef.page.getByText('Het spel is afgelopen. U kunt deze pagina sluiten. Bedankt!')
			).toBeVisible();
		});

		await test.step('no phone ever received the boef’s position', async () => {
			// The recordings work: they hold the game's state, the clue and the reply.
			for (const name of ['game:state', 'game:clue'])
				expect(phoneFrames.events(), `phones received ${name}`).toContain(name);
			expect(phoneBFrames.events()).toContain('game:state');
			expect(phoneFrames.containing(BEHAVIOUR).length, 'phone A received its own report').toBeGreaterThan(0);
			// The clue circles were worked out from his position, and reached the phones.
			expect(phoneFrames.containing('"radiusM":1000').length, 'phones got the circle').toBeGreaterThan(0);
			// The dashboard did receive his fixes, in exactly this notation.
			for (const lng of BOEF_LNGS.slice(1))
				expect(dashboardFrames.containing(String(lng)).length, `dashboard got ${lng}`).toBeGreaterThan(0);

			for (const text of [String(BOEF_LAT), ...BOEF_LNGS.map(String)])
				expect(phoneFrames.containing(text), `phone frames with ${text}`).toEqual([]);
			// Phone B (another team) never received phone A's report.
			expect(phoneBFrames.containing(BEHAVIOUR)).toEqual([]);
		});

		await test.step('the debrief replays the evening', async () => {
			await leader.getByRole('link', { name: 'Nabespreking (projector)' }).click();
			await expect(leader).toHaveURL(new RegExp(`/games/${gameId}/debrief$`));
			await expect(leader.getByRole('heading', { level: 1, name: `Nabespreking: ${TITLE}` })).toBeVisible();
			await hydrated(leader);
			const slider = leader.getByRole('slider', { name: 'Tijdstip' });
			await expect(slider).toBeVisible();
			await expect(leader.getByRole('button', { name: 'Afspelen' })).toBeVisible();
			await expect(leader.getByRole('radio', { name: '×60' })).toBeChecked();
			const time = leader.locator('output[for="replay-time"]');
			const side = leader.getByRole('complementary', { name: 'Tot nu toe' });
			// At the start nothing has happened yet.
			await expect(time).toContainText('na de start');
			const atStart = await time.textContent();
			await expect(keyFigure(side, 'Meldingen')).toHaveText('0');
			await expect(keyFigure(side, 'Via 112')).toHaveText('nog geen');

			await slider.focus();
			await leader.keyboard.press('End');
			await expect(time).not.toHaveText(atStart ?? '');
			await expect(keyFigure(side, 'Meldingen')).toHaveText('1');
			await expect(keyFigure(side, 'Via 112')).toHaveText('100%');
			await expect(keyFigure(side, 'Eerste melding')).toContainText(/^na /);
			await expect(side).toContainText(`${BOEF} gevonden door ${BRAM.nickname} (${BRAM.team})`);
			await expect(side).toContainText('Dit was de boef!');

			await leader.keyboard.press('Home');
			await expect(time).toHaveText(atStart ?? '');
			await leader.getByRole('radio', { name: '×10' }).check();
			await leader.getByRole('button', { name: 'Afspelen' }).click();
			await expect(leader.getByRole('button', { name: 'Pauzeren' })).toBeVisible();
			await expect(time).not.toHaveText(atStart ?? '');
			await leader.getByRole('button', { name: 'Pauzeren' }).click();
			await expect(leader.getByRole('button', { name: 'Afspelen' })).toBeVisible();
		});

		await test.step('the results show phone B’s team as the best finder', async () => {
			await leader.getByRole('link', { name: 'Naar de uitslag' }).click();
			await expect(leader).toHaveURL(new RegExp(`/games/${gameId}/results$`));
			await expect(leader.getByRole('heading', { level: 1, name: `Uitslag: ${TITLE}` })).toBeVisible();
			const key = leader.getByRole('region', { name: 'Kerncijfers' });
			await expect(keyFigure(key, 'Meldingen')).toHaveText('1');
			await expect(keyFigure(key, 'Via 112')).toHaveText('100%');

			const finders = leader.getByRole('region', { name: 'Beste vinder' }).getByRole('row');
			await expect(finders).toHaveCount(3);
			await expect(finders.nth(1)).toContainText(BRAM.team);
			await expect(finders.nth(1).getByRole('cell').first()).toHaveText('1');
			await expect(finders.nth(2)).toContainText(ANNA.team);
			const informers = leader.getByRole('region', { name: 'Beste informatie' }).getByRole('row');
			await expect(informers.nth(1)).toContainText(ANNA.team);
		});
	} finally {
		for (const context of contexts) await context.close();
	}
});
