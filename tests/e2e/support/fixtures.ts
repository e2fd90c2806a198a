/**
 * Playwright fixtures around AppServer. Three ways to get a server:
 *  - `launchApp()` (any test): a fresh server, disposed when the test ends;
 *  - `freshTest`: `app` is a fresh, not yet installed server and `baseURL` points at it;
 *  - `installedTest`: one installed server per worker (admin account ready), `baseURL` points
 *    at it. Tests on it must leave it usable for the next (log out only their own sessions).
 * When a test fails, the output of every server it used is attached to the report.
 */
import { test as base, expect as baseExpect, type BrowserContext } from '@playwright/test';
import { AppServer, liveServers, type LaunchOptions } from './app-server';
import { admin } from './people';
import { installViaHttp } from './ui';

interface BaseFixtures {
	launchApp: (options?: LaunchOptions) => Promise<AppServer>;
	attachServerLogs: void;
	noCspViolations: void;
}

/** Chromium's console line for a blocked resource, and the line our listener below writes. */
const CSP_MESSAGE = /Content Security Policy|securitypolicyviolation/i;

/**
 * Reports every Content-Security-Policy violation in a context: Chromium logs most as console
 * errors, and the page's own securitypolicyviolation event catches the rest (e.g. in workers).
 */
async function watchCsp(context: BrowserContext, violations: string[]): Promise<void> {
	context.on('console', (msg) => {
		if (CSP_MESSAGE.test(msg.text())) violations.push(`${msg.location().url}: ${msg.text()}`);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI}`)
		);
	});
}

interface WorkerFixtures {
	installedApp: AppServer;
}

export const test = base.extend<BaseFixtures, WorkerFixtures>({
	launchApp: async ({}, use, testInfo) => {
		const launched: AppServer[] = [];
		await use(async (options) => {
			const server = await AppServer.launch(options);
			launched.push(server);
			return server;
		});
		const failed = testInfo.status !== testInfo.expectedStatus;
		for (const server of launched) {
			if (failed) await testInfo.attach(`server-${server.port}.log`, { body: server.logs() });
			await server.dispose();
		}
	},
	// Covers servers that outlive the test (the worker's installed app).
	attachServerLogs: [
		async ({}, use, testInfo) => {
			await use();
			if (testInfo.status === testInfo.expectedStatus) return;
			for (const server of liveServers()) {
				await testInfo.attach(`server-${server.port}.log`, { body: server.logs() });
			}
		},
		{ auto: true }
	],
	// Every test, in every browser context it opens, fails on a CSP violation.
	noCspViolations: [
		async ({ browser, context }, use) => {
			const violations: string[] = [];
			await watchCsp(context, violations);
			const newContext = browser.newContext.bind(browser);
			browser.newContext = async (...args) => {
				const created = await newContext(...args);
				await watchCsp(created, violations);
				return created;
			};
			try {
				await use();
			} finally {
				browser.newContext = newContext;
			}
			baseExpect([...new Set(violations)], 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	],
	installedApp: [
		async ({}, use) => {
			const server = await AppServer.launch();
			try {
				await installViaHttp(server, admin);
				await use(server);
			} finally {
				await server.dispose();
			}
		},
		{ scope: 'worker', timeout: 90_000 }
	]
});

export const freshTest = test.extend<{ app: AppServer }>({
	app: async ({ launchApp }, use) => {
		await use(await launchApp());
	},
	baseURL: async ({ app }, use) => {
		await use(app.baseURL);
	}
});

export const installedTest = test.extend({
	baseURL: async ({ installedApp }, use) => {
		await use(installedApp.baseURL);
	}
});

export { expect } from '@playwright/test';
