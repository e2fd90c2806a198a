import { describe, expect, it } from 'vitest';
import { preventionSummary, weakSpots } from './prevention';

describe('prevention checklist', () => {
	it('lists the weak spots in checklist order and counts for the anonymous outcome', () => {
		const list = {
			'quality-locks': 'weak',
			'windows-closed': 'weak',
			lights: 'ok',
			'no-keys-in-sight': 'ok'
		} as const;
		expect(weakSpots(list)).toEqual(['windows-closed', 'quality-locks']);
		expect(preventionSummary(list)).toEqual({ ok: 2, weak: 2, 'not-checked': 3 });
		expect(weakSpots({})).toEqual([]);
	});
});
