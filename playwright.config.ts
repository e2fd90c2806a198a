import fs from 'node:fs';
import { chromium, defineConfig, devices, type LaunchOptions } from '@playwright/test';

/**
 * End-to-end tests against the built production server (`npm run test:e2e` builds first).
 * The specs start their own servers (tests/e2e/support/app-server.ts): a fresh database per
 * server, and some tests stop and restart it, which Playwright's `webServer` cannot do.
 * With DATABASE_URL set, each server gets its own fresh PostgreSQL database instead of PGlite.
 */

/** Flags for a distribution Chromium running as root in a container without a GPU. */
const SYSTEM_CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-gpu'
];

function browserLaunchOptions(): LaunchOptions {
	const wanted = process.env.CHROMIUM_PATH;
	if (wanted) {
		if (!fs.existsSync(wanted))
			throw new Error(`CHROMIUM_PATH is set to ${wanted}, but no file exists there.`);
		return { executablePath: wanted, args: SYSTEM_CHROMIUM_ARGS };
	}
	if (fs.existsSync('/usr/bin/chromium')) {
		return { executablePath: '/usr/bin/chromium', args: SYSTEM_CHROMIUM_ARGS };
	}
	// Playwright's own download (`npx playwright install chromium`); it picks the binary itself.
	if (fs.existsSync(chromium.executablePath())) return {};
	throw new Error(
		[
			'No Chromium found for the end-to-end tests. Do one of:',
			"  - install Debian's Chromium: sudo apt-get install chromium (gives /usr/bin/chromium);",
			'  - set CHROMIUM_PATH to a Chromium or Chrome executable;',
			"  - download Playwright's browser: npx playwright install chromium"
		].join('\n')
	);
}

export default defineConfig({
	testDir: 'tests/e2e',
	// A two-core machine: one browser and one server at a time keeps timings stable.
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	// No retries: a flaky test is a bug to fix, not to hide.
	retries: 0,
	// Server starts (fresh PGlite ≈ 5 s) and argon2 hashing make some tests long.
	timeout: 90_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		actionTimeout: 10_000,
		navigationTimeout: 20_000,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam'
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], launchOptions: browserLaunchOptions() }
		}
	]
});
