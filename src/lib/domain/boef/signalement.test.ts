import { describe, expect, it } from 'vitest';
import { signalementSchema } from './schemas';
import {
	filledFields,
	formatPlate,
	isEmptySignalement,
	normalisePlate,
	signalementTexts,
	type Signalement
} from './signalement';

/** The boef of the evening, as the spelleider enters him. */
const boef: Signalement = signalementSchema.parse({
	person: {
		sex: 'man',
		ageYears: { min: 25, max: 35 },
		heightCm: { min: 180, max: 190 },
		build: 'slank',
		hair: { colour: 'bruin', length: 'kort' },
		glasses: false,
		beard: true,
		clothing: [
			{ part: 'hoofd', colours: ['rood'], description: 'pet' },
			{ part: 'jas', colours: ['groen'], description: 'parka met capuchon' },
			{ part: 'onder', colours: ['blauw'], description: 'spijkerbroek' },
			{ part: 'schoenen', colours: ['wit'], description: 'sneakers' }
		],
		particulars: 'tatoeage van een anker op de linkerhand',
		carrying: 'zwarte rugzak'
	},
	vehicle: { kind: 'scooter', colour: 'zwart', make: 'Piaggio', plate: 'd-123-bb' }
});

describe('normalisePlate and formatPlate', () => {
	it('strips dashes, spaces and dots and uppercases', () => {
		expect(normalisePlate('12-ab-cd')).toBe('12ABCD');
		expect(normalisePlate(' 12 AB CD ')).toBe('12ABCD');
		expect(normalisePlate('x.999.ab')).toBe('X999AB');
		expect(normalisePlate('---')).toBe('');
	});
	it('puts the dashes of the Dutch sidecodes back', () => {
		expect(formatPlate('xx9999')).toBe('XX-99-99'); // sidecode 1
		expect(formatPlate('9999XX')).toBe('99-99-XX'); // 2
		expect(formatPlate('99XX99')).toBe('99-XX-99'); // 3
		expect(formatPlate('XX99XX')).toBe('XX-99-XX'); // 4
		expect(formatPlate('XXXX99')).toBe('XX-XX-99'); // 5
		expect(formatPlate('99XXXX')).toBe('99-XX-XX'); // 6
		expect(formatPlate('99XXX9')).toBe('99-XXX-9'); // 7
		expect(formatPlate('9XXX99')).toBe('9-XXX-99'); // 8
		expect(formatPlate('XX999X')).toBe('XX-999-X'); // 9
		expect(formatPlate('X999XX')).toBe('X-999-XX'); // 10
		expect(formatPlate('XXX99X')).toBe('XXX-99-X'); // 11
		expect(formatPlate('X99XXX')).toBe('X-99-XXX'); // 12
		expect(formatPlate('9XX999')).toBe('9-XX-999'); // 13
		expect(formatPlate('999XX9')).toBe('999-XX-9'); // 14
	});
	it('leaves foreign and partial plates undashed', () => {
		expect(formatPlate('b-ab 1234')).toBe('BAB1234');
		expect(formatPlate('12-a')).toBe('12A');
		expect(formatPlate('ABCDEF')).toBe('ABCDEF');
	});
});

describe('signalementSchema', () => {
	it('parses a full description and normalises the plate', () => {
		expect(boef.vehicle?.plate).toBe('D123BB');
		expect(boef.person?.clothing).toHaveLength(4);
	});
	it('accepts an empty report: witnesses see only part', () => {
		expect(signalementSchema.parse({})).toEqual({});
		expect(signalementSchema.parse({ person: {}, vehicle: {} })).toEqual({ person: {}, vehicle: {} });
	});
	it('turns empty and blank text into "not filled in"', () => {
		const s = signalementSchema.parse({
			person: { particulars: '   ', carrying: '' },
			vehicle: { plate: ' - ' }
		});
		expect(s.person?.particulars).toBeUndefined();
		expect(s.person?.carrying).toBeUndefined();
		expect(s.vehicle?.plate).toBeUndefined();
	});
	it('bounds text lengths', () => {
		expect(signalementSchema.safeParse({ person: { particulars: 'x'.repeat(301) } }).success).toBe(false);
		expect(signalementSchema.safeParse({ vehicle: { make: 'x'.repeat(41) } }).success).toBe(false);
		expect(signalementSchema.safeParse({ vehicle: { plate: 'A'.repeat(11) } }).success).toBe(false);
		expect(signalementSchema.safeParse({ vehicle: { plate: 'x'.repeat(21) } }).success).toBe(false);
	});
	it('rejects reversed or impossible ranges and unknown enum values', () => {
		expect(signalementSchema.safeParse({ person: { ageYears: { min: 40, max: 30 } } }).success).toBe(false);
		expect(signalementSchema.safeParse({ person: { ageYears: { min: 30 } } }).success).toBe(true);
		expect(signalementSchema.safeParse({ person: { heightCm: { min: 20 } } }).success).toBe(false);
		expect(signalementSchema.safeParse({ person: { ageYears: { min: 2.5 } } }).success).toBe(false);
		expect(signalementSchema.safeParse({ person: { build: 'dik' } }).success).toBe(false);
		expect(signalementSchema.safeParse({ person: { clothing: [{ part: 'sokken' }] } }).success).toBe(false);
		expect(
			signalementSchema.safeParse({
				person: { clothing: [{ part: 'jas', colours: ['rood', 'wit', 'blauw', 'zwart'] }] }
			}).success
		).toBe(false);
	});
	it('has no skin-colour field and strips one if sent', () => {
		const s = signalementSchema.parse({ person: { sex: 'man', skinColour: 'donker', huidskleur: 'getint' } });
		expect(s.person).toEqual({ sex: 'man' });
	});
});

describe('filledFields and isEmptySignalement', () => {
	it('lists what the boef description fills', () => {
		expect(filledFields(boef)).toEqual([
			'person.sex',
			'person.age',
			'person.height',
			'person.build',
			'person.hair.colour',
			'person.hair.length',
			'person.glasses',
			'person.beard',
			'person.clothing.hoofd',
			'person.clothing.jas',
			'person.clothing.onder',
			'person.clothing.schoenen',
			'person.particulars',
			'person.carrying',
			'vehicle.kind',
			'vehicle.colour',
			'vehicle.make',
			'vehicle.plate'
		]);
	});
	it('does not count "onbekend", open ranges or empty clothing items', () => {
		const s = signalementSchema.parse({
			person: { sex: 'onbekend', build: 'onbekend', ageYears: {}, clothing: [{ part: 'jas', colours: [] }] }
		});
		expect(filledFields(s)).toEqual([]);
		expect(isEmptySignalement(s)).toBe(true);
		expect(isEmptySignalement(undefined)).toBe(true);
		expect(isEmptySignalement({})).toBe(true);
		expect(isEmptySignalement(boef)).toBe(false);
	});
});

describe('signalementTexts', () => {
	it('collects the free texts', () => {
		expect(signalementTexts(boef)).toEqual([
			'pet',
			'parka met capuchon',
			'spijkerbroek',
			'sneakers',
			'tatoeage van een anker op de linkerhand',
			'zwarte rugzak',
			'Piaggio'
		]);
		expect(signalementTexts(undefined)).toEqual([]);
	});
});
