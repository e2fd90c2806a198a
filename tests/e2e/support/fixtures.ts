/**
 * Playwright fixtures around AppServer. Three ways to get a server:
 *  - `launchApp()` (any test): a fresh server, disposed when the test ends;
 *  - `freshTest`: `app` is a fresh, not yet installed server and `baseURL` points at it;
 *  - `installedTest`: one installed server per worker (admin account ready), `baseURL` points
 *    at it. Tests on it must leave it usable for the next (log out only their own sessions).
 * When a test fails, the output of every server it used is attached to the report.
 */
import { test as base } from '@playwright/test';
import { AppServer, liveServers, type LaunchOptions } from './app-server';
import { admin } from './people';
import { installViaHttp } from './ui';

interface BaseFixtures {
	launchApp: (options?: LaunchOptions) => Promise<AppServer>;
	attachServerLogs: void;
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
