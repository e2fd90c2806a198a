import { describe, expect, it } from 'vitest';
import type { PlayerClue, PlayerReport } from '$lib/domain/boef/game-views';
import { freshClues, newlyAnswered } from './news';

const clue = (id: string, publishedAtMs: number): PlayerClue => ({
	id,
	round: 1,
	boefName: 'Boef 1',
	text: '',
	signalement: {},
	circle: null,
	publishedAtMs
});

const report = (id: string, feedback: PlayerReport['feedback']): PlayerReport => ({
	id,
	nickname: 'Anouk',
	mine: true,
	place: { lat: 51.44, lng: 5.47 },
	atMs: 0,
	channel: '112',
	behaviour: '',
	signalement: {},
	feedback,
	feedbackAtMs: feedback ? 1 : null
});

describe('news for the phone', () => {
	it('announces no clue on the first state, then only the ones not seen, oldest first', () => {
		const clues = [clue('b', 20), clue('a', 10), clue('c', 30)];
		expect(freshClues(null, clues)).toEqual([]);
		expect(freshClues(['a'], clues).map((c) => c.id)).toEqual(['b', 'c']);
		expect(freshClues(['a', 'b', 'c'], clues)).toEqual([]);
	});

	it('finds a reply that is new or changed, not one already shown', () => {
		const before = [report('r1', 'good-report'), report('r2', null)];
		expect(newlyAnswered(before, before)).toBeNull();
		expect(newlyAnswered(before, [report('r1', 'good-report'), report('r2', 'was-boef')])?.id).toBe('r2');
		expect(newlyAnswered(before, [report('r1', 'call-112'), report('r2', null)])?.feedback).toBe('call-112');
		// A teammate's report that arrives already answered (e.g. after a reconnect) is news too.
		expect(newlyAnswered(before, [...before, report('r3', 'not-boef-good')])?.id).toBe('r3');
	});
});
