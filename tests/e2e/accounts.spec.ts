/**
 * The life of an installation, in one story: first start → setup → login → a colleague's
 * account → their first login with a temporary password → a server restart keeps everything.
 */
import { expect, freshTest as test } from './support/fixtures';
import { admin, ORGANISATION, presenter } from './support/people';
import {
	changePassword,
	createAccount,
	fillSetup,
	liveStatus,
	login,
	logout,
	submitLogin
} from './support/ui';

test('setup, login, accounts and a restart on the same data', async ({ page, app }) => {
	test.setTimeout(180_000);

	await test.step('a fresh installation sends every page to setup', async () => {
		for (const path of ['/', '/login', '/dashboard', '/admin/accounts', '/account/password']) {
			await page.goto(path);
			await expect(page, `${path} should redirect to /setup`).toHaveURL(/\/setup$/);
		}
		await expect(page.getByRole('heading', { level: 1, name: 'Duizend Ogen instellen' })).toBeVisible();
	});

	await test.step('a bad setup shows a Dutch error and creates nothing', async () => {
		await fillSetup(page, {
			organisationName: ORGANISATION,
			name: admin.name,
			email: admin.email,
			password: admin.password,
			passwordConfirm: `${admin.password}!`
		});
		await expect(page).toHaveURL(/\/setup$/);
		await expect(page.getByRole('alert')).toHaveText(
			'Het formulier bevat fouten. Verbeter de gemarkeerde velden.'
		);
		const confirm = page.getByLabel('Herhaal het wachtwoord');
		await expect(confirm).toHaveAttribute('aria-invalid', 'true');
		await expect(confirm).toHaveAccessibleDescription('De twee wachtwoorden zijn niet gelijk.');
		// What was typed (except passwords) is kept, so only the mistake needs fixing.
		await expect(page.getByLabel('Naam van de organisatie')).toHaveValue(ORGANISATION);
		await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');

		// Nothing was created: the app is still not installed.
		await page.goto('/dashboard');
		await expect(page).toHaveURL(/\/setup$/);
		await page.goto('/login');
		await expect(page).toHaveURL(/\/setup$/);
	});

	await test.step('a good setup logs the administrator in', async () => {
		await fillSetup(page, {
			organisationName: ORGANISATION,
			name: admin.name,
			email: admin.email,
			password: admin.password,
			passwordConfirm: admin.password
		});
		await expect(page).toHaveURL(/\/dashboard$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
		await expect(page.getByText(`Welkom, ${admin.name}.`)).toBeVisible();
		await expect(page.getByText(`Organisatie: ${ORGANISATION}`)).toBeVisible();
		await expect(liveStatus(page)).toHaveText('Verbonden');
		await expect(liveStatus(page)).toHaveAttribute('data-state', 'connected');
	});

	await test.step('setup is gone once used', async () => {
		const response = await page.goto('/setup');
		expect(response?.status()).toBe(404);
		await expect(page.getByText('Duizend Ogen is al ingesteld. Log in met uw account.')).toBeVisible();
	});

	await test.step('logout, then a wrong password is refused', async () => {
		await page.goto('/dashboard');
		await logout(page);
		await expect(page.getByRole('status')).toHaveText('U bent uitgelogd.');
		await page.goto('/dashboard');
		await expect(page).toHaveURL(/\/login/);

		await page.goto('/login');
		await submitLogin(page, { email: admin.email, password: 'dit-is-niet-het-wachtwoord' });
		await expect(page).toHaveURL(/\/login$/);
		await expect(page.getByRole('alert')).toHaveText('E-mailadres of wachtwoord klopt niet.');
		await expect(page.getByLabel('E-mailadres')).toHaveValue(admin.email);
	});

	let temporaryPassword = '';
	await test.step('the administrator creates a presenter account', async () => {
		await login(page, admin);
		await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Accounts' }).click();
		await expect(page).toHaveURL(/\/admin\/accounts$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();

		temporaryPassword = await createAccount(page, { ...presenter, role: 'presentator' });
		expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);

		await expect(
			page.getByRole('status').filter({ hasText: `Account voor ${presenter.name} aangemaakt.` })
		).toBeVisible();
		const row = page.getByRole('row').filter({ hasText: presenter.email });
		await expect(row).toContainText(presenter.name);
		await expect(row).toContainText('Actief');
		await expect(row.getByRole('combobox', { name: `Rol: ${presenter.name}` })).toHaveValue('presentator');
		await logout(page);
	});

	await test.step('the presenter must replace the temporary password at first login', async () => {
		await page.goto('/login');
		await submitLogin(page, { email: presenter.email, password: temporaryPassword });
		await expect(page).toHaveURL(/\/account\/password$/);
		await expect(page.getByText('U bent ingelogd met een tijdelijk wachtwoord.')).toBeVisible();
		// Other pages keep sending them back until they have done so.
		await page.goto('/dashboard');
		await expect(page).toHaveURL(/\/account\/password$/);

		await changePassword(page, temporaryPassword, presenter.password);
		await expect(page.getByRole('status')).toContainText('Uw wachtwoord is gewijzigd.');

		await page.getByRole('main').getByRole('link', { name: 'Overzicht' }).click();
		await expect(page).toHaveURL(/\/dashboard$/);
		await expect(page.getByText(`Welkom, ${presenter.name}.`)).toBeVisible();
		await expect(page.getByText('Uw rol: Presentator (wijkagent)')).toBeVisible();
		const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
		await expect(nav.getByRole('link', { name: 'Accounts' })).toHaveCount(0);
		await expect(liveStatus(page)).toHaveText('Verbonden');
	});

	await test.step('the server stops cleanly and comes back on the same data', async () => {
		expect(await app.stop(), 'exit code after SIGTERM').toBe(0);
		await expect(liveStatus(page)).not.toHaveAttribute('data-state', 'connected');
		await app.start();
		// The session lives in the database, so the open dashboard reconnects by itself.
		await expect(liveStatus(page)).toHaveText('Verbonden', { timeout: 30_000 });

		await logout(page);
		await page.goto('/login');
		await submitLogin(page, { email: presenter.email, password: temporaryPassword });
		await expect(page.getByRole('alert')).toHaveText('E-mailadres of wachtwoord klopt niet.');
		await login(page, presenter);
		await expect(page.getByText(`Welkom, ${presenter.name}.`)).toBeVisible();
		await expect(page.getByText(`Organisatie: ${ORGANISATION}`)).toBeVisible();
	});
});
