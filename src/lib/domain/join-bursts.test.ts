import { describe, expect, it } from 'vitest';
import { BurstWatch, burstViews } from './join-bursts';

describe('join bursts', () => {
	it('are not noticed at the pace of people, even 200 from one venue wifi in a minute', () => {
		const watch = new BurstWatch();
		for (let i = 0; i < 200; i++) expect(watch.record('venue', `p${i}`, i * 300)).toBeNull();
		// Ten people pressing "join" in the same second do not make a burst either.
		for (let i = 0; i < 10; i++) watch.record('venue', `q${i}`, 100_000 + i * 100);
		expect(watch.bursts).toEqual([]);
	});

	it('catch a script: every name from the first of the window to the last of the run', () => {
		const watch = new BurstWatch();
		watch.record('other', 'x', 0);
		for (let i = 0; i < 200; i++) watch.record('bot', `b${i}`, i * 3);
		expect(watch.bursts).toHaveLength(1);
		const [burst] = watch.bursts;
		expect(burst!.participantIds).toHaveLength(200);
		expect(burst!.participantIds).not.toContain('x');
		expect(watch.find(burst!.id)).toBe(burst);
	});

	it('start a new burst after a quiet spell', () => {
		const watch = new BurstWatch({ windowMs: 2_000, threshold: 5 });
		for (let i = 0; i < 5; i++) watch.record('bot', `a${i}`, i);
		for (let i = 0; i < 5; i++) watch.record('bot', `b${i}`, 10_000 + i);
		expect(watch.bursts.map((b) => b.participantIds.length)).toEqual([5, 5]);
	});

	it('show only names still present, and no address', () => {
		const watch = new BurstWatch({ windowMs: 2_000, threshold: 3 });
		for (let i = 0; i < 3; i++) watch.record('10.0.0.1', `p${i}`, i);
		const people = [
			{ id: 'p0', nickname: 'Bot 0', removed: false },
			{ id: 'p1', nickname: 'Bot 1', removed: true },
			{ id: 'p2', nickname: 'Bot 2', removed: false }
		];
		const views = burstViews(watch.bursts, people);
		expect(views).toEqual([
			{ id: watch.bursts[0]!.id, startedAtMs: 0, count: 2, sample: ['Bot 0', 'Bot 2'] }
		]);
		expect(JSON.stringify(views)).not.toContain('10.0.0.1');
		expect(
			burstViews(
				watch.bursts,
				people.map((p) => ({ ...p, removed: true }))
			)
		).toEqual([]);
	});
});
