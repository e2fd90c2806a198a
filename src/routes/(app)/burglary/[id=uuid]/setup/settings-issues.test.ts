import { describe, expect, it } from 'vitest';
import { issuesAt, mergeFormFields, placeIssues } from './settings-issues';

const posted = {
	periodStart: '2025-05-02',
	periodEnd: '2025-05-22',
	targetCount: 1,
	stopWindowMinutes: 15,
	retentionDays: 30,
	boeven: [
		{ id: 'b1', name: 'Bram', movement: { kind: 'gps' } },
		{ id: 'b3', name: '', movement: { kind: 'route', route: { waypoints: [] } } }
	],
	area: [],
	workshopSessionId: null
};

describe('placeIssues', () => {
	it('puts a boef problem beside that boef, by id, not by position', () => {
		const placed = placeIssues(
			[
				{ path: 'boeven.1.name', messageKey: 'burglary.error.boefName' },
				{ path: 'boeven.1.movement.route.waypoints', messageKey: 'error.invalidInput' }
			],
			posted
		);
		expect(placed).toEqual([
			{ slot: 'boef:b3:name', key: 'burglary.error.boefName' },
			{ slot: 'boef:b3:movement', key: 'burglaryAdmin.error.route' }
		]);
	});

	it('says what to fix instead of "invalid input", and keeps the server\'s own words', () => {
		const placed = placeIssues(
			[
				{ path: 'targetCount', messageKey: 'error.invalidInput' },
				{ path: 'periodEnd', messageKey: 'burglary.error.periodOrder' },
				{ path: 'title', messageKey: 'error.tooLong' },
				{ path: 'area', messageKey: 'burglary.error.area' },
				{ path: 'boeven', messageKey: 'burglary.error.boefInUse' }
			],
			posted
		);
		expect(placed).toEqual([
			{ slot: 'targetCount', key: 'burglary.error.targetCount' },
			{ slot: 'periodEnd', key: 'burglary.error.periodOrder' },
			{ slot: 'title', key: 'error.tooLong', params: { max: 120 } },
			{ slot: 'area', key: 'burglary.error.area' },
			{ slot: 'boeven', key: 'burglary.error.boefInUse' }
		]);
	});

	it('never lets an unknown key or path through', () => {
		const placed = placeIssues(
			[
				{ path: 'boeven.7.name', messageKey: 'not a key' },
				{ path: 'somethingElse', messageKey: 'error.invalidInput' }
			],
			posted
		);
		expect(placed).toEqual([
			{ slot: 'boeven', key: 'error.invalidInput' },
			{ slot: 'form', key: 'error.invalidInput' }
		]);
	});

	it('shows one message per field', () => {
		const placed = placeIssues(
			[
				{ path: 'periodEnd', messageKey: 'burglary.error.periodOrder' },
				{ path: 'periodEnd', messageKey: 'burglary.error.date' }
			],
			posted
		);
		expect(issuesAt(placed, 'periodEnd')).toEqual([{ slot: 'periodEnd', key: 'burglary.error.periodOrder' }]);
		expect(issuesAt(placed, 'periodStart')).toEqual([]);
	});
});

describe('mergeFormFields (a form posted without JavaScript)', () => {
	it('takes dates, numbers, the workshop and boef names from the plain inputs', () => {
		const merged = mergeFormFields(posted, {
			periodEnd: '2025-06-01',
			targetCount: '2',
			stopWindowMinutes: '',
			workshopSessionId: '',
			'boef-b3-name': 'Bert'
		}) as typeof posted;
		expect(merged.periodEnd).toBe('2025-06-01');
		expect(merged.periodStart).toBe('2025-05-02');
		expect(merged.targetCount).toBe(2);
		expect(merged.stopWindowMinutes).toBeNull();
		expect(merged.retentionDays).toBe(30);
		expect(merged.workshopSessionId).toBeNull();
		expect(merged.boeven.map((b) => b.name)).toEqual(['Bram', 'Bert']);
		expect(posted.boeven[1]!.name).toBe('');
	});

	it('leaves anything that is not an object to the server to refuse', () => {
		expect(mergeFormFields(null, { targetCount: '2' })).toBeNull();
		expect(mergeFormFields([1], {})).toEqual([1]);
	});
});
