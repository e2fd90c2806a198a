import { describe, expect, it } from 'vitest';
import { buildClue } from '$lib/domain/boef/game';
import { clueCircle } from '$lib/domain/boef/clues';
import { destination, distanceM } from '$lib/domain/boef/geo';
import { seededRandom } from '$lib/domain/boef/seeded-random';
import { shuffleOrderOptions, type Workshop } from '$lib/domain/workshop';
import { drawsFor } from './keyed-random';
import type { GamePlan } from '$lib/domain/boef/game';

/**
 * What a phone could compute from everything it receives (ids, the circle, the shown order)
 * when draws are keyed with the session's secret: no better than the circle itself allows.
 */

const BOEF = { lat: 52.09, lng: 5.1 };
const RADIUS = 1000;

/** The attack that worked while circles were seeded with `${gameId}:${boefId}:${clueId}`. */
function undoPublicDraw(center: { lat: number; lng: number }, seed: string) {
	const next = seededRandom(seed);
	const f = Math.sqrt(0.04 + (0.36 - 0.04) * next());
	const bearing = next() * 360;
	return destination(center, (bearing + 180) % 360, f * RADIUS);
}

const plan = {
	boeven: [{ id: 'b1', signalement: {} }],
	rounds: [{ radiusM: RADIUS }]
} as unknown as GamePlan;
const spec = { id: 'c1', boefId: 'b1', text: 'Ergens hier', fields: [], circle: true, radiusM: RADIUS };

describe('hidden draws', () => {
	it('the old public seed gave the boef away to the centimetre (why this matters)', () => {
		const circle = clueCircle(BOEF, RADIUS, seededRandom('g:b1:c1'));
		expect(distanceM(undoPublicDraw(circle.center, 'g:b1:c1'), BOEF)).toBeLessThan(0.05);
	});

	it('with a secret per game, undoing the draw misses the boef as much as guessing in the ring', () => {
		const errors: number[] = [];
		for (let i = 0; i < 300; i++) {
			const gameId = `game-${i}`;
			const clue = buildClue(drawsFor(`secret-${i}`, gameId), plan, spec, 1, BOEF, 0, 'plan');
			expect(distanceM(clue.circle!.center, BOEF)).toBeLessThan(RADIUS);
			errors.push(distanceM(undoPublicDraw(clue.circle!.center, `${gameId}:b1:c1`), BOEF));
		}
		const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
		// Two independent points in the ring 0.2–0.6 r lie on average about 0.55 r apart.
		expect(mean).toBeGreaterThan(0.4 * RADIUS);
		expect(errors.filter((e) => e < 0.05 * RADIUS).length).toBeLessThan(6);
	});

	it('the shown order of an ordering question depends on the secret, not on the ids', () => {
		const steps = ['s', 'a1', 'a2', 'r', 'x', 'y'];
		const workshop: Workshop = {
			title: 't',
			description: '',
			slides: [
				{
					id: 'saar',
					kind: 'question',
					type: 'order',
					prompt: 'Volgorde',
					options: steps.map((id) => ({ id, text: id })),
					correct: steps,
					timeLimitSec: 30,
					points: true,
					explanation: ''
				}
			]
		};
		const shown = (secret: string) => {
			const slide = shuffleOrderOptions(workshop, drawsFor(secret, 'session-1')).slides[0]!;
			return slide.kind === 'question' ? slide.options.map((o) => o.id).join(',') : '';
		};
		expect(shown('k1')).toBe(shown('k1'));
		const orders = new Set(Array.from({ length: 40 }, (_, i) => shown(`k${i}`)));
		expect(orders.size).toBeGreaterThan(30);
		for (const order of orders) expect(order).not.toBe(steps.join(','));
	});
});
