/** WCAG 2.1 A and AA checks with axe on every page that exists so far, including error states. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, installedTest as test } from './support/fixtures';
import { admin } from './support/people';
import {
	changePassword,
	createAccount,
	createAccountForm,
	fillSetup,
	liveStatus,
	login,
	submitLogin
} from './support/ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe and fails with a readable list: rule, impact, help, and each offending element. */
async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const report = violations.map((v) =>
		[
			`${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} — ${v.helpUrl}`,
			...v.nodes.map(
				(n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`
			)
		].join('\n')
	);
	expect(report, `axe violations on ${page.url()}`).toEqual([]);
}

test.describe('without an installation', () => {
	test('setup page, empty and with errors', async ({ page, launchApp }) => {
		const fresh = await launchApp();
		await page.goto(fresh.url('/setup'));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(page);

		await fillSetup(page, {
			organisationName: '',
			name: admin.name,
			email: 'geen-adres',
			password: 'kort',
			passwordConfirm: 'anders'
		});
		await expect(page.getByRole('alert')).toBeVisible();
		await expectAccessible(page);
	});
});

test.describe('with an installation', () => {
	test('login page, empty and with an error', async ({ page }) => {
		await page.goto('/login');
		await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
		await expectAccessible(page);

		// An unknown address: the same message as a wrong password, without locking anyone out.
		await submitLogin(page, { email: 'niemand@example.nl', password: 'helemaal-niet-goed' });
		await expect(page.getByRole('alert')).toHaveText('E-mailadres of wachtwoord klopt niet.');
		await expectAccessible(page);

		await submitLogin(page, { email: '', password: '' });
		await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
		await expectAccessible(page);
	});

	test('login page in English', async ({ page }) => {
		await page.goto('/login');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
		await expectAccessible(page);
	});

	test('pages after login', async ({ page }) => {
		await login(page, admin);
		await expect(liveStatus(page)).toHaveText('Verbonden');
		await expectAccessible(page);

		await page.goto('/account/password');
		await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' })).toBeVisible();
		await expectAccessible(page);

		await changePassword(page, 'niet-mijn-wachtwoord', 'kort');
		await expect(page.getByRole('alert')).toBeVisible();
		await expectAccessible(page);

		await page.goto('/admin/accounts');
		await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
		await expectAccessible(page);

		// With a second row (role select and disable button per row) and the success message.
		// Unique per run: the worker's installed app outlives a single test (--repeat-each, retries).
		const olga = {
			name: 'Olga Organisator',
			email: `olga.${Date.now()}@example.nl`,
			role: 'organisator'
		} as const;
		await createAccount(page, olga);
		await expect(page.getByRole('row').filter({ hasText: olga.email })).toBeVisible();
		await expectAccessible(page);

		// And a form error (the e-mail address is taken now).
		await createAccount(page, olga);
		await expect(createAccountForm(page).getByLabel('E-mailadres')).toHaveAccessibleDescription(
			'Er is al een account met dit e-mailadres.'
		);
		await expect(page.getByRole('alert')).toBeVisible();
		await expectAccessible(page);
	});

	test('a live connection that was ended elsewhere', async ({ context }) => {
		const tabA = await context.newPage();
		const tabB = await context.newPage();
		await login(tabA, admin);
		await expect(liveStatus(tabA)).toHaveText('Verbonden');
		await tabB.goto('/dashboard');
		await tabB.getByRole('button', { name: 'Uitloggen' }).click();
		await expect(tabA.getByRole('alert')).toBeVisible();
		await expectAccessible(tabA);
	});
});
