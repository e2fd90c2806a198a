/**
 * Helpers for the Boef in de Wijk end-to-end test: a server whose map tiles cannot be reached,
 * phones whose connection the test can cut, a record of everything a page receives over its
 * socket, and the few screen parts the story looks at more than once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page, WebSocketRoute } from '@playwright/test';
import type { AppServer } from './app-server';
import { expect, test } from './fixtures';
import { admin } from './people';
import { installViaHttp } from './ui';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Nothing listens on port 9 (discard): every tile request fails at once, as offline. */
export const UNREACHABLE_TILES = 'http://127.0.0.1:9/{z}/{x}/{y}.png';

/**
 * A fresh, installed server (admin account ready) with map tiles that cannot be reached;
 * `baseURL` points at it. Fresh per test, so the game's counts start at zero.
 */
export const gameTest = test.extend<{ app: AppServer }>({
	app: async ({ launchApp }, use) => {
		const app = await launchApp({ env: { MAP_TILE_URL: UNREACHABLE_TILES } });
		await installViaHttp(app, admin);
		await use(app);
	},
	baseURL: async ({ app }, use) => {
		await use(app.baseURL);
	}
});

/** Counts the tile requests a browser context tried and could not make. */
export function failedTiles(context: BrowserContext): { count: number } {
	const failed = { count: 0 };
	const origin = new URL(UNREACHABLE_TILES.replace(/\{[^}]+\}/g, '0')).origin;
	context.on('requestfailed', (request) => {
		if (request.url().startsWith(`${origin}/`)) failed.count++;
	});
	return failed;
}

export async function expectAccessible(page: Page, what: string): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	const report = violations.map(
		(v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`
	);
	expect(report, `axe violations on ${what} (${page.url()})`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// What a page receives.

/** Every text frame pages received over their sockets, to prove what never reached them. */
export class FrameLog {
	readonly frames: string[] = [];

	/** Records the frames of every socket the page opens from now on. */
	watch(page: Page): void {
		page.on('websocket', (ws) => {
			ws.on('framereceived', ({ payload }) => this.add(payload));
		});
	}

	add(payload: string | Buffer): void {
		this.frames.push(typeof payload === 'string' ? payload : payload.toString('utf8'));
	}

	/** The frames that carry this text. */
	containing(text: string): string[] {
		return this.frames.filter((f) => f.includes(text));
	}

	/** Socket.IO event names seen, e.g. 'game:state'. */
	events(): Set<string> {
		const names = new Set<string>();
		for (const f of this.frames) {
			const m = /^4\d*(?:\/[^,]*,)?\d*\["([^"]+)"/.exec(f);
			if (m) names.add(m[1]!);
		}
		return names;
	}
}

// ---------------------------------------------------------------------------------------------
// A phone whose connection the test cuts.

/**
 * `context.setOffline(true)` makes new connections fail, WebSockets too, but leaves open ones
 * alone (microsoft/playwright#4910): a phone would stay connected. So the phone's sockets go
 * through Playwright's WebSocket routing, and going offline also closes the open ones, as a
 * lost signal does; socket.io's reconnection attempts then fail until the phone is online.
 * Every message from the server is also written to `log`.
 */
export class PhoneNetwork {
	/** Open connections: the page's side and the server's. */
	readonly #open = new Map<WebSocketRoute, WebSocketRoute>();
	#offline = false;
	/** Connections the phone tried while offline. */
	failedAttempts = 0;

	private constructor(
		private readonly context: BrowserContext,
		private readonly log: FrameLog
	) {}

	static async attach(context: BrowserContext, log: FrameLog): Promise<PhoneNetwork> {
		const net = new PhoneNetwork(context, log);
		await context.routeWebSocket(/\/socket\.io\//, (ws) => net.#route(ws));
		return net;
	}

	#route(ws: WebSocketRoute) {
		// Offline, the connection fails in the browser (an error, then a close), as on a phone.
		if (this.#offline) this.failedAttempts++;
		const server = ws.connectToServer();
		server.onMessage((message) => {
			this.log.add(message);
			ws.send(message);
		});
		this.#open.set(ws, server);
		ws.onClose(() => {
			this.#open.delete(ws);
			void server.close();
		});
		server.onClose(() => {
			this.#open.delete(ws);
			void ws.close();
		});
	}

	async offline(): Promise<void> {
		this.#offline = true;
		await this.context.setOffline(true);
		const open = [...this.#open];
		this.#open.clear();
		await Promise.all(open.flatMap(([page, server]) => [server.close(), page.close()]));
	}

	async online(): Promise<void> {
		this.#offline = false;
		await this.context.setOffline(false);
	}
}

// ---------------------------------------------------------------------------------------------
// The participant's phone.

/** The join form on /game/<code>, reached through the short URL. */
export async function joinGame(page: Page, code: string, nickname: string, team: string): Promise<void> {
	const join = page.getByRole('button', { name: 'Meedoen' });
	await expect(join).toBeEnabled();
	await page.getByLabel('Uw naam in het spel').fill(nickname);
	await page.getByLabel('Teamnaam (mag leeg)').fill(team);
	await join.click();
	await expect(page.getByText(`U speelt als ${nickname} in team ${team}`, { exact: true })).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`/game/${code}$`));
}

/** The phone's connection line in its status box. */
export const phoneConnection = (page: Page): Locator =>
	page.getByRole('region', { name: 'Stand van het spel' }).getByRole('status');

/** The phone's own and its team's reports. */
export const phoneReports = (page: Page): Locator =>
	page.getByRole('region', { name: 'Meldingen van u en uw team' });

/** A pop-up alert on the phone: "Nieuwe tip!" or "Reactie van de spelleider". */
export const phoneAlert = (page: Page, title: string): Locator =>
	page.getByRole('alert').filter({ hasText: title });

// ---------------------------------------------------------------------------------------------
// The spelleider's screens.

/** A boef's card on the dashboard (its heading is his name). */
export const boefCard = (page: Page, name: string): Locator =>
	page.getByRole('article', { name, exact: true });

/** The report on the dashboard whose behaviour text contains `text`. */
export const dashboardReport = (page: Page, text: string): Locator =>
	page.locator('article[id^="report-"]').filter({ hasText: text });

/** One key figure ("Meldingen", "Via 112") as shown in a list of figures. */
export const keyFigure = (scope: Locator, label: string): Locator =>
	scope
		.locator('dl > div')
		.filter({ has: scope.page().locator('dt', { hasText: label }) })
		.locator('dd');

/**
 * Draws a four-corner area around the middle of a map without tiles (the whole country is in
 * view, so the middle is 52.1 N, 5.3 E and each corner lies some 60 km from it). Waits for the
 * notice that the tiles are unavailable first and keeps the corners clear of it.
 */
export async function drawAreaAroundCentre(map: Locator, tilesNotice: Locator): Promise<void> {
	await expect(tilesNotice).toBeVisible();
	const box = await map.boundingBox();
	const notice = await tilesNotice.boundingBox();
	if (!box || !notice) throw new Error('The map is not on screen');
	const cx = box.width / 2;
	const cy = box.height / 2;
	const top = Math.max(cy - 80, notice.y + notice.height + 10 - box.y);
	expect(top, 'room for the area between the notice and the middle').toBeLessThan(cy - 20);
	for (const [x, y] of [
		[cx - 80, top],
		[cx + 80, top],
		[cx + 80, cy + 80],
		[cx - 80, cy + 80]
	] as const)
		await map.click({ position: { x, y } });
}
