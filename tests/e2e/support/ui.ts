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

export async function fillSetup(page: Page, form: SetupForm): Promise<void> {
	await page.getByLabel('Naam van de organisatie').fill(form.organisationName);
	await page.getByLabel('Uw naam').fill(form.name);
	await page.getByLabel('E-mailadres').fill(form.email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(form.password);
	await page.getByLabel('Herhaal het wachtwoord').fill(form.passwordConfirm);
	await page.getByRole('button', { name: 'Organisatie en account aanmaken' }).click();
}

/** Fills the login form on the current page (which must be /login) and submits it. */
export async function submitLogin(page: Page, person: Pick<Person, 'email' | 'password'>): Promise<void> {
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
