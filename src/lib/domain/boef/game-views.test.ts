import { describe, expect, it } from 'vitest';
import { evenRounds } from './clues';
import { applyCommand, defaultCluePlan, initialGameState, type BoefPlan, type GamePlan } from './game';
import {
	boefView,
	FEEDBACK_KEYS,
	gameTally,
	hostGameView,
	playerGameView,
	teamKey,
	type GameData,
	type GameReportRecord
} from './game-views';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 21, 19, 0, 0);

const boeven: BoefPlan[] = [
	{
		id: 'b1',
		name: 'Boef 1',
		codeWord: 'Blauwe reiger',
		signalement: {
			person: { sex: 'man', clothing: [{ part: 'jas', colours: ['rood'] }], particulars: 'tatoeage op hand' }
		},
		movement: {
			kind: 'route',
			route: {
				waypoints: [
					{ lat: 52.0, lng: 5.0 },
					{ lat: 52.01, lng: 5.0 }
				]
			}
		},
		entry: 'start'
	},
	{
		id: 'b2',
		name: 'Boef 2',
		codeWord: 'Zwarte kat',
		signalement: {},
		movement: { kind: 'gps' },
		entry: 'start'
	}
];

const schedule = evenRounds(4, 20 * MIN);
const plan: GamePlan = {
	area: [
		{ lat: 51.99, lng: 4.99 },
		{ lat: 52.02, lng: 4.99 },
		{ lat: 52.02, lng: 5.02 }
	],
	scheduledAt: null,
	schedule,
	radiiM: [1000, 600, 350, 200],
	boeven,
	clues: defaultCluePlan(boeven, schedule)
};

function started() {
	let s = initialGameState();
	for (const cmd of [
		{ type: 'meldkamer', contact: 'OC', informedAtMs: T0 - MIN, recordedBy: 'a' },
		{ type: 'start' }
	] as const) {
		const r = applyCommand(plan, s, cmd, T0);
		if (!r.ok) throw new Error(r.error);
		s = r.state;
	}
	return s;
}

const report = (
	id: string,
	participantId: string,
	team: string | null,
	over: Partial<GameReportRecord> = {}
) =>
	({
		id,
		participantId,
		team,
		place: { lat: 52.005, lng: 5.0 },
		seenAtMs: T0 + 5 * MIN,
		atMs: T0 + 5 * MIN,
		receivedAtMs: T0 + 5 * MIN,
		behaviour: 'probeert deurklinken van auto’s',
		signalement: { person: { clothing: [{ part: 'jas', colours: ['rood'] }] } },
		channel: '112',
		round: 1,
		matchBoefId: null,
		matchStatus: null,
		quality: null,
		flags: [],
		feedback: null,
		feedbackAtMs: null,
		...over
	}) satisfies GameReportRecord;

function data(): GameData {
	return {
		id: 'g1',
		title: 'Avondspel Oost',
		joinCode: '123456',
		plan,
		state: started(),
		participants: [
			{ id: 'p1', nickname: 'Anna', team: 'De Uilen', removed: false },
			{ id: 'p2', nickname: 'Bram', team: 'de uilen ', removed: false },
			{ id: 'p3', nickname: 'Cor', team: 'Vossen', removed: false },
			{ id: 'p4', nickname: 'Dirk', team: null, removed: false }
		],
		clues: [
			{
				id: 'r1-b1',
				round: 1,
				boefId: 'b1',
				text: '',
				signalement: { person: { sex: 'man' } },
				circle: { center: { lat: 52.004, lng: 5.001 }, radiusM: 1000 },
				publishedAtMs: T0,
				source: 'plan'
			}
		],
		reports: [
			report('r1', 'p1', 'De Uilen', {
				matchBoefId: 'b1',
				matchStatus: 'confirmed',
				quality: 80,
				feedback: 'was-boef'
			}),
			report('r2', 'p3', 'Vossen'),
			report('r3', 'p4', null, { channel: 'buurtapp' })
		],
		finds: [
			{
				id: 'f1',
				participantId: 'p2',
				team: 'de uilen ',
				boefId: 'b1',
				codeWord: 'blauwereiger',
				atMs: T0 + 9 * MIN
			},
			{ id: 'f2', participantId: 'p3', team: 'Vossen', boefId: null, codeWord: 'blauw', atMs: T0 + 8 * MIN }
		],
		tracks: {
			b2: [
				{ at: T0 + MIN, position: { lat: 52.011, lng: 5.011 } },
				{ at: T0 + 2 * MIN, position: { lat: 52.012, lng: 5.012 } }
			]
		}
	};
}

describe('what a participant receives', () => {
	it('never a boef position, code word, full description or track', () => {
		const view = playerGameView(data(), 'p3', T0 + 10 * MIN);
		const json = JSON.stringify(view);
		for (const secret of [
			'52.011',
			'52.012',
			'Blauwe reiger',
			'blauwereiger',
			'Zwarte kat',
			'tatoeage',
			'waypoints'
		])
			expect(json).not.toContain(secret);
		expect(view).not.toHaveProperty('tracks');
		expect(view).not.toHaveProperty('plan');
		// The clue carries only what was revealed.
		expect(view.clues).toEqual([
			{
				id: 'r1-b1',
				round: 1,
				boefName: 'Boef 1',
				text: '',
				signalement: { person: { sex: 'man' } },
				circle: { center: { lat: 52.004, lng: 5.001 }, radiusM: 1000 },
				publishedAtMs: T0
			}
		]);
	});

	it('only the own team’s reports and finds (teams compare without case and spaces)', () => {
		const anna = playerGameView(data(), 'p1', T0 + 10 * MIN);
		expect(anna.reports.map((r) => [r.id, r.mine])).toEqual([['r1', true]]);
		expect(anna.reports[0]!.feedback).toBe('was-boef');
		expect(anna.finds).toEqual([
			{ id: 'f1', boefName: 'Boef 1', nickname: 'Bram', atMs: T0 + 9 * MIN, first: true }
		]);
		const bram = playerGameView(data(), 'p2', T0 + 10 * MIN);
		expect(bram.reports.map((r) => [r.id, r.mine, r.nickname])).toEqual([['r1', false, 'Anna']]);
		const cor = playerGameView(data(), 'p3', T0 + 10 * MIN);
		expect(cor.reports.map((r) => r.id)).toEqual(['r2']);
		// A wrong code word is no find.
		expect(cor.finds).toEqual([]);
		const dirk = playerGameView(data(), 'p4', T0 + 10 * MIN);
		expect(dirk.reports.map((r) => r.id)).toEqual(['r3']);
	});

	it('the round, the clock and who is in play', () => {
		const view = playerGameView(data(), 'p4', T0 + 25 * MIN);
		expect(view.round).toBe(2);
		expect(view.rounds).toBe(4);
		expect(view.clock).toEqual({
			startedAtMs: T0,
			pauses: [],
			endsAtMs: T0 + 80 * MIN,
			serverNowMs: T0 + 25 * MIN
		});
		expect(view.boeven).toEqual([
			{ name: 'Boef 1', status: 'in-play' },
			{ name: 'Boef 2', status: 'in-play' }
		]);
		expect(view.result).toBeNull();
	});

	it('after the end, the own place on the leaderboard', () => {
		const d = data();
		const ended = applyCommand(plan, d.state, { type: 'end' }, T0 + 60 * MIN);
		if (!ended.ok) throw new Error(ended.error);
		const view = playerGameView({ ...d, state: ended.state }, 'p1', T0 + 61 * MIN);
		// Three sides reported: the Uilen (a team of two), the Vossen and Dirk alone.
		expect(view.result).toEqual({ rank: 1, of: 3, firstFinds: 1, qualityPoints: 80 });
	});
});

describe('what the spelleider receives', () => {
	it('everything, with match proposals by distance and time to each boef', () => {
		const view = hostGameView(data(), T0 + 10 * MIN);
		expect(view.tracks.b2).toHaveLength(2);
		expect(view.plan.boeven[0]!.codeWord).toBe('Blauwe reiger');
		const r2 = view.reports.find((r) => r.id === 'r2')!;
		// The route boef walks north along lng 5.0 and passes lat 52.005 after about 7 minutes.
		expect(r2.proposals[0]).toMatchObject({ boefId: 'b1', likely: true });
		expect(r2.proposals[0]!.distanceM).toBeLessThan(20);
		expect(r2.nickname).toBe('Cor');
		expect(view.tally.total).toBe(3);
		expect(view.tally.byBoef).toEqual({ b1: 1 });
		expect(view.tally.byChannel).toEqual({ '112': 2, '0900-8844': 0, buurtapp: 1 });
		expect(view.firstFinders).toEqual([
			{ boefId: 'b1', findId: 'f1', participantId: 'p2', atMs: T0 + 9 * MIN }
		]);
		expect(view.leaderboard[0]).toMatchObject({
			competitor: { kind: 'team', id: 'de uilen' },
			firstFinds: 1
		});
	});

	it('tallies count a report for a boef only once it is confirmed', () => {
		const t = gameTally([report('a', 'p1', null, { matchBoefId: 'b1', matchStatus: 'rejected' })]);
		expect(t.byBoef).toEqual({});
		expect(t.unmatched).toBe(1);
	});
});

describe('what the boef’s phone receives', () => {
	it('his own name and code word, never reports or other boeven', () => {
		const view = boefView(data(), 'b2', T0 + MIN)!;
		expect(view).toMatchObject({
			boef: { id: 'b2', name: 'Boef 2', movement: 'gps' },
			codeWord: 'Zwarte kat',
			inPlay: true
		});
		const json = JSON.stringify(view);
		expect(json).not.toContain('Blauwe reiger');
		expect(json).not.toContain('deurklinken');
		expect(boefView(data(), 'nope', T0)).toBeNull();
	});
});

describe('helpers', () => {
	it('teamKey', () => {
		expect(teamKey(' De Uilen ')).toBe('de uilen');
		expect(teamKey('')).toBeNull();
		expect(teamKey(null)).toBeNull();
	});
	it('every feedback reply is a distinct key', () => {
		expect(new Set(FEEDBACK_KEYS).size).toBe(FEEDBACK_KEYS.length);
	});
});
