import { describe, expect, it } from 'vitest';
import type { BoefPlan } from '$lib/domain/boef/game';
import type { GameFindRecord, GameParticipant, GameReportRecord } from '$lib/domain/boef/game-views';
import { competitorName, feedbackTiming, findFacts, isOverdue, keyFigures, teamNames } from './figures';
import { readClock, upsert } from './live-view';
import { gameMapLayers, trackSegments, type MapGame, type MapReport, type Translate } from './map-layers';

const T = Date.UTC(2025, 9, 14, 18, 0);
const MIN = 60_000;
const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

const participants: GameParticipant[] = [
	{ id: 'p1', nickname: 'Anna', team: 'De Uilen', removed: false },
	{ id: 'p2', nickname: 'Bram', team: 'de uilen ', removed: false },
	{ id: 'p3', nickname: 'Cem', team: null, removed: false }
];

const boeven: BoefPlan[] = [
	{
		id: 'b1',
		name: 'Boef 1',
		codeWord: 'appel',
		signalement: {},
		entry: 'start',
		movement: {
			kind: 'route',
			route: {
				waypoints: [
					{ lat: 52, lng: 5 },
					{ lat: 52.01, lng: 5 }
				],
				speedMps: 1.4
			}
		}
	},
	{ id: 'b2', name: 'Boef 2', codeWord: 'peer', signalement: {}, entry: 'later', movement: { kind: 'gps' } }
];

function report(id: string, over: Partial<GameReportRecord> = {}): GameReportRecord & MapReport {
	return {
		id,
		participantId: 'p1',
		team: 'De Uilen',
		place: { lat: 52.005, lng: 5 },
		seenAtMs: T + 5 * MIN,
		atMs: T + 5 * MIN,
		receivedAtMs: T + 5 * MIN,
		behaviour: 'Voelde aan deurklinken',
		signalement: {},
		channel: '112',
		round: 1,
		matchBoefId: null,
		matchStatus: null,
		quality: null,
		flags: [],
		feedback: null,
		feedbackAtMs: null,
		nickname: 'Anna',
		...over
	};
}

const find = (id: string, boefId: string | null, atMs: number, participantId = 'p3'): GameFindRecord => ({
	id,
	participantId,
	team: participantId === 'p3' ? null : 'De Uilen',
	boefId,
	codeWord: 'x',
	atMs
});

describe('feedbackTiming', () => {
	it('measures from arrival to the first reply, with median, longest, never answered and late', () => {
		const reports = [
			report('a', { receivedAtMs: T, feedbackAtMs: T + 2 * MIN }),
			report('b', { receivedAtMs: T, feedbackAtMs: T + 4 * MIN }),
			report('c', { receivedAtMs: T, feedbackAtMs: T + 12 * MIN }),
			report('d', { receivedAtMs: T, feedbackAtMs: T + 6 * MIN }),
			report('e', { receivedAtMs: T + 50 * MIN })
		];
		expect(feedbackTiming(reports, T + 70 * MIN)).toEqual({
			answered: 4,
			unanswered: 1,
			medianMs: 5 * MIN,
			longestMs: 12 * MIN,
			late: 2
		});
		expect(feedbackTiming([], T)).toMatchObject({ medianMs: null, longestMs: null });
	});

	it('flags a report waiting more than 10 minutes, not one answered', () => {
		expect(isOverdue(report('a', { receivedAtMs: T }), T + 11 * MIN)).toBe(true);
		expect(isOverdue(report('a', { receivedAtMs: T }), T + 9 * MIN)).toBe(false);
		expect(isOverdue(report('a', { receivedAtMs: T, feedbackAtMs: T + 20 * MIN }), T + 30 * MIN)).toBe(false);
	});
});

describe('keyFigures', () => {
	const game = {
		plan: { boeven },
		state: {
			startedAtMs: T,
			boeven: {
				b1: { enteredAtMs: T, caughtAtMs: T + 40 * MIN },
				b2: { enteredAtMs: T + 30 * MIN, caughtAtMs: null }
			}
		},
		participants,
		reports: [
			report('a', { atMs: T + 3 * MIN, matchBoefId: 'b1', matchStatus: 'confirmed' }),
			report('b', { atMs: T + 20 * MIN, channel: 'buurtapp', team: null }),
			report('c', { atMs: T + 50 * MIN, channel: '0900-8844' })
		],
		finds: [
			find('f2', 'b1', T + 41 * MIN, 'p1'),
			find('f1', 'b1', T + 40 * MIN),
			find('f0', null, T + 39 * MIN)
		]
	};

	it('counts everything at the end', () => {
		const k = keyFigures(game);
		expect(k.reports).toBe(3);
		expect(k.timeToFirstReportMs).toBe(3 * MIN);
		expect(k.share112).toBeCloseTo(1 / 3);
		expect(k.tally.byBoef).toEqual({ b1: 1 });
		expect(k.finds.map((f) => [f.id, f.first, f.by])).toEqual([
			['f1', true, 'Cem'],
			['f2', false, 'Anna']
		]);
		expect(k.boeven[0]).toMatchObject({ name: 'Boef 1', caughtAtMs: T + 40 * MIN });
	});

	it('shows the evening as it was at a moment', () => {
		const k = keyFigures(game, T + 25 * MIN);
		expect(k.reports).toBe(2);
		expect(k.share112).toBe(0.5);
		expect(k.finds).toEqual([]);
		expect(k.boeven[0]!.caughtAtMs).toBeNull();
		expect(k.boeven[1]!.enteredAtMs).toBeNull();
		expect(findFacts(game, T + 40 * MIN)).toHaveLength(1);
	});
});

describe('names', () => {
	it('shows a team as its members typed it and a solo player by nickname', () => {
		expect(competitorName({ kind: 'team', id: 'de uilen' }, participants)).toBe('De Uilen');
		expect(competitorName({ kind: 'participant', id: 'p3' }, participants)).toBe('Cem');
		expect(teamNames(participants)).toEqual({ 'de uilen': 'De Uilen' });
	});
});

describe('upsert', () => {
	it('replaces by id and appends new ones, leaving the input alone', () => {
		const list = [
			{ id: 'a', v: 1 },
			{ id: 'b', v: 1 }
		];
		expect(
			upsert(list, [
				{ id: 'b', v: 2 },
				{ id: 'c', v: 1 },
				{ id: 'c', v: 3 }
			])
		).toEqual([
			{ id: 'a', v: 1 },
			{ id: 'b', v: 2 },
			{ id: 'c', v: 3 }
		]);
		expect(list[1]!.v).toBe(1);
	});
});

describe('readClock', () => {
	const plan = { schedule: { roundsMs: [20 * MIN, 20 * MIN] } } as never;
	it('gives the round and the game time left, standing still during a pause', () => {
		const state = {
			startedAtMs: T,
			endedAtMs: null,
			pauses: [{ fromMs: T + 25 * MIN, toMs: T + 30 * MIN }],
			phase: 'running'
		};
		const view = { plan, state } as never;
		expect(readClock(view, T + 5 * MIN)).toMatchObject({
			round: { round: 1 },
			leftMs: 15 * MIN,
			paused: false
		});
		expect(readClock(view, T + 27 * MIN)).toMatchObject({
			round: { round: 2 },
			leftMs: 15 * MIN,
			paused: true
		});
		expect(readClock(view, T + 32 * MIN)).toMatchObject({ round: { round: 2 }, leftMs: 13 * MIN });
		expect(readClock(view, T + 50 * MIN).round).toBe('finished');
	});
});

describe('map layers', () => {
	const track = [0, 30, 60, 400, 430].map((s) => ({
		at: T + 31 * MIN + s * 1000,
		position: { lat: 52 + s / 1e5, lng: 5.01 }
	}));
	const game: MapGame = {
		plan: {
			area: [
				{ lat: 52, lng: 5 },
				{ lat: 52.02, lng: 5 },
				{ lat: 52.02, lng: 5.02 }
			],
			boeven
		},
		state: {
			endedAtMs: null,
			boeven: {
				b1: { enteredAtMs: T, caughtAtMs: T + 40 * MIN },
				b2: { enteredAtMs: T + 30 * MIN, caughtAtMs: null }
			}
		},
		tracks: { b2: track },
		clues: [
			{
				id: 'c1',
				round: 1,
				boefId: 'b1',
				text: '',
				signalement: {},
				circle: { center: { lat: 52, lng: 5 }, radiusM: 1000 },
				publishedAtMs: T,
				source: 'plan'
			},
			{
				id: 'c2',
				round: 2,
				boefId: 'b1',
				text: '',
				signalement: {},
				circle: { center: { lat: 52, lng: 5 }, radiusM: 600 },
				publishedAtMs: T + 20 * MIN,
				source: 'plan'
			}
		],
		reports: [
			report('r1', { receivedAtMs: T + 5 * MIN }),
			report('r2', { atMs: T + 45 * MIN, receivedAtMs: T + 45 * MIN })
		]
	};
	const ids = (layers: ReturnType<typeof gameMapLayers>) => layers.map((l) => l.id);

	it('cuts a GPS track at its gaps', () => {
		expect(trackSegments(track).map((s) => s.length)).toEqual([3, 2]);
	});

	it('shows everything live, flags a report waiting too long, and fades older clues', () => {
		const layers = gameMapLayers(game, { atMs: T + 46 * MIN, replay: false, locale: 'nl' }, t);
		const byId = Object.fromEntries(layers.map((l) => [l.id, l]));
		expect(byId['report:r1']).toMatchObject({ style: 'report-waiting' });
		expect(byId['report:r2']).toMatchObject({ style: 'report' });
		expect(byId['clue:c1']).toMatchObject({ style: 'clue-old' });
		expect(byId['clue:c2']).toMatchObject({ style: 'clue' });
		expect(byId['boef:b1']).toMatchObject({ style: 'boef-caught' });
		expect(byId['boef:b2']).toMatchObject({ style: 'boef', position: track.at(-1)!.position });
		expect(ids(layers)).toEqual(
			expect.arrayContaining(['area', 'route:b1', 'track:b1:0', 'track:b2:0', 'track:b2:1'])
		);
	});

	it('replays only what had happened at the moment chosen', () => {
		const layers = gameMapLayers(game, { atMs: T + 10 * MIN, replay: true, locale: 'nl' }, t);
		expect(ids(layers)).not.toContain('report:r2');
		expect(ids(layers)).not.toContain('clue:c2');
		expect(ids(layers)).not.toContain('boef:b2');
		const b1 = layers.find((l) => l.id === 'boef:b1');
		// 10 minutes at 1.4 m/s along a 1.1 km route: about 840 m north of the start.
		expect(b1).toMatchObject({ kind: 'marker', style: 'boef' });
		expect(b1!.kind === 'marker' && b1!.position.lat).toBeGreaterThan(52.007);
		expect(layers.find((l) => l.id === 'report:r1')).toMatchObject({ style: 'report' });
	});
});
