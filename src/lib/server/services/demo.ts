import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { account, installation, organisation } from '$lib/server/db/schema';
import { log } from '$lib/server/log';
import { insertAccount } from './accounts';
import { addBuiltInWorkshop, hasBuiltInWorkshop } from './workshops';

/**
 * Demo content, only when DEMO=1: an organisation with a presentator and a beheerder whose
 * credentials the README shows. Idempotent, so restarting in demo mode changes nothing.
 * Later features add their demo content here.
 */
export const DEMO_ORGANISATION = 'Demo: Politie basisteam Duizend Ogen';
export const DEMO_ACCOUNTS = [
	{
		name: 'Demo Wijkagent',
		email: 'wijkagent@demo.duizendogen.nl',
		role: 'presentator',
		password: 'oefenen met de buurt'
	},
	{
		name: 'Demo Beheerder',
		email: 'beheerder@demo.duizendogen.nl',
		role: 'beheerder',
		password: 'beheer van de buurt'
	}
] as const;

export async function seedDemo(): Promise<void> {
	const [existing] = await db().select().from(organisation).where(eq(organisation.isDemo, true));
	const org =
		existing ??
		(await db().insert(organisation).values({ name: DEMO_ORGANISATION, isDemo: true }).returning())[0]!;
	for (const a of DEMO_ACCOUNTS) {
		const [found] = await db().select({ id: account.id }).from(account).where(eq(account.email, a.email));
		if (!found) await insertAccount(org.id, { ...a, mustChangePassword: false });
	}
	if (!(await hasBuiltInWorkshop(org.id))) await addBuiltInWorkshop(org.id);
	// The demo organisation is a complete installation: no setup page in demo mode.
	await db().insert(installation).values({ id: 1 }).onConflictDoNothing();
	log.info({ organisationId: org.id }, 'demo content ready');
}
