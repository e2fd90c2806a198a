import { describe, expect, it } from 'vitest';
import { signalementSchema } from '$lib/domain/boef/schemas';
import {
	blankToUndefined,
	clothingIndex,
	setClothing,
	setHair,
	setPerson,
	setRangeEnd,
	setVehicle,
	toNumber
} from './edit';

describe('signalement form edits', () => {
	it('create nested objects only when something is filled in, and drop them when cleared', () => {
		const a = setPerson({}, 'sex', 'man');
		expect(a).toEqual({ person: { sex: 'man' } });
		expect(setPerson(a, 'sex', undefined)).toEqual({});
		const b = setHair({}, 'colour', 'blond');
		expect(b).toEqual({ person: { hair: { colour: 'blond' } } });
		expect(setHair(b, 'colour', undefined)).toEqual({});
		expect(setVehicle(setVehicle({}, 'plate', '12-ab'), 'plate', '')).toEqual({});
	});

	it('never change the object they were given', () => {
		const before = { person: { sex: 'vrouw' as const } };
		setPerson(before, 'build', 'fors');
		expect(before).toEqual({ person: { sex: 'vrouw' } });
	});

	it('edit one end of a range and keep the other', () => {
		let s = setRangeEnd({}, 'ageYears', 'min', 20);
		s = setRangeEnd(s, 'ageYears', 'max', 30);
		expect(s.person?.ageYears).toEqual({ min: 20, max: 30 });
		s = setRangeEnd(s, 'ageYears', 'min', undefined);
		expect(s.person?.ageYears).toEqual({ max: 30 });
		expect(setRangeEnd(s, 'ageYears', 'max', undefined)).toEqual({});
	});

	it('keep clothing in order from top to bottom and remove items that say nothing', () => {
		let s = setClothing({}, 'schoenen', { colours: ['wit'] });
		s = setClothing(s, 'hoofd', { description: 'pet' });
		s = setClothing(s, 'jas', { colours: ['zwart', 'rood'] });
		expect(s.person?.clothing?.map((c) => c.part)).toEqual(['hoofd', 'jas', 'schoenen']);
		s = setClothing(s, 'jas', { description: 'leren jack' });
		expect(s.person?.clothing?.[1]).toEqual({
			part: 'jas',
			colours: ['zwart', 'rood'],
			description: 'leren jack'
		});
		expect(clothingIndex(s, 'schoenen')).toBe(2);
		s = setClothing(s, 'schoenen', { colours: [] });
		expect(clothingIndex(s, 'schoenen')).toBe(-1);
		s = setClothing(s, 'hoofd', { description: '' });
		s = setClothing(s, 'jas', { colours: [], description: '' });
		expect(s).toEqual({});
	});

	it('produce input the schema accepts', () => {
		let s = setPerson({}, 'glasses', false);
		s = setRangeEnd(s, 'heightCm', 'min', 180);
		s = setClothing(s, 'onder', { colours: ['blauw'], description: 'spijkerbroek' });
		s = setVehicle(s, 'plate', '12-ab-cd');
		expect(signalementSchema.safeParse(s).success).toBe(true);
	});

	it('read blank text and bad numbers as not filled in', () => {
		expect(blankToUndefined('  ')).toBeUndefined();
		expect(blankToUndefined(' a ')).toBe(' a ');
		expect(toNumber(null)).toBeUndefined();
		expect(toNumber(Number.NaN)).toBeUndefined();
		expect(toNumber(0)).toBe(0);
	});
});
