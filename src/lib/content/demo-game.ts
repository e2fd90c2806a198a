import { evenRounds } from '$lib/domain/boef/clues';
import { suggestCodeWord } from '$lib/domain/boef/code-words';
import { defaultCluePlan, type BoefPlan, type GamePlan } from '$lib/domain/boef/game';

/**
 * The demo's Boef in de Wijk game, in set-up: a few streets of a Dutch neighbourhood, one boef
 * walking a planned route (so the game can be tried without a second phone) and one on live
 * GPS who enters later. Clearly a demo: the spelleider still records the meldkamer and starts.
 */
export const DEMO_GAME_TITLE = 'Oefenspel Boef in de Wijk (demo)';

const demoBoeven: BoefPlan[] = [
	{
		id: 'b1',
		name: 'Boef 1',
		codeWord: '',
		signalement: {
			person: {
				sex: 'man',
				ageYears: { min: 30, max: 40 },
				heightCm: { min: 180, max: 190 },
				build: 'slank',
				hair: { colour: 'bruin', length: 'kort' },
				clothing: [
					{ part: 'hoofd', colours: ['zwart'], description: 'pet' },
					{ part: 'jas', colours: ['rood'], description: 'regenjas met capuchon' },
					{ part: 'onder', colours: ['blauw'], description: 'spijkerbroek' },
					{ part: 'schoenen', colours: ['wit'], description: 'sportschoenen' }
				],
				carrying: 'zwarte rugzak',
				particulars: 'loopt licht mank'
			}
		},
		movement: {
			kind: 'route',
			route: {
				waypoints: [
					{ lat: 52.1556, lng: 5.3957 },
					{ lat: 52.1571, lng: 5.3968 },
					{ lat: 52.1583, lng: 5.3989 },
					{ lat: 52.1577, lng: 5.4018 },
					{ lat: 52.1561, lng: 5.4031 },
					{ lat: 52.1548, lng: 5.4007 },
					{ lat: 52.1556, lng: 5.3957 }
				],
				speedMps: 0.8,
				pausesS: [0, 120, 0, 180, 0, 120, 0]
			}
		},
		entry: 'start'
	},
	{
		id: 'b2',
		name: 'Boef 2',
		codeWord: '',
		signalement: {
			person: {
				sex: 'vrouw',
				ageYears: { min: 20, max: 30 },
				build: 'normaal',
				hair: { colour: 'blond', length: 'lang', style: 'staart' },
				clothing: [
					{ part: 'jas', colours: ['groen'], description: 'bodywarmer' },
					{ part: 'onder', colours: ['zwart'], description: 'legging' }
				]
			},
			vehicle: { kind: 'fiets', colour: 'geel', make: 'Gazelle' }
		},
		movement: { kind: 'gps' },
		entry: 'later'
	}
];

/**
 * A fresh code word per boef for every demo: a fixed one ("Blauwe reiger") is known to anyone
 * who read this file or played the demo before, and fell to guessing in 24 tries.
 */
export function demoGamePlan(randomInt?: (n: number) => number): GamePlan {
	const schedule = evenRounds(4, 20 * 60_000);
	const boeven: BoefPlan[] = [];
	for (const b of demoBoeven)
		boeven.push({
			...b,
			codeWord: suggestCodeWord(
				randomInt,
				boeven.map((x) => x.codeWord)
			)
		});
	return {
		area: [
			{ lat: 52.1538, lng: 5.3935 },
			{ lat: 52.1598, lng: 5.3945 },
			{ lat: 52.1596, lng: 5.4052 },
			{ lat: 52.1536, lng: 5.4049 }
		],
		scheduledAt: null,
		schedule,
		radiiM: [600, 400, 250, 150],
		boeven,
		clues: defaultCluePlan(boeven, schedule)
	};
}
