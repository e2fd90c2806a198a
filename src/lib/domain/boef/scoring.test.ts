import { describe, expect, it } from 'vitest';
import {
	checkCodeWord,
	confirmedFinds,
	firstFinders,
	leaderboard,
	normaliseCodeWord,
	type Find,
	type ScoredReport
} from './scoring';

const T = Date.UTC(2025, 9, 14, 18, 0);
const MIN = 60_000;
const codeWords = { 'boef-a': 'Blauwe reiger', 'boef-b': 'Stroopwafel' };

let n = 0;
function find(over: Partial<Find>): Find {
	n++;
	return {
		id: over.id ?? `find-${String(n).padStart(3, '0')}`,
		boefId: over.boefId ?? 'boef-a',
		participantId: over.participantId ?? 'p1',
		teamId: over.teamId ?? null,
		atMs: over.atMs ?? T,
		codeWord: over.codeWord ?? 'blauwe reiger'
	};
}
function rep(over: Partial<ScoredReport>): ScoredReport {
	n++;
	return {
		id: over.id ?? `rep-${n}`,
		participantId: over.participantId ?? 'p1',
		teamId: over.teamId ?? null,
		boefId: over.boefId === undefined ? 'boef-a' : over.boefId,
		round: over.round === undefined ? 1 : over.round,
		quality: over.quality ?? 50
	};
}

describe('code words', () => {
	it('ignores case, accents, spaces and punctuation', () => {
		expect(normaliseCodeWord(' Blauwe Reiger! ')).toBe('blauwereiger');
		expect(checkCodeWord('blauwe-reiger', 'Blauwe reiger')).toBe(true);
		expect(checkCodeWord('Crème brûlée', 'creme brulee')).toBe(true);
		expect(checkCodeWord('blauwe reger', 'Blauwe reiger')).toBe(false);
	});
	it('never matches an empty code word', () => {
		expect(checkCodeWord('', '')).toBe(false);
		expect(checkCodeWord('!!', '?')).toBe(false);
	});
	it('confirms only finds with the right code word for a known boef', () => {
		const good = find({});
		const wrong = find({ codeWord: 'stroopwafel' });
		const unknown = find({ boefId: 'boef-z' });
		expect(confirmedFinds([good, wrong, unknown], codeWords)).toEqual([good]);
	});
});

describe('firstFinders', () => {
	it('takes the earliest confirmed find per boef', () => {
		const late = find({ participantId: 'p1', atMs: T + 5 * MIN });
		const early = find({ participantId: 'p2', atMs: T + 3 * MIN });
		const wrongEarlier = find({ participantId: 'p3', atMs: T + MIN, codeWord: 'gok' });
		const b = find({ boefId: 'boef-b', participantId: 'p4', codeWord: 'STROOPWAFEL', atMs: T + 9 * MIN });
		expect(firstFinders([late, b, wrongEarlier, early], codeWords)).toEqual([
			{ boefId: 'boef-a', find: early },
			{ boefId: 'boef-b', find: b }
		]);
	});
	it('breaks an exact tie by id, whatever the order of the list', () => {
		const x = find({ id: 'b-uuid', participantId: 'p1', atMs: T });
		const y = find({ id: 'a-uuid', participantId: 'p2', atMs: T });
		expect(firstFinders([x, y], codeWords)[0]!.find).toBe(y);
		expect(firstFinders([y, x], codeWords)[0]!.find).toBe(y);
	});
	it('is empty without finds', () => {
		expect(firstFinders([], codeWords)).toEqual([]);
	});
});

describe('leaderboard', () => {
	it('ranks teams by first finds, then finds, then report quality', () => {
		const finds = [
			find({ teamId: 'vossen', participantId: 'p1', atMs: T + 10 * MIN }),
			find({ teamId: 'uilen', participantId: 'p2', atMs: T + 12 * MIN }),
			find({
				teamId: 'uilen',
				participantId: 'p3',
				boefId: 'boef-b',
				codeWord: 'stroopwafel',
				atMs: T + 30 * MIN
			}),
			find({ teamId: 'dassen', participantId: 'p4', atMs: T + 40 * MIN, codeWord: 'fout' })
		];
		const reports = [
			rep({ teamId: 'dassen', participantId: 'p4', quality: 90 }),
			rep({ teamId: 'vossen', participantId: 'p1', quality: 40 })
		];
		const board = leaderboard(finds, reports, codeWords);
		expect(board.map((e) => [e.competitor.id, e.rank, e.firstFinds, e.finds, e.qualityPoints])).toEqual([
			['uilen', 1, 1, 2, 0],
			['vossen', 2, 1, 1, 40],
			['dassen', 3, 0, 0, 90]
		]);
		expect(board[0]!.firstFindAtMs).toBe(T + 12 * MIN);
		expect(board[2]!.firstFindAtMs).toBeNull();
	});
	it('ranks by report quality alone for the best-information prize', () => {
		const finds = [find({ teamId: 'vossen' })];
		const reports = [rep({ teamId: 'dassen', quality: 90 }), rep({ teamId: 'vossen', quality: 40 })];
		expect(leaderboard(finds, reports, codeWords, { by: 'quality' }).map((e) => e.competitor.id)).toEqual([
			'dassen',
			'vossen'
		]);
	});
	it('counts only the best report per boef and round, and nothing for unmatched reports', () => {
		const reports = [
			rep({ participantId: 'solo', quality: 30, round: 1 }),
			rep({ participantId: 'solo', quality: 70, round: 1 }),
			rep({ participantId: 'solo', quality: 20, round: 2 }),
			rep({ participantId: 'solo', quality: 50, round: 2, boefId: 'boef-b' }),
			rep({ participantId: 'solo', quality: 99, boefId: null })
		];
		const [solo] = leaderboard([], reports, codeWords);
		expect(solo).toMatchObject({
			competitor: { kind: 'participant', id: 'solo' },
			qualityPoints: 70 + 20 + 50,
			reports: 5
		});
	});
	it('lists participants without a team on their own, and shares ranks on ties', () => {
		const reports = [
			rep({ participantId: 'anna', quality: 50 }),
			rep({ participantId: 'bram', quality: 50 }),
			rep({ participantId: 'cees', teamId: 'uilen', quality: 10 })
		];
		const board = leaderboard([], reports, codeWords);
		expect(board.map((e) => [e.competitor.kind, e.competitor.id, e.rank])).toEqual([
			['participant', 'anna', 1],
			['participant', 'bram', 1],
			['team', 'uilen', 3]
		]);
	});
	it('lists an earlier finder first among equals', () => {
		const finds = [
			find({ participantId: 'zoe', boefId: 'boef-a', atMs: T + 5 * MIN }),
			find({ participantId: 'adam', boefId: 'boef-b', codeWord: 'stroopwafel', atMs: T + 8 * MIN })
		];
		const board = leaderboard(finds, [], codeWords);
		expect(board.map((e) => [e.competitor.id, e.rank])).toEqual([
			['zoe', 1],
			['adam', 1]
		]);
	});
	it('is empty without anything', () => {
		expect(leaderboard([], [], codeWords)).toEqual([]);
	});
});
