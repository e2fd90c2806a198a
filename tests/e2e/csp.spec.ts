/**
 * The Content-Security-Policy holds in a real browser: the app's own scripts run (the page
 * hydrates under its nonce) and a script injected into the page does not. Uses Playwright's
 * own test, not the fixtures, because the blocked script is a violation on purpose.
 */
import { expect, test } from '@playwright/test';
import { AppServer } from './support/app-server';
import { hydrated } from './support/ui';

test('scripts run only with the page nonce', async ({ page }) => {
	const app = await AppServer.launch();
	try {
		const violations: string[] = [];
		page.on('console', (msg) => {
			if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
		});
		await page.goto(app.url('/setup'));
		await hydrated(page);
		expect(violations).toEqual([]);

		await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
		expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
		await expect.poll(() => violations.length).toBeGreaterThan(0);
		expect(violations[0]).toContain('script-src');
	} finally {
		await app.dispose();
	}
});
