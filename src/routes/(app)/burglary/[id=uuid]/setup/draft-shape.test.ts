import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/domain/burglary/campaign';
import { isShowableDraft } from './draft-shape';

const draft = defaultSettings('2026-12-03', 'Boef Bert');

describe('isShowableDraft', () => {
	it('takes what the form posts, also with values the server will refuse', () => {
		expect(isShowableDraft(draft)).toBe(true);
		expect(isShowableDraft({ ...draft, periodEnd: 'gisteren', targetCount: null, boeven: [] })).toBe(true);
	});
	it('refuses a shape the form cannot show', () => {
		for (const bad of [
			null,
			[],
			{},
			{ ...draft, boeven: 5 },
			{ ...draft, boeven: [null] },
			{ ...draft, area: 'x' },
			{ ...draft, area: [5] },
			{ ...draft, boeven: [{ id: 'b1', name: 'B', movement: { kind: 'route' } }] }
		])
			expect(isShowableDraft(bad), JSON.stringify(bad)).toBe(false);
	});
});
