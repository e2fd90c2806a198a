import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	account,
	boefGame,
	burglaryCampaign,
	installation,
	liveSession,
	organisation
} from '$lib/server/db/schema';
import { DEMO_GAME_TITLE, demoGamePlan } from '$lib/content/demo-game';
import { DEMO_CAMPAIGN_TITLE, demoCampaignSettings } from '$lib/content/demo-campaign';
import { dutchDate, NO_PRECONDITIONS } from '$lib/domain/burglary/campaign';
import { initialGameState } from '$lib/domain/boef/game';
import { openLiveSession } from './participants';
import type { SessionUser } from './auth';
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
	await seedDemoGame(org.id);
	await seedDemoCampaign(org.id);
	// The demo organisation is a complete installation: no setup page in demo mode.
	await db().insert(installation).values({ id: 1 }).onConflictDoNothing();
	log.info({ organisationId: org.id }, 'demo content ready');
}

/** The demo presentator, as the services need an actor; null before the accounts exist. */
async function demoHost(organisationId: string, title: string): Promise<SessionUser | null> {
	const [existing] = await db()
		.select({ id: liveSession.id })
		.from(liveSession)
		.where(and(eq(liveSession.organisationId, organisationId), eq(liveSession.title, title)));
	if (existing) return null;
	const [host] = await db().select().from(account).where(eq(account.email, DEMO_ACCOUNTS[0].email));
	if (!host) return null;
	return {
		id: host.id,
		name: host.name,
		email: host.email,
		role: host.role,
		organisationId,
		organisationName: DEMO_ORGANISATION,
		mustChangePassword: false
	};
}

/** A Boef in de Wijk game in set-up for the demo presentator, once. */
async function seedDemoGame(organisationId: string): Promise<void> {
	const actor = await demoHost(organisationId, DEMO_GAME_TITLE);
	if (!actor) return;
	const { id } = await openLiveSession(actor, 'boef_in_de_wijk', { title: DEMO_GAME_TITLE });
	await db().insert(boefGame).values({ liveSessionId: id, plan: demoGamePlan(), state: initialGameState() });
}

/** A Houd u de boef tegen? campaign open for registration, once. */
async function seedDemoCampaign(organisationId: string): Promise<void> {
	const actor = await demoHost(organisationId, DEMO_CAMPAIGN_TITLE);
	if (!actor) return;
	const { id } = await openLiveSession(actor, 'houd_de_boef', { title: DEMO_CAMPAIGN_TITLE });
	await db()
		.insert(burglaryCampaign)
		.values({
			liveSessionId: id,
			settings: demoCampaignSettings(dutchDate(Date.now())),
			preconditions: NO_PRECONDITIONS
		});
}
