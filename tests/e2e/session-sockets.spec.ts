/** Sessions and their sockets across tabs, and the language switch. */
import { expect, installedTest as test } from './support/fixtures';
import { admin } from './support/people';
import { hydrated, liveStatus, login, logout } from './support/ui';

test('logging out in one tab ends the live connection in the other', async ({ context }) => {
	const tabA = await context.newPage();
	const tabB = await context.newPage();

	// Both tabs share the browser context's cookie jar, so one login serves both.
	await login(tabA, admin);
	await expect(liveStatus(tabA)).toHaveText('Verbonden');
	await tabB.goto('/dashboard');
	await expect(liveStatus(tabB)).toHaveText('Verbonden');

	await logout(tabB);

	const ended = tabA.getByRole('alert');
	await expect(ended).toContainText('U bent uitgelogd op een ander apparaat of tabblad');
	await expect(ended.getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/login');
	await expect(liveStatus(tabA)).toHaveCount(0);

	// The session is over server-side too: a reload of tab A lands on the login page.
	await tabA.reload();
	await expect(tabA).toHaveURL(/\/login/);
});

test('a session in another browser survives a logout elsewhere', async ({ browser, page }) => {
	const other = await browser.newContext();
	try {
		const otherPage = await other.newPage();
		await login(otherPage, admin);
		await expect(liveStatus(otherPage)).toHaveText('Verbonden');

		await login(page, admin);
		await logout(page);

		// Only the session that logged out ends; the other device keeps its connection.
		await otherPage.waitForTimeout(1_000);
		await expect(liveStatus(otherPage)).toHaveText('Verbonden');
		await otherPage.reload();
		await expect(otherPage).toHaveURL(/\/dashboard$/);
	} finally {
		await other.close();
	}
});

test('switching to English on the login page sticks across pages', async ({ page }) => {
	await page.goto('/login');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('button', { name: 'Nederlands' })).toBeVisible();

	// The choice is a cookie: it holds after navigating elsewhere and back.
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
	await expect(page.getByLabel('E-mail address')).toBeVisible();

	// Logging in keeps it too, and the dashboard speaks English.
	await hydrated(page);
	await page.getByLabel('E-mail address').fill(admin.email);
	await page.getByLabel('Password', { exact: true }).fill(admin.password);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page).toHaveURL(/\/dashboard$/);
	await expect(liveStatus(page, 'en')).toHaveText('Connected');

	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
	await logout(page);
});
