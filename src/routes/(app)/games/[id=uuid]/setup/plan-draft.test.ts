import { describe, expect, it } from 'vitest';
import {
	blankBoef,
	blankClue,
	isoToLocal,
	kmhToMps,
	localToIso,
	mpsToKmh,
	nextBoefId,
	nextClueId,
	removeBoef,
	setRoundCount,
	type PlanDraft
} from './plan-draft';

function plan(): PlanDraft {
	return {
		area: [],
		scheduledAt: null,
		schedule: { roundsMs: [1_200_000, 1_200_000, 1_200_000, 1_200_000] },
		radiiM: [1000, 600, 350, 200],
		boeven: [blankBoef('b1', 'Boef 1'), blankBoef('b3', 'Boef 3')],
		clues: []
	};
}

describe('ids', () => {
	it('takes the first free number, so ids stay short and unique', () => {
		expect(nextBoefId([{ id: 'b1' }, { id: 'b3' }])).toBe('b2');
		expect(nextBoefId([])).toBe('b1');
		expect(nextClueId([{ id: 'r1-b1' }, { id: 't1' }])).toBe('t2');
	});
});

describe('rounds', () => {
	it('adds rounds with the last length and shrinking default radii', () => {
		const p = plan();
		setRoundCount(p, 6);
		expect(p.schedule.roundsMs).toHaveLength(6);
		expect(p.schedule.roundsMs[5]).toBe(1_200_000);
		expect(p.radiiM).toEqual([1000, 600, 350, 200, 200, 200]);
	});

	it('never makes a new circle larger than the last one', () => {
		const p = plan();
		p.radiiM = [300];
		p.schedule.roundsMs = [600_000];
		setRoundCount(p, 3);
		expect(p.radiiM).toEqual([300, 300, 300]);
	});

	it('keeps the count between 1 and 12', () => {
		const p = plan();
		setRoundCount(p, 0);
		expect(p.schedule.roundsMs).toHaveLength(1);
		expect(p.radiiM).toHaveLength(1);
		setRoundCount(p, 40);
		expect(p.schedule.roundsMs).toHaveLength(12);
	});
});

describe('boeven and clues', () => {
	it('removes the clues about a removed boef', () => {
		const p = plan();
		p.clues = [blankClue(p, 1), { ...blankClue(p, 2), id: 't2', boefId: 'b3' }];
		expect(removeBoef(p, 'b3')).toBe(1);
		expect(p.boeven.map((b) => b.id)).toEqual(['b1']);
		expect(p.clues.map((c) => c.boefId)).toEqual(['b1']);
	});

	it('makes a general clue when there is no boef', () => {
		const p = plan();
		p.boeven = [];
		expect(blankClue(p, 2)).toMatchObject({ round: 2, boefId: null, circle: false, fields: [] });
	});
});

describe('speed', () => {
	it('converts km/h and m/s both ways', () => {
		expect(mpsToKmh(1.4)).toBe(5.04);
		expect(kmhToMps(3.6)).toBe(1);
		expect(kmhToMps(undefined)).toBeUndefined();
		expect(kmhToMps(Number.NaN)).toBeUndefined();
	});
});

describe('planned time', () => {
	it('adds the offset the zone has at that date', () => {
		expect(localToIso('2025-11-28T19:30', () => -60)).toBe('2025-11-28T19:30:00+01:00');
		expect(localToIso('2025-06-28T19:30', () => -120)).toBe('2025-06-28T19:30:00+02:00');
		expect(localToIso('2025-06-28T19:30', () => 330)).toBe('2025-06-28T19:30:00-05:30');
		expect(localToIso('', () => 0)).toBeNull();
	});

	it('gives back the same local time', () => {
		const iso = localToIso('2025-11-28T19:30');
		expect(isoToLocal(iso)).toBe('2025-11-28T19:30');
		expect(isoToLocal(null)).toBe('');
		expect(isoToLocal('nonsense')).toBe('');
	});
});
