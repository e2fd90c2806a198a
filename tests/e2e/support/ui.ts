/** Small steps shared by the specs, written the way a user sees the page (labels, roles). */
import { expect, type Page } from '@playwright/test';
import type { AppServer } from './app-server';
import { ORGANISATION, type Person } from './people';

export interface SetupForm {
	organisationName: string;
	name: string;
	email: string;
	password: string;
	passwordConfirm: string;
}

/**
 * Waits until SvelteKit has hydrated the page: its root component adds the route announcer
 * (#svelte-announcer) on mount. Type only after this: hydration resets inputs that have a
 * server-rendered value (e.g. the e-mail field after a failed login), losing what was typed.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}

export async function fillSetup(page: Page, form: SetupForm): Promise<void> {
	await hydrated(page);
	await page.getByLabel('Naam van de organisatie').fill(form.organisationName);
	await page.getByLabel('Uw naam').fill(form.name);
	await page.getByLabel('E-mailadres').fill(form.email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(form.password);
	await page.getByLabel('Herhaal het wachtwoord').fill(form.passwordConfirm);
	await page.getByRole('button', { name: 'Organisatie en account aanmaken' }).click();
}

/** Fills the login form on the current page (which must be /login) and submits it. */
export async function submitLogin(page: Page, person: Pick<Person, 'email' | 'password'>): Promise<void> {
	await hydrated(page);
	await page.getByLabel('E-mailadres').fill(person.email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(person.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Logs in from /login and waits for the dashboard. */
export async function login(page: Page, person: Person): Promise<void> {
	await page.goto('/login');
	await submitLogin(page, person);
	await expect(page).toHaveURL(/\/dashboard$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
}

/** The "Nieuw account" form on /admin/accounts. */
export function createAccountForm(page: Page) {
	return page.locator('form', { has: page.getByRole('button', { name: 'Account aanmaken' }) });
}

/** Fills and submits the "Nieuw account" form; returns the temporary password it was given. */
export async function createAccount(
	page: Page,
	account: { name: string; email: string; role: 'presentator' | 'organisator' | 'beheerder' }
): Promise<string> {
	await hydrated(page);
	const form = createAccountForm(page);
	await form.getByLabel('Naam', { exact: true }).fill(account.name);
	await form.getByLabel('E-mailadres').fill(account.email);
	await form.getByLabel('Rol', { exact: true }).selectOption(account.role);
	const temporaryPassword = await form.getByLabel('Tijdelijk wachtwoord').inputValue();
	await form.getByRole('button', { name: 'Account aanmaken' }).click();
	return temporaryPassword;
}

/** Fills and submits the form on /account/password. */
export async function changePassword(
	page: Page,
	current: string,
	next: string,
	confirm = next
): Promise<void> {
	await hydrated(page);
	await page.getByLabel('Huidig wachtwoord').fill(current);
	await page.getByLabel('Nieuw wachtwoord').fill(next);
	await page.getByLabel('Herhaal het wachtwoord').fill(confirm);
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
}

export async function logout(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page).toHaveURL(/\/login\?notice=logged-out$/);
}

/** The live status line on the dashboard (role=status with a data-state attribute). */
export function liveStatus(page: Page, locale: 'nl' | 'en' = 'nl') {
	const region = locale === 'nl' ? 'Live verbinding' : 'Live connection';
	return page.getByRole('region', { name: region }).getByRole('status');
}

/**
 * Runs the one-time setup with a plain HTTP form post, for specs that are not about setup.
 * Form actions check the Origin header, so send the one a browser would.
 */
export async function installViaHttp(server: AppServer, person: Person): Promise<void> {
	const body = new URLSearchParams({
		organisationName: ORGANISATION,
		name: person.name,
		email: person.email,
		password: person.password,
		passwordConfirm: person.password
	});
	const res = await fetch(server.url('/setup'), {
		method: 'POST',
		body,
		headers: { origin: server.baseURL, accept: 'text/html' },
		redirect: 'manual'
	});
	if (res.status !== 303 || res.headers.get('location') !== '/dashboard') {
		throw new Error(`Setup failed: HTTP ${res.status}\n${await res.text()}`);
	}
}
