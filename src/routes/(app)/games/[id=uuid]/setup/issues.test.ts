import { describe, expect, it } from 'vitest';
import { ids, viewPlanIssue } from './issues';

const plan = {
	boeven: [{ id: 'b1' }, { id: 'b2' }],
	clues: [{ id: 'r1-b1' }, { id: 't1' }]
};

describe('viewPlanIssue', () => {
	it('puts a boef problem beside his field, by his id', () => {
		const view = viewPlanIssue(plan, { path: 'boeven.1.codeWord', messageKey: 'game.error.codeWordShort' });
		expect(view).toMatchObject({
			key: 'game.error.codeWordShort',
			slot: 'boef:b2:codeWord',
			boefId: 'b2',
			label: 'gameSetup.boef.codeWord'
		});
		expect(view.targets[0]).toBe(ids.boefField('b2', 'codeWord'));
	});

	it('keeps the path inside a signalement for the signalement form', () => {
		const view = viewPlanIssue(plan, {
			path: 'boeven.0.signalement.person.ageYears.max',
			messageKey: 'boef.error.rangeReversed'
		});
		expect(view.slot).toBe('boef:b1:signalement');
		expect(view.signalementPath).toBe('person.ageYears.max');
		expect(view.targets[0]).toBe('boef-b1-sig-person-ageYears-max');
	});

	it('places route and speed problems', () => {
		expect(
			viewPlanIssue(plan, { path: 'boeven.0.movement.route.waypoints', messageKey: 'Too small' })
		).toMatchObject({ slot: 'boef:b1:route', key: 'gameSetup.error.route' });
		expect(
			viewPlanIssue(plan, { path: 'boeven.0.movement.route.speedMps', messageKey: 'error.invalidInput' })
		).toMatchObject({ slot: 'boef:b1:speed', key: 'gameSetup.error.speed' });
	});

	it('places clue, round and radius problems', () => {
		expect(
			viewPlanIssue(plan, { path: 'clues.1.offsetMs', messageKey: 'game.error.clueOutsideRound' })
		).toMatchObject({ slot: 'clue:t1:offset', clueId: 't1', key: 'game.error.clueOutsideRound' });
		expect(
			viewPlanIssue(plan, { path: 'schedule.roundsMs.2', messageKey: 'error.invalidInput' })
		).toMatchObject({ slot: 'round.2.length', key: 'gameSetup.error.roundLength' });
		expect(viewPlanIssue(plan, { path: 'radiiM.0', messageKey: 'error.invalidInput' })).toMatchObject({
			slot: 'round.0.radius',
			key: 'gameSetup.error.radius'
		});
	});

	it('gives "too long" its limit where the field has one', () => {
		expect(viewPlanIssue(plan, { path: 'title', messageKey: 'error.tooLong' })).toMatchObject({
			slot: 'title',
			key: 'error.tooLong',
			params: { max: 120 }
		});
	});

	it('never trusts an index it cannot find, nor an unknown message', () => {
		expect(viewPlanIssue(plan, { path: 'boeven.7.name', messageKey: 'x' })).toMatchObject({
			slot: 'boeven',
			key: 'gameSetup.error.boeven'
		});
		expect(viewPlanIssue(null, { path: '', messageKey: 'nonsense' })).toMatchObject({
			slot: 'plan',
			key: 'error.invalidInput'
		});
	});
});
