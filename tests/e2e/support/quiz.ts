/**
 * Live quiz steps shared by the quiz specs: a small workshop to import, presenting it, phones
 * that join and answer, the projector's controls, and axe. Written the way people see the
 * screens (labels, roles, texts from src/lib/i18n/messages/nl/play.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import {
	devices,
	expect,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Locator,
	type Page
} from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { admin, type Person } from './people';
import { changePassword, createAccount, hydrated, login, logout, submitLogin } from './ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe and fails with a readable list: rule, impact, help, and each offending element. */
export async function expectAccessible(page: Page, what = page.url()): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const report = violations.map((v) =>
		[
			`${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} — ${v.helpUrl}`,
			...v.nodes.map(
				(n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`
			)
		].join('\n')
	);
	expect(report, `axe violations on ${what}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// The small workshop: one slide of each kind, 30 seconds per question.

/** Slide ids and the texts the specs click and look for. */
export const SMALL = {
	info: { id: 'welkom', title: 'Welkom bij de oefenquiz' },
	single: {
		id: 'q-single',
		prompt: 'Er wordt nu bij de buren ingebroken. Wat doet u?',
		right: 'Bel 112',
		wrong: 'Morgen de wijkagent mailen',
		other: 'Zelf gaan kijken',
		explanation: 'Bij een misdrijf dat nu gebeurt, belt u altijd 112.'
	},
	truefalse: {
		id: 'q-truefalse',
		prompt: 'Iemand voelt ’s nachts aan alle autodeuren in de straat. Is dat verdacht?',
		right: 'Waar',
		wrong: 'Niet waar',
		explanation: 'Aan deuren voelen is een bekend teken van zakkenrollers en autokrakers.'
	},
	multiple: {
		id: 'q-multiple',
		prompt: 'Wat geeft u door aan de meldkamer?',
		right: ['Signalement', 'Rijrichting', 'Kenteken'],
		wrong: 'Uw mening over de buurt',
		explanation: 'Signalement, rijrichting en kenteken helpen de politie het snelst.'
	},
	order: {
		id: 'q-order',
		prompt: 'Zet de stappen in de goede volgorde.',
		right: ['Blijf op afstand', 'Bel 112', 'Vertel wat u ziet'],
		explanation: 'Eerst uw eigen veiligheid, dan bellen, dan vertellen.'
	},
	poll: {
		id: 'q-poll',
		prompt: 'Hoe veilig voelt u zich in uw buurt?',
		options: ['Veilig', 'Het gaat wel', 'Onveilig']
	},
	open: {
		id: 'q-open',
		prompt: 'Wat zou u vaker willen melden?',
		explanation: 'Alles wat niet klopt mag u melden.'
	}
} as const;

export const QUESTION_COUNT = 6;
export const SLIDE_COUNT = 7;

/** The export file format of src/lib/server/services/workshops.ts, with the small workshop. */
export function smallWorkshopFile(title: string): Buffer {
	const opts = (texts: readonly string[], prefix: string) =>
		texts.map((text, i) => ({ id: `${prefix}${i + 1}`, text }));
	const q = { kind: 'question', timeLimitSec: 30, points: true } as const;
	const workshop = {
		title,
		description: 'Eén dia van elke soort, voor de end-to-end-test.',
		slides: [
			{
				id: SMALL.info.id,
				kind: 'info',
				title: SMALL.info.title,
				body: 'Pak uw telefoon en doe mee.\nEr zijn zes vragen.',
				illustration: 'eyes'
			},
			{
				...q,
				id: SMALL.single.id,
				type: 'single',
				prompt: SMALL.single.prompt,
				options: opts([SMALL.single.right, SMALL.single.wrong, SMALL.single.other], 's'),
				correct: ['s1'],
				explanation: SMALL.single.explanation,
				illustration: 'phone-112'
			},
			{
				...q,
				id: SMALL.truefalse.id,
				type: 'truefalse',
				prompt: SMALL.truefalse.prompt,
				options: [],
				correct: ['true'],
				explanation: SMALL.truefalse.explanation
			},
			{
				...q,
				id: SMALL.multiple.id,
				type: 'multiple',
				prompt: SMALL.multiple.prompt,
				// Right, right, wrong, right.
				options: opts(
					[SMALL.multiple.right[0], SMALL.multiple.right[1], SMALL.multiple.wrong, SMALL.multiple.right[2]],
					'm'
				),
				correct: ['m1', 'm2', 'm4'],
				explanation: SMALL.multiple.explanation
			},
			{
				...q,
				id: SMALL.order.id,
				type: 'order',
				prompt: SMALL.order.prompt,
				options: opts(SMALL.order.right, 'o'),
				correct: ['o1', 'o2', 'o3'],
				explanation: SMALL.order.explanation
			},
			{
				...q,
				id: SMALL.poll.id,
				type: 'poll',
				prompt: SMALL.poll.prompt,
				options: opts(SMALL.poll.options, 'p'),
				correct: [],
				points: false,
				explanation: ''
			},
			{
				...q,
				id: SMALL.open.id,
				type: 'open',
				prompt: SMALL.open.prompt,
				options: [],
				correct: [],
				points: false,
				explanation: SMALL.open.explanation
			}
		]
	};
	return Buffer.from(JSON.stringify({ format: 'duizend-ogen.workshop', version: 1, workshop }, null, 2));
}

// ---------------------------------------------------------------------------------------------
// The presenter.

/** A workshop's card on /workshops. */
export const workshopCard = (page: Page, title: string) =>
	page.getByRole('article', { name: title, exact: true });

/**
 * The beheerder creates a presentator (unique e-mail, so a shared installed server can run this
 * again), who logs in and sets their own password. Leaves `page` logged in as the presentator.
 */
export async function newPresenter(page: Page): Promise<Person> {
	const person: Person = {
		name: 'Wim Wijkagent',
		email: `wim.${Date.now()}@example.nl`,
		password: 'zeven-eenden-in-het-park'
	};
	await login(page, admin);
	await page.goto('/admin/accounts');
	const temporary = await createAccount(page, { ...person, role: 'presentator' });
	await expect(
		page.getByRole('status').filter({ hasText: `Account voor ${person.name} aangemaakt.` })
	).toBeVisible();
	await logout(page);
	await page.goto('/login');
	await submitLogin(page, { email: person.email, password: temporary });
	await expect(page).toHaveURL(/\/account\/password$/);
	await changePassword(page, temporary, person.password);
	await expect(page.getByRole('status')).toContainText('Uw wachtwoord is gewijzigd.');
	return person;
}

/** Imports a workshop file on /workshops and waits for its card. */
export async function importWorkshopFile(page: Page, title: string, file: Buffer): Promise<void> {
	await page.goto('/workshops');
	await hydrated(page);
	await page
		.getByLabel('Bestand')
		.setInputFiles({ name: 'oefenquiz.json', mimeType: 'application/json', buffer: file });
	await page.getByRole('button', { name: 'Importeren' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'geïmporteerd' })).toHaveText(
		`Workshop “${title}” geïmporteerd.`
	);
	await expect(workshopCard(page, title)).toHaveCount(1);
}

export interface Presented {
	liveSessionId: string;
	/** The six digits, without the space the projector shows. */
	code: string;
}

/** Presses "Presenteren" on a workshop's card and waits for the projector's lobby. */
export async function present(
	page: Page,
	title: string,
	settings: { scoring?: 'speed' | 'flat'; streakBonus?: boolean; showLeaderboard?: boolean } = {}
): Promise<Presented> {
	if (!page.url().endsWith('/workshops')) await page.goto('/workshops');
	await hydrated(page);
	const card = workshopCard(page, title);
	if (settings.scoring) await card.getByLabel('Punten', { exact: true }).selectOption(settings.scoring);
	if (settings.streakBonus !== undefined)
		await card.getByLabel('Bonus voor reeksen goede antwoorden').setChecked(settings.streakBonus);
	if (settings.showLeaderboard !== undefined)
		await card.getByLabel('Tussenstand tonen').setChecked(settings.showLeaderboard);
	await card.getByRole('button', { name: 'Presenteren' }).click();
	await expect(page).toHaveURL(/\/host\/[0-9a-f-]{36}$/);
	const liveSessionId = new URL(page.url()).pathname.split('/').pop()!;
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const shown = (await page.locator('.code strong').first().textContent()) ?? '';
	expect(shown, 'the code is shown as "123 456"').toMatch(/^\d{3} \d{3}$/);
	// The projector is live once the lobby's controls are there.
	await expect(controls(page).getByRole('button', { name: 'Start' })).toBeEnabled();
	return { liveSessionId, code: shown.replace(' ', '') };
}

/** The projector's (or remote's) control bar. */
export const controls = (page: Page) => page.getByRole('region', { name: 'Bediening' });

/** Clicks a control button (exact name) and waits until the command has been acknowledged. */
export async function command(page: Page, name: string): Promise<void> {
	const button = controls(page).getByRole('button', { name, exact: true });
	await expect(button).toBeEnabled();
	await button.click();
}

/** "2 van 4 geantwoord" on the projector's question screen. */
export const answeredCount = (page: Page, answered: number, total: number) =>
	page.getByText(`${answered} van ${total} geantwoord`, { exact: true });

// ---------------------------------------------------------------------------------------------
// Phones.

/** A phone: 360×740 CSS pixels, touch, a mobile Chrome user agent. */
export const PHONE: BrowserContextOptions = {
	viewport: { width: 360, height: 740 },
	screen: { width: 360, height: 740 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true,
	userAgent: devices['Pixel 5'].userAgent,
	locale: 'nl-NL',
	timezoneId: 'Europe/Amsterdam'
};

export async function newPhone(
	browser: Browser,
	baseURL: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ ...PHONE, baseURL });
	return { context, page: await context.newPage() };
}

/** The join form on the phone page: waits for the socket, so the button is enabled. */
export async function submitNickname(page: Page, nickname: string): Promise<void> {
	await hydrated(page);
	const join = page.getByRole('button', { name: 'Meedoen' });
	await expect(join).toBeEnabled();
	await page.getByLabel('Uw naam in het spel').fill(nickname);
	await join.tap();
}

/** Opens the short URL the projector shows and joins; waits for the lobby (or the current slide). */
export async function joinViaShortUrl(page: Page, code: string, nickname: string): Promise<void> {
	await page.goto(`/${code}`);
	await expect(page).toHaveURL(new RegExp(`/play/${code}$`));
	await submitNickname(page, nickname);
	await expect(you(page)).toContainText(`U speelt als ${nickname}`);
}

/** Types the code on /join, then joins. */
export async function joinViaCodeForm(page: Page, code: string, nickname: string): Promise<void> {
	await page.goto('/join');
	await hydrated(page);
	await page.getByLabel('Code (6 cijfers)').fill(`${code.slice(0, 3)} ${code.slice(3)}`);
	await page.getByRole('button', { name: 'Verder' }).tap();
	await expect(page).toHaveURL(new RegExp(`/play/${code}$`));
	await submitNickname(page, nickname);
	await expect(you(page)).toContainText(`U speelt als ${nickname}`);
}

/** "U speelt als Fatima · Uw score: 1000" */
export const you = (page: Page) => page.getByText(/^U speelt als /);

export async function expectScore(page: Page, nickname: string, score: number): Promise<void> {
	await expect(you(page)).toHaveText(`U speelt als ${nickname} · Uw score: ${score}`);
}

export const received = (page: Page) => page.getByRole('status').filter({ hasText: 'Antwoord ontvangen!' });

/** Waits until the phone shows this question with its countdown. */
export async function expectQuestion(page: Page, number: number, prompt: string): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: prompt })).toBeVisible();
	await expect(page.getByText(`Vraag ${number} van ${QUESTION_COUNT}`)).toBeVisible();
	await expect(page.getByText(/^Nog \d+ seconden$/)).toBeVisible();
}

/** Single, true/false and poll: one tap sends. */
export async function tapChoice(page: Page, text: string): Promise<void> {
	await page.getByRole('button', { name: text, exact: true }).tap();
	await expect(received(page)).toBeVisible();
	await expect(page.getByRole('button', { name: text, exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: text, exact: true })).toBeDisabled();
}

export async function submitMultiple(page: Page, texts: readonly string[]): Promise<void> {
	const send = page.getByRole('button', { name: 'Antwoord versturen' });
	// Nothing to send until something is ticked.
	if ((await page.getByRole('checkbox', { checked: true }).count()) === 0) await expect(send).toBeDisabled();
	for (const text of texts) await page.getByRole('checkbox', { name: text }).check();
	await send.tap();
	await expect(received(page)).toBeVisible();
	await expect(send).toBeDisabled();
}

/** The order the phone shows now, as option texts. */
export async function shownOrder(page: Page): Promise<string[]> {
	const items = page
		.getByRole('list')
		.filter({ has: page.getByRole('button', { name: / omhoog$/ }) })
		.getByRole('listitem');
	return (await items.allTextContents()).map((t) =>
		t
			.replace(/[↑↓]/g, '')
			.replace(/^\s*\d+\.\s*/, '')
			.trim()
	);
}

/** Moves options with the arrow buttons until the list reads `wanted`; returns the starting order. */
export async function putInOrder(page: Page, wanted: readonly string[]): Promise<string[]> {
	const start = await shownOrder(page);
	expect([...start].sort()).toEqual([...wanted].sort());
	for (let target = 0; target < wanted.length; target++) {
		const text = wanted[target]!;
		let at = (await shownOrder(page)).indexOf(text);
		while (at > target) {
			await page.getByRole('button', { name: `${text} omhoog` }).tap();
			at--;
			await expect.poll(() => shownOrder(page).then((o) => o.indexOf(text))).toBe(at);
		}
	}
	expect(await shownOrder(page)).toEqual(wanted);
	return start;
}

export async function submitOrder(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Antwoord versturen' }).tap();
	await expect(received(page)).toBeVisible();
	await expect(page.getByRole('button', { name: / omhoog$/ }).first()).toBeDisabled();
}

export async function submitOpen(page: Page, text: string): Promise<void> {
	await page.getByLabel('Uw antwoord').fill(text);
	await page.getByRole('button', { name: 'Antwoord versturen' }).tap();
	await expect(received(page)).toBeVisible();
	await expect(page.getByLabel('Uw antwoord')).toBeDisabled();
}

/** The phone's result box after the reveal. */
export const result = (page: Page): Locator =>
	page
		.getByRole('status')
		.filter({ hasText: /Goed!|Helaas, niet goed\.|Bedankt voor uw antwoord\.|Geen antwoord gegeven\./ });

// ---------------------------------------------------------------------------------------------
// A bare participant connection, to try what the phone's screen no longer offers.

/**
 * Connects to socket.io as a participant, with the token the phone keeps in localStorage.
 * Sends the Origin a browser would (the server checks it against ORIGIN).
 */
export async function participantSocket(page: Page, baseURL: string, code: string): Promise<Socket> {
	const token = await page.evaluate((key) => localStorage.getItem(key), `duizend-ogen:participant:${code}`);
	expect(token, 'the phone keeps its participant token').toBeTruthy();
	const socket = io(baseURL, {
		path: '/socket.io',
		transports: ['websocket'],
		auth: { locale: 'nl', participantToken: token },
		extraHeaders: { origin: baseURL },
		reconnection: false,
		forceNew: true
	});
	await new Promise<void>((resolve, reject) => {
		socket.once('connect', () => resolve());
		socket.once('connect_error', reject);
	});
	return socket;
}

export type AckResult =
	{ ok: true; data: unknown } | { ok: false; error: { code: string; message: string; messageKey: string } };

/** Sends an answer the way the phone does and returns the server's acknowledgement. */
export function sendAnswer(
	socket: Socket,
	slideId: string,
	answer: { kind: 'choice' | 'order'; optionIds: string[] } | { kind: 'text'; text: string }
): Promise<AckResult> {
	return socket
		.timeout(5_000)
		.emitWithAck('quiz:answer', { id: crypto.randomUUID(), slideId, answer }) as Promise<AckResult>;
}
