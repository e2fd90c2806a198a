import { describe, expect, it } from 'vitest';
import { seededRandom } from '../boef/seeded-random';
import { drawTargets, eligibility, type DrawCandidate } from './draw';

const household = (id: string, over: Partial<DrawCandidate> = {}): DrawCandidate => ({
	id,
	consent: true,
	awayDates: [],
	...over
});

/** A seeded uniform integer source standing in for crypto.randomInt. */
function seeded(seed: string) {
	const next = seededRandom(seed);
	return (n: number) => Math.floor(next() * n);
}

describe('drawTargets', () => {
	const homes = [
		household('h3'),
		household('h1'),
		household('h2', { consent: false }),
		household('h4', { awayDates: ['2026-12-05'] }),
		household('h5')
	];

	it('draws only consenting households that are home on the date, and records why others were left out', () => {
		const r = drawTargets(homes, '2026-12-05', 1, () => 0);
		expect(r).toEqual({
			ok: true,
			record: {
				date: '2026-12-05',
				eligible: ['h1', 'h3', 'h5'],
				excluded: [
					{ id: 'h2', reason: 'no-consent' },
					{ id: 'h4', reason: 'away' }
				],
				chosen: ['h1']
			}
		});
		// Away only on other days: eligible on this one.
		expect(eligibility(homes[3]!, '2026-12-06')).toBe('eligible');
	});

	it('does not depend on the order the candidates come in', () => {
		const a = drawTargets(homes, '2026-12-06', 2, seeded('x'));
		const b = drawTargets([...homes].reverse(), '2026-12-06', 2, seeded('x'));
		expect(a).toEqual(b);
	});

	it('draws several different homes', () => {
		const r = drawTargets(homes, '2026-12-06', 4, seeded('y'));
		expect(r.ok && new Set(r.record.chosen).size).toBe(4);
		expect(drawTargets(homes, '2026-12-06', 5, seeded('y'))).toEqual({
			ok: false,
			error: 'draw.error.badCount'
		});
	});

	it('refuses when nobody is eligible, and bad input', () => {
		expect(drawTargets([household('a', { consent: false })], '2026-12-05', 1, () => 0)).toEqual({
			ok: false,
			error: 'draw.error.noneEligible'
		});
		expect(drawTargets(homes, '5-12-2026', 1, () => 0)).toMatchObject({ ok: false });
		expect(drawTargets(homes, '2026-12-05', 0, () => 0)).toMatchObject({ ok: false });
	});

	it('is fair: every eligible home is drawn about equally often (chi-square, 10 homes, 20,000 draws)', () => {
		const ten = Array.from({ length: 10 }, (_, i) => household(`h${i}`));
		const counts = new Map<string, number>();
		const random = seeded('fair');
		const N = 20_000;
		for (let i = 0; i < N; i++) {
			const r = drawTargets(ten, '2026-12-05', 1, random);
			if (r.ok) counts.set(r.record.chosen[0]!, (counts.get(r.record.chosen[0]!) ?? 0) + 1);
		}
		const expected = N / 10;
		const chi2 = [...counts.values()].reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
		expect(counts.size).toBe(10);
		// 9 degrees of freedom: above 27.9 happens by chance less than 0.1 % of the time.
		expect(chi2).toBeLessThan(27.9);
	});

	it('an unfair source is caught by the same check (the test can fail)', () => {
		const ten = Array.from({ length: 10 }, (_, i) => household(`h${i}`));
		const biased = seededRandom('bias');
		const counts = new Map<string, number>();
		for (let i = 0; i < 20_000; i++) {
			const r = drawTargets(ten, '2026-12-05', 1, (n) => Math.min(n - 1, Math.floor(biased() ** 1.3 * n)));
			if (r.ok) counts.set(r.record.chosen[0]!, (counts.get(r.record.chosen[0]!) ?? 0) + 1);
		}
		const chi2 = [...counts.values()].reduce((s, c) => s + (c - 2000) ** 2 / 2000, 0);
		// Every home is still drawn (the source is skewed, not broken), yet the check sees it.
		expect(counts.size).toBe(10);
		expect(chi2).toBeGreaterThan(27.9);
	});
});
