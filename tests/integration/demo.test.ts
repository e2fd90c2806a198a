import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db';
import {
	account,
	boefGame,
	burglaryCampaign,
	burglaryRegistration,
	organisation
} from '$lib/server/db/schema';
import { campaignSettingsSchema } from '$lib/domain/burglary/schemas';
import { gamePlanSchema } from '$lib/domain/boef/schemas';
import { planProblems } from '$lib/domain/boef/game';
import { isInstalled } from '$lib/server/services/accounts';
import { login } from '$lib/server/services/auth';
import { DEMO_ACCOUNTS, seedDemo } from '$lib/server/services/demo';
import { openTestDatabase } from '../helpers/db';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(async () => {
	await database?.close();
});

describe('demo mode', () => {
	it('seeds a demo organisation whose accounts log in with the credentials the README shows', async () => {
		await seedDemo();
		expect(await isInstalled()).toBe(true);
		for (const demo of DEMO_ACCOUNTS) {
			const { user } = await login({ email: demo.email, password: demo.password, ip: '127.0.0.1' });
			expect(user.role).toBe(demo.role);
			expect(user.mustChangePassword).toBe(false);
		}
	});

	it('is idempotent: a restart in demo mode adds nothing', async () => {
		await seedDemo();
		expect(await db().select().from(organisation)).toHaveLength(1);
		expect(await db().select().from(account)).toHaveLength(DEMO_ACCOUNTS.length);
		expect(await db().select().from(boefGame)).toHaveLength(1);
		expect(await db().select().from(burglaryCampaign)).toHaveLength(1);
	});

	it('includes a Boef in de Wijk game in set-up whose plan is valid and ready to start', async () => {
		const [game] = await db().select().from(boefGame);
		expect(game!.state.phase).toBe('setup');
		expect(gamePlanSchema.safeParse(game!.plan).success).toBe(true);
		expect(planProblems(game!.plan)).toEqual([]);
	});

	it('includes a Houd u de boef tegen? campaign open for registration, with valid settings and no households', async () => {
		const [campaign] = await db().select().from(burglaryCampaign);
		expect(campaignSettingsSchema.safeParse(campaign!.settings).success).toBe(true);
		expect(campaign!.draw).toBeNull();
		expect(await db().select().from(burglaryRegistration)).toHaveLength(0);
	});
});
