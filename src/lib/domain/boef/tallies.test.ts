import { describe, expect, it } from 'vitest';
import {
	addToTally,
	channelShares,
	emptyTally,
	share112,
	tallyReports,
	timeToFirstReportMs,
	type TallyReport
} from './tallies';

const T = Date.UTC(2025, 9, 14, 18, 0);
const MIN = 60_000;

const reports: TallyReport[] = [
	{ boefId: 'boef-a', teamId: 'uilen', round: 1, channel: '112', atMs: T + 7 * MIN },
	{ boefId: 'boef-a', teamId: 'vossen', round: 1, channel: 'buurtapp', atMs: T + 4 * MIN },
	{ boefId: 'boef-b', teamId: 'uilen', round: 2, channel: '112', atMs: T + 25 * MIN },
	{ boefId: null, teamId: null, round: null, channel: '0900-8844', atMs: T + 90 * MIN }
];

describe('emptyTally', () => {
	it('has every channel at 0 and no first report', () => {
		const t = emptyTally();
		expect(t.total).toBe(0);
		expect(t.byChannel).toEqual({ '112': 0, '0900-8844': 0, buurtapp: 0 });
		expect(t.firstReportAtMs).toBeNull();
		expect(share112(t)).toBeNull();
		expect(channelShares(t)).toBeNull();
		expect(timeToFirstReportMs(t, T)).toBeNull();
	});
});

describe('addToTally and tallyReports', () => {
	const t = tallyReports(reports);
	it('counts per boef, team, round and channel', () => {
		expect(t.total).toBe(4);
		expect(t.byBoef).toEqual({ 'boef-a': 2, 'boef-b': 1 });
		expect(t.unmatched).toBe(1);
		expect(t.byTeam).toEqual({ uilen: 2, vossen: 1 });
		expect(t.withoutTeam).toBe(1);
		expect(t.byRound).toEqual({ 1: 2, 2: 1 });
		expect(t.outsideRounds).toBe(1);
		expect(t.byChannel).toEqual({ '112': 2, '0900-8844': 1, buurtapp: 1 });
	});
	it('keeps the first report overall and per boef', () => {
		expect(t.firstReportAtMs).toBe(T + 4 * MIN);
		expect(t.firstReportAtMsByBoef).toEqual({ 'boef-a': T + 4 * MIN, 'boef-b': T + 25 * MIN });
		expect(timeToFirstReportMs(t, T)).toBe(4 * MIN);
		expect(timeToFirstReportMs(t, T + 20 * MIN, 'boef-b')).toBe(5 * MIN);
		expect(timeToFirstReportMs(t, T, 'boef-z')).toBeNull();
		expect(timeToFirstReportMs(t, T + 60 * MIN)).toBe(0);
	});
	it('gives shares per channel', () => {
		expect(share112(t)).toBe(0.5);
		expect(channelShares(t)).toEqual({ '112': 0.5, '0900-8844': 0.25, buurtapp: 0.25 });
	});
	it('does not change the tally it is given', () => {
		const before = emptyTally();
		const after = addToTally(before, reports[0]!);
		expect(before).toEqual(emptyTally());
		expect(after.total).toBe(1);
		const again = addToTally(after, reports[1]!);
		expect(after.byBoef).toEqual({ 'boef-a': 1 });
		expect(again.byBoef).toEqual({ 'boef-a': 2 });
	});
	it('gives the same tally incrementally, from scratch, and in any order', () => {
		let incremental = emptyTally();
		for (const r of reports) incremental = addToTally(incremental, r);
		expect(incremental).toEqual(t);
		expect(tallyReports([...reports].reverse())).toEqual(t);
	});
	it('treats an empty team id as no team', () => {
		expect(addToTally(emptyTally(), { ...reports[0]!, teamId: '' })).toMatchObject({
			byTeam: {},
			withoutTeam: 1
		});
	});
});
