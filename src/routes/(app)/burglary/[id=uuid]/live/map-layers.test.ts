import { describe, expect, it } from 'vitest';
import type { CampaignSettings } from '$lib/domain/burglary/campaign';
import type { HostAttempt } from '$lib/domain/burglary/views';
import { addressLine, fitPoints, liveLegend, liveMapLayers, type MapView } from './map-layers';

const t = (key: string, params?: Record<string, string | number>) =>
	`${key}${params ? JSON.stringify(params) : ''}`;
const START = Date.parse('2025-06-10T18:00:00Z');
const HOME = { lat: 52.09, lng: 5.12 };

const settings = (movement: CampaignSettings['boeven'][number]['movement']): CampaignSettings => ({
	periodStart: '2025-06-01',
	periodEnd: '2025-06-21',
	targetCount: 1,
	stopWindowMinutes: 15,
	retentionDays: 30,
	boeven: [{ id: 'b1', name: 'Boef Bas', movement }],
	area: [],
	workshopSessionId: null
});

const attempt: HostAttempt = {
	id: 'a1',
	number: 1,
	boefId: 'b1',
	plannedDate: '2025-06-10',
	startedAtMs: START,
	endedAtMs: null,
	target: {
		registrationId: 'r1',
		name: 'Fam. Jansen',
		postcode: '1234 AB',
		houseNumber: '12a',
		street: 'Dorpsstraat',
		city: 'Utrecht',
		place: HOME
	},
	prevention: {},
	preventionBy: null,
	override: null,
	calls: [],
	outcome: null
};

function view(over: Partial<MapView> = {}): MapView {
	return { settings: settings({ kind: 'gps' }), attempts: [attempt], reports: [], tracks: {}, ...over };
}

describe('liveMapLayers', () => {
	it('draws the target home with its address, and the boef at his last fix during the attempt', () => {
		const layers = liveMapLayers(
			view({
				tracks: {
					b1: [
						{ at: START - 60_000, position: { lat: 1, lng: 1 } },
						{ at: START + 1000, position: { lat: 52.1, lng: 5.1 } },
						{ at: START + 2000, position: { lat: 52.101, lng: 5.1 } }
					]
				}
			}),
			START + 5000,
			t
		);
		const target = layers.find((l) => l.id === 'target:a1');
		expect(target).toMatchObject({ kind: 'marker', position: HOME });
		expect(target && 'label' in target && target.label).toContain('Dorpsstraat 12a, 1234 AB Utrecht');
		// A fix from before the start is not part of this attempt.
		expect(layers.find((l) => l.id === 'track:a1')).toMatchObject({
			points: [
				{ lat: 52.1, lng: 5.1 },
				{ lat: 52.101, lng: 5.1 }
			]
		});
		expect(layers.find((l) => l.id === 'boef:a1')).toMatchObject({ position: { lat: 52.101, lng: 5.1 } });
	});

	it('puts a planned-route boef where the plan says, since the attempt’s start', () => {
		const route = { waypoints: [HOME, { lat: HOME.lat + 0.01, lng: HOME.lng }], speedMps: 10 };
		const layers = liveMapLayers(
			view({ settings: settings({ kind: 'route', route }) }),
			START + 1_000_000_000,
			t
		);
		expect(layers.find((l) => l.id === 'boef:a1')).toMatchObject({ position: route.waypoints[1] });
		expect(layers.some((l) => l.id === 'route:a1')).toBe(true);
	});

	it('shows no boef before the start, and reports outside an attempt apart', () => {
		const layers = liveMapLayers(
			view({
				attempts: [{ ...attempt, startedAtMs: null }],
				reports: [
					{
						id: 'r1',
						attemptId: null,
						seenAtMs: START,
						reportedAtMs: START,
						receivedAtMs: START,
						behaviour: '',
						signalement: {},
						channel: '112',
						place: HOME,
						flags: []
					}
				]
			}),
			START,
			t
		);
		expect(layers.some((l) => l.id.startsWith('boef:'))).toBe(false);
		expect(layers.find((l) => l.id === 'report:r1')).toMatchObject({ style: 'report-waiting' });
	});
});

describe('fitPoints and addressLine', () => {
	it('fits to the area, else to the homes', () => {
		expect(fitPoints(view())).toEqual([HOME]);
		const area = [HOME, { lat: 52.2, lng: 5.1 }, { lat: 52.2, lng: 5.2 }];
		expect(fitPoints(view({ settings: { ...settings({ kind: 'gps' }), area } }))).toEqual(area);
	});

	it('writes an address without a street as postcode and number', () => {
		expect(addressLine({ ...attempt.target!, street: null, city: null })).toBe('12a, 1234 AB');
	});
});

describe('liveLegend', () => {
	it('names the planned route only when a boef walks one', () => {
		expect(liveLegend(view(), t).some((i) => i.style === 'route-draft')).toBe(false);
		const route = { waypoints: [HOME, HOME] };
		expect(
			liveLegend(view({ settings: settings({ kind: 'route', route }) }), t).some(
				(i) => i.style === 'route-draft'
			)
		).toBe(true);
	});
});
