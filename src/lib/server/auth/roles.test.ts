import { describe, expect, it } from 'vitest';
import { can, isRole, ROLES } from './roles';

describe('roles', () => {
	it('lets only beheerders manage accounts', () => {
		expect(ROLES.filter((r) => can(r, 'accounts:manage'))).toEqual(['beheerder']);
	});
	it('lets presentators and beheerders host sessions, not organisators', () => {
		expect(can('presentator', 'sessions:host')).toBe(true);
		expect(can('beheerder', 'sessions:host')).toBe(true);
		expect(can('organisator', 'sessions:host')).toBe(false);
	});
	it('lets organisators and beheerders review outcomes, not presentators', () => {
		expect(ROLES.filter((r) => can(r, 'outcomes:review'))).toEqual(['beheerder', 'organisator']);
	});
	it('lets presentators and beheerders edit workshops, not organisators', () => {
		expect(ROLES.filter((r) => can(r, 'workshops:edit'))).toEqual(['beheerder', 'presentator']);
	});
	it('recognises roles', () => {
		expect(isRole('presentator')).toBe(true);
		expect(isRole('admin')).toBe(false);
		expect(isRole(undefined)).toBe(false);
	});
});
