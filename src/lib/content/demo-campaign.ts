import { addDays, defaultSettings, type CampaignSettings } from '$lib/domain/burglary/campaign';

/**
 * The demo's Houd u de boef tegen? campaign: open for registration in the demo game's
 * neighbourhood, three weeks from today. No households are seeded (they would be fake
 * personal data): register a few phones on /r/<code> to try the draw and an attempt.
 */
export const DEMO_CAMPAIGN_TITLE = 'Houd u de boef tegen? (demo)';

export function demoCampaignSettings(todayIso: string): CampaignSettings {
	return {
		...defaultSettings(todayIso, 'Boef 1'),
		periodStart: todayIso,
		periodEnd: addDays(todayIso, 21),
		area: [
			{ lat: 52.1538, lng: 5.3935 },
			{ lat: 52.1598, lng: 5.3945 },
			{ lat: 52.1596, lng: 5.4052 },
			{ lat: 52.1536, lng: 5.4049 }
		]
	};
}
