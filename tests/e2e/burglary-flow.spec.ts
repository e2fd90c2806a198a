/**
 * Houd u de boef tegen? from the end of a workshop to the deletion of everyone's data, on a
 * server whose map tiles cannot be reached and whose e-mail goes to a real SMTP server started
 * by the test. A workshop that is linked to the campaign ends and invites its three phones;
 * they register (pin on the map, consent); the organiser ticks the preconditions, draws the
 * target home and hands the boef his link; the boef's phone shares its position; the attempt
 * starts; a neighbour reports and says they called 112; the organiser enters the meldkamer's
 * count; the boef fills in the prevention checklist; the outcome is published and every
 * household gets its e-mail, the target alone its weak spots. Then, with the scheduled job's
 * clock moved past the retention time, nothing personal of the campaign is left in the
 * database. Every phone page is checked with axe, and no phone ever receives another
 * household's data or the boef's position.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import type { AppServer } from './support/app-server';
import { MailCatcher, personalDataLeft } from './support/burglary';
import { expect, test as base } from './support/fixtures';
import { FrameLog, UNREACHABLE_TILES, expectAccessible } from './support/game';
import { admin } from './support/people';
import { PHONE, joinViaShortUrl, present } from './support/quiz';
import { hydrated, installViaHttp, login } from './support/ui';

const test = base.extend<{ mail: MailCatcher; app: AppServer }>({
	mail: async ({}, use) => {
		const mail = await MailCatcher.start();
		await use(mail);
		await mail.close();
	},
	app: async ({ launchApp, mail }, use) => {
		const app = await launchApp({ env: { MAP_TILE_URL: UNREACHABLE_TILES, SMTP_URL: mail.url } });
		await installViaHttp(app, admin);
		await use(app);
	},
	baseURL: async ({ app }, use) => {
		await use(app.baseURL);
	}
});

const TITLE = 'Lunetten let op';
const RETENTION_DAYS = 30;
const DAY_MS = 24 * 3_600_000;

interface Household {
	name: string;
	email: string;
	postcode: string;
	shown: string;
	number: string;
}
const HOUSEHOLDS: Household[] = [
	{
		name: 'Familie Jansen',
		email: 'jansen.lunetten@example.nl',
		postcode: '3524 AB',
		shown: '3524AB',
		number: '12'
	},
	{
		name: 'Familie de Vries',
		email: 'devries.lunetten@example.nl',
		postcode: '3524 AC',
		shown: '3524AC',
		number: '7a'
	},
	{
		name: 'Familie Bakker',
		email: 'bakker.lunetten@example.nl',
		postcode: '3524 AD',
		shown: '3524AD',
		number: '30'
	}
];

/** The boef's latitude: a value nothing else uses, so a frame that carries it carries his position. */
const BOEF_LAT = 52.0937713;
const BOEF_LNGS = [5.2987654, 5.2989871, 5.2992088];
const BEHAVIOUR = 'Liep om het huis heen, voelde aan de achterdeur en keek door de ramen naar binnen';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(Date.now());
const inDays = (n: number) =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(Date.now() + n * DAY_MS);

interface Phone {
	context: BrowserContext;
	page: Page;
	frames: FrameLog;
	household: Household;
	personalUrl?: string;
}

async function newPhone(
	browser: Browser,
	baseURL: string,
	household: Household,
	options: BrowserContextOptions = {}
) {
	const context = await browser.newContext({ ...PHONE, baseURL, ...options });
	const page = await context.newPage();
	const frames = new FrameLog();
	frames.watch(page);
	return { context, page, frames, household } satisfies Phone;
}

test('a workshop ends, three homes register, the boef tries one, a neighbour calls 112, everyone hears the outcome, and the data is gone after the retention time', async ({
	browser,
	page: organiser,
	baseURL,
	app,
	mail
}) => {
	test.setTimeout(300_000);
	const base = baseURL!;
	organiser.on('dialog', (dialog) => void dialog.accept());
	const dashboardFrames = new FrameLog();
	dashboardFrames.watch(organiser);
	const contexts: BrowserContext[] = [];
	const phones: Phone[] = [];
	let campaignId = '';
	let campaignCode = '';

	await test.step('the organiser presents the workshop and prepares a campaign linked to it', async () => {
		await login(organiser, admin);
		const projector = await organiser.context().newPage();
		projector.on('dialog', (dialog) => void dialog.accept());
		const session = await present(projector, 'Meld Verdacht Gedrag');

		await organiser.goto('/burglary');
		await hydrated(organiser);
		await organiser.getByLabel('Naam van de actie').fill(TITLE);
		await organiser.getByLabel('Naam van de boef').fill('Boef 1');
		await organiser.getByRole('button', { name: 'Actie maken' }).click();
		await expect(organiser).toHaveURL(/\/burglary\/[0-9a-f-]{36}\/setup$/);
		campaignId = organiser.url().split('/').at(-2)!;
		await hydrated(organiser);
		await organiser.getByLabel('Eerste dag').fill(today());
		await organiser.getByLabel('Laatste dag').fill(inDays(21));
		await organiser.getByLabel('Bewaartermijn (dagen)').fill(String(RETENTION_DAYS));
		await organiser.getByLabel('Gekoppelde workshop').selectOption(session.liveSessionId);
		await organiser.getByRole('button', { name: 'Instellingen opslaan' }).click();
		await expect(organiser.getByText('De instellingen zijn opgeslagen.')).toBeVisible();

		for (const h of HOUSEHOLDS) {
			const phone = await newPhone(browser, base, h);
			contexts.push(phone.context);
			phones.push(phone);
			await joinViaShortUrl(phone.page, session.code, h.name.replace('Familie ', ''));
		}

		// The workshop ends: "Beëindigen" (the last of that name) asks first.
		await projector
			.getByRole('region', { name: 'Bediening' })
			.getByRole('button', { name: 'Beëindigen', exact: true })
			.last()
			.click();
		await expect(projector.getByText('De sessie is afgelopen.')).toBeVisible();
	});

	await test.step('the workshop phones are invited and all three households register', async () => {
		for (const phone of phones) {
			const { page, household: h } = phone;
			const invite = page.getByRole('region', { name: 'Doe mee met Houd u de boef tegen?' });
			await expect(invite).toBeVisible();
			await invite.getByRole('link', { name: 'Meld u aan' }).click();
			// The invitation carries the workshop's token; the page keeps it for the form (only
			// for this campaign's page), so the registration counts against the workshop, not the wifi.
			await expect(page).toHaveURL(/\/r\/\d{6}\?uitnodiging=[A-Za-z0-9_-]{32}$/);
			campaignCode = new URL(page.url()).pathname.split('/').pop()!;
			const kept = (await page.context().cookies()).find((c) => c.name === 'do_invite');
			expect([kept?.path, kept?.httpOnly]).toEqual([`/r/${campaignCode}`, true]);
			await hydrated(page);
			if (phone === phones[0]) await expectAccessible(page, 'the registration page');
			await page.getByLabel('Naam').fill(h.name);
			await page.getByLabel('E-mailadres').fill(h.email);
			await page.getByLabel('Postcode').fill(h.postcode);
			await page.getByLabel('Huisnummer').fill(h.number);
			// No geocoder and no tiles: the pin goes to the middle of the map, by button.
			await page.getByRole('button', { name: 'Speld in het midden van de kaart' }).click();
			await expect(page.getByText('Speld geplaatst op uw huis.')).toBeVisible();
			await page.getByRole('checkbox', { name: 'Ik geef toestemming en doe mee' }).check();
			await page.getByRole('button', { name: 'Aanmelden' }).click();
			await expect(page).toHaveURL(/\/mijn\/[A-Za-z0-9_-]+\?aangemeld$/);
			await expect(page.getByText(/U bent aangemeld!/)).toBeVisible();
			phone.personalUrl = page.url().replace(/\?.*$/, '');
			if (phone === phones[0]) await expectAccessible(page, 'the personal page');
		}
		// The confirmations went out through SMTP, one per household.
		await expect
			.poll(() =>
				HOUSEHOLDS.map((h) => mail.to(h.email).filter((m) => m.subject.startsWith('Aangemeld voor')).length)
			)
			.toEqual([1, 1, 1]);
	});

	await test.step('a household that lost its link asks for a new one; the old link stops working', async () => {
		const phone = phones[1]!;
		const { page, household: h } = phone;
		const oldUrl = phone.personalUrl!;
		await page.goto(`/r/${campaignCode}`);
		await hydrated(page);
		const section = page.getByRole('region', { name: 'Link kwijt?' });
		await section.getByLabel('Uw e-mail (waarmee u zich aanmeldde)').fill(h.email);
		await section.getByRole('button', { name: 'Stuur mij een nieuwe link' }).click();
		await expect(
			section.getByText(
				'Als dit e-mailadres is aangemeld, krijgt u binnen enkele minuten een e-mail met een nieuwe persoonlijke link.'
			)
		).toBeVisible();
		const subject = `Uw nieuwe persoonlijke link voor ${TITLE}`;
		await expect.poll(() => mail.to(h.email).filter((m) => m.subject === subject).length).toBe(1);
		const text = mail.to(h.email).find((m) => m.subject === subject)!.text;
		const link = /https?:\/\/\S+\/mijn\/[A-Za-z0-9_-]+/.exec(text)?.[0];
		expect(link, 'the new personal link is in the mail').toBeTruthy();
		expect(link).not.toBe(oldUrl);
		await page.goto(link!);
		await hydrated(page);
		await expect(page.getByText(h.name, { exact: true }).first()).toBeVisible();
		phone.personalUrl = link!;
		expect((await page.goto(oldUrl))?.status(), 'the old link no longer works').toBe(404);
	});

	let target: Phone;
	let boefLink = '';

	await test.step('the organiser ticks the preconditions, draws the target and makes the boef link', async () => {
		await organiser.goto(`/burglary/${campaignId}`);
		await hydrated(organiser);
		const meldkamer = organiser.getByTestId('precondition-meldkamer');
		await meldkamer
			.getByLabel('Wie bij de meldkamer is ingelicht')
			.fill('Meldkamer Midden-Nederland, coördinator van dienst');
		await meldkamer.getByRole('button', { name: /^Afvinken/ }).click();
		await expect(meldkamer.getByText(/Ingelicht: Meldkamer Midden-Nederland/)).toBeVisible();
		for (const which of ['briefing', 'area']) {
			const item = organiser.getByTestId(`precondition-${which}`);
			await item.getByRole('button', { name: /^Afvinken/ }).click();
			await expect(item.getByText(/Afgevinkt door/)).toBeVisible();
		}
		await expect(organiser.getByText('3 van 3 afgevinkt')).toBeVisible();

		await organiser.getByLabel('Geplande datum van de poging').fill(today());
		await organiser.getByRole('button', { name: 'Loten', exact: true }).click();
		await expect(organiser.getByTestId('draw-record')).toBeVisible();
		const attempt = organiser.getByTestId('attempt-1');
		await expect(attempt).toBeVisible();
		const shown = (await attempt.textContent()) ?? '';
		const drawn = phones.filter((p) => shown.includes(p.household.name));
		expect(drawn, 'exactly one household is the target').toHaveLength(1);
		target = drawn[0]!;

		const card = organiser.getByTestId('boef-link-b1');
		await card.getByRole('button', { name: /^Nieuwe boeflink maken/ }).click();
		boefLink = await organiser.getByTestId('new-boef-link').inputValue();
		expect(boefLink).toMatch(/\/boef\/[A-Za-z0-9_-]{40,}$/);
	});

	const boef = await browser.newContext({
		...PHONE,
		baseURL: base,
		permissions: ['geolocation'],
		geolocation: { latitude: BOEF_LAT, longitude: BOEF_LNGS[0]! }
	});
	contexts.push(boef);
	const boefPage = await boef.newPage();

	await test.step('the boef opens his link: his target home, and he starts sharing his position', async () => {
		await boefPage.goto(boefLink);
		await hydrated(boefPage);
		await expect(boefPage.getByRole('region', { name: 'Het doelhuis', exact: true })).toContainText(
			target.household.shown.slice(0, 4)
		);
		await boefPage.getByRole('button', { name: 'Locatie delen starten' }).click();
		await expect(boefPage.getByText('Uw locatie wordt gedeeld met de organisator.')).toBeVisible();
		await expectAccessible(boefPage, 'the boef page');
	});

	const live = organiser;
	const attempt = () => live.getByTestId('attempt-1');

	await test.step('the attempt starts on the live dashboard and the boef is seen moving', async () => {
		await live.goto(`/burglary/${campaignId}/live`);
		await hydrated(live);
		await attempt().getByRole('button', { name: 'Start poging' }).click();
		await expect(attempt().getByTestId('attempt-state')).toHaveText('Bezig');
		await expect(attempt().getByTestId('attempt-clock')).toHaveText(/^\d\d:\d\d$/);
		// Positions taken after the start are his attempt's track.
		for (const lng of BOEF_LNGS.slice(1)) {
			await boef.setGeolocation({ latitude: BOEF_LAT, longitude: lng });
			await boefPage.waitForTimeout(1200);
		}
		// The dashboard receives his true position (and, below, no phone ever does).
		await expect
			.poll(() => dashboardFrames.containing(String(BOEF_LAT)).length, { timeout: 15_000 })
			.toBeGreaterThan(0);
	});

	const neighbour = phones.find((p) => p !== target)!;

	await test.step('a neighbour reports what they saw and says they called 112', async () => {
		const page = neighbour.page;
		await page.goto(neighbour.personalUrl!);
		await hydrated(page);
		await page.getByRole('button', { name: 'Melding maken' }).click();
		const form = page.getByRole('region', { name: 'Melding maken', exact: true });
		await form.getByLabel('Wat deed de persoon?').fill(BEHAVIOUR);
		await form.getByRole('radio', { name: /^Ik heb 112 gebeld/ }).check();
		await form.getByRole('button', { name: 'Melding versturen' }).click();
		await expect(page.getByRole('region', { name: 'Uw meldingen' }).getByText('Verzonden')).toBeVisible();
		await expectAccessible(page, 'the personal page with the report form');
		await expect(attempt().getByTestId('tally-reports')).toContainText('1');
		await expect(attempt().getByTestId('tally-said-112')).toContainText('1');
	});

	await test.step('the organiser enters the meldkamer count and the boef fills in the checklist', async () => {
		await attempt().getByRole('radio', { name: '112', exact: true }).check();
		await attempt().getByTestId('call-add').click();
		await expect(attempt().getByTestId('tally-calls-112')).toContainText('1');
		await expect(attempt().getByTestId('tally-calls-0900')).toContainText('0');

		const checklist = boefPage.getByRole('region', { name: 'Controlelijst preventie' });
		await expect(checklist).toBeVisible();
		const groups = checklist.getByRole('group');
		const count = await groups.count();
		expect(count).toBe(7);
		for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio', { name: 'In orde' }).check();
		await checklist
			.getByRole('group', { name: 'Ramen en deuren dicht' })
			.getByRole('radio', { name: 'Zwakke plek' })
			.check();
		await checklist.getByRole('button', { name: 'Controlelijst opslaan' }).click();
		await expect(checklist.getByText(/Opgeslagen om/)).toBeVisible();
		await expect(attempt().getByTestId('prevention-by')).toBeVisible();
	});

	await test.step('the attempt ends and the outcome is published: the boef was stopped', async () => {
		await attempt().getByRole('button', { name: 'Beëindig poging' }).click();
		await expect(attempt().getByTestId('attempt-state')).toHaveText('Beëindigd');
		await expect(attempt().getByTestId('attempt-verdict')).toContainText('Tegengehouden');
		await live.getByRole('button', { name: 'Uitslag bekendmaken…' }).click();
		await live.getByRole('button', { name: 'Ja, maak bekend en mail iedereen' }).click();
		const summary = live.getByTestId('outcome-summary');
		await expect(summary).toBeVisible();
		await expect(summary.getByTestId('outcome-calls-112')).toContainText('1');
		await expect(summary.getByTestId('outcome-reports')).toContainText('1');
	});

	await test.step('every household gets the outcome by e-mail; only the target gets its weak spots', async () => {
		await expect
			.poll(
				() =>
					HOUSEHOLDS.map(
						(h) => mail.to(h.email).filter((m) => m.subject.startsWith('De uitslag van')).length
					),
				{
					timeout: 20_000
				}
			)
			.toEqual([1, 1, 1]);
		// The worker sends the messages one after another: wait for the last one too.
		const weak = () => mail.mails.filter((m) => m.subject === 'Persoonlijk: wat de boef bij uw huis zag');
		await expect.poll(() => weak().map((m) => m.to)).toEqual([[target.household.email]]);
		expect(weak()[0]!.text).toContain('- Ramen en deuren dicht: Zwakke plek');
		// The outcome mails name no household and no address.
		for (const m of mail.mails.filter((x) => x.subject.startsWith('De uitslag van')))
			for (const h of HOUSEHOLDS) {
				expect(m.text).not.toContain(h.shown);
				if (!m.to.includes(h.email)) {
					expect(m.text).not.toContain(h.email);
					expect(m.text).not.toContain(h.name);
				}
			}
	});

	await test.step('the public page shows the anonymous outcome', async () => {
		const page = neighbour.page;
		await page.goto(`/r/${campaignCode}`);
		await hydrated(page);
		await expect(page.getByTestId('outcome-summary')).toBeVisible();
		await expect(page.getByTestId('outcome-verdict')).toHaveText('Tegengehouden');
		const text = (await page.textContent('body')) ?? '';
		for (const h of HOUSEHOLDS) {
			expect(text).not.toContain(h.name);
			expect(text).not.toContain(h.email);
		}
		await expectAccessible(page, 'the public outcome');
	});

	await test.step('no phone ever received another household’s data or the boef’s position', async () => {
		for (const phone of phones) {
			expect(phone.frames.frames.length, `${phone.household.name} had a socket`).toBeGreaterThan(0);
			expect(phone.frames.containing(String(BOEF_LAT)), `${phone.household.name}: boef position`).toEqual([]);
			for (const other of HOUSEHOLDS.filter((h) => h !== phone.household)) {
				expect(phone.frames.containing(other.email), `${phone.household.name} got ${other.email}`).toEqual(
					[]
				);
				expect(phone.frames.containing(other.name), `${phone.household.name} got ${other.name}`).toEqual([]);
			}
		}
	});

	await test.step('after the retention time (the job’s clock moved on) nothing personal is left', async () => {
		await app.restart({ JOB_CLOCK_OFFSET_MS: String((RETENTION_DAYS + 1) * DAY_MS) });
		const page = neighbour.page;
		await expect
			.poll(
				async () => {
					const res = await page.goto(neighbour.personalUrl!);
					return res?.status();
				},
				{ timeout: 30_000 }
			)
			.toBe(404);
		await app.stop();
		const needles = HOUSEHOLDS.flatMap((h) => [h.email, h.name, h.shown]);
		expect(await personalDataLeft(app, [...needles, BEHAVIOUR, String(BOEF_LAT)])).toEqual([]);
	});

	for (const c of contexts) await c.close();
});
