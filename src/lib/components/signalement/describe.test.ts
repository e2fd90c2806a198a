import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n';
import { signalementSchema } from '$lib/domain/boef/schemas';
import { CLOTHING_PARTS, type SignalementField } from '$lib/domain/boef/signalement';
import { describeCompact, describeSignalement, joinAnd } from './describe';
import { FIELD_GROUPS, FIELD_LABEL_KEYS, SIGNALEMENT_FIELDS } from './fields';

const nl = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

const boef = signalementSchema.parse({
	person: {
		sex: 'man',
		ageYears: { min: 25, max: 35 },
		heightCm: { min: 180, max: 180 },
		build: 'slank',
		hair: { colour: 'bruin', length: 'kort', style: 'krullen' },
		glasses: false,
		beard: true,
		clothing: [
			{ part: 'hoofd', colours: ['rood'], description: 'pet' },
			{ part: 'jas', colours: ['groen', 'zwart', 'wit'], description: 'parka met capuchon' },
			{ part: 'onder', colours: ['blauw'], description: 'spijkerbroek' },
			{ part: 'schoenen', colours: ['wit'] }
		],
		particulars: 'tatoeage van een anker op de linkerhand',
		carrying: 'zwarte rugzak',
		direction: 'richting station.'
	},
	vehicle: {
		kind: 'scooter',
		colour: 'zwart',
		make: 'Piaggio',
		model: 'Zip',
		plate: 'd-123-bb',
		direction: 'Dorpsstraat in'
	}
});

describe('describeSignalement', () => {
	it('describes the person from top to bottom, then the vehicle', () => {
		const lines = describeSignalement(boef, undefined, nl);
		expect(lines.map((l) => [l.label, l.text])).toEqual([
			['Geslacht', 'man'],
			['Leeftijd', '25 tot 35 jaar'],
			['Lengte', 'ongeveer 180 cm'],
			['Postuur', 'slank'],
			['Haar', 'kort, bruin, krullen'],
			['Gezicht', 'geen bril, baard'],
			['Hoofd', 'rood, pet'],
			['Jas', 'groen, zwart en wit, parka met capuchon'],
			['Broek of rok', 'blauw, spijkerbroek'],
			['Schoenen', 'wit'],
			['Opvallende kenmerken', 'tatoeage van een anker op de linkerhand'],
			['Draagt bij zich', 'zwarte rugzak'],
			['Looprichting', 'richting station.'],
			['Voertuig', 'zwart, Piaggio Zip, scooter'],
			['Kenteken', 'D-123-BB'],
			['Rijrichting', 'Dorpsstraat in']
		]);
		expect(lines.find((l) => l.field === 'person.hair')?.fields).toEqual([
			'person.hair.length',
			'person.hair.colour',
			'person.hair.style'
		]);
	});

	it('speaks English too', () => {
		const text = describeSignalement(boef, undefined, en).map((l) => `${l.label}: ${l.text}`);
		expect(text).toContain('Age: 25 to 35 years');
		expect(text).toContain('Coat: green, black and white, parka met capuchon');
		expect(text).toContain('Vehicle: black, Piaggio Zip, scooter');
	});

	it('shows only the fields a clue reveals', () => {
		const lines = describeSignalement(
			boef,
			['person.clothing.jas', 'person.hair.colour', 'vehicle.model', 'person.face'],
			nl
		);
		expect(lines.map((l) => [l.field, l.text])).toEqual([
			['person.hair', 'bruin'],
			['person.clothing.jas', 'groen, zwart en wit, parka met capuchon'],
			['vehicle', 'Zip']
		]);
		expect(describeSignalement(boef, [], nl)).toEqual([]);
	});

	it('writes open ranges and leaves out what is unknown', () => {
		const s = signalementSchema.parse({
			person: { sex: 'onbekend', build: 'onbekend', ageYears: { min: 60 }, heightCm: { max: 160 } }
		});
		expect(describeSignalement(s, undefined, nl).map((l) => l.text)).toEqual([
			'60 jaar of ouder',
			'160 cm of korter'
		]);
		expect(describeSignalement(undefined, undefined, nl)).toEqual([]);
		expect(describeSignalement({}, undefined, nl)).toEqual([]);
	});

	it('joins several items of one part', () => {
		const s = signalementSchema.parse({
			person: {
				clothing: [
					{ part: 'accessoire', description: 'sjaal' },
					{ part: 'accessoire', colours: ['zwart'], description: 'handschoenen' }
				]
			}
		});
		expect(describeSignalement(s, undefined, nl)[0]?.text).toBe('sjaal; zwart, handschoenen');
	});

	it('makes one paragraph without doubled full stops', () => {
		const lines = describeSignalement(boef, ['person.sex', 'person.direction', 'vehicle.plate'], nl);
		expect(describeCompact(lines)).toBe('Geslacht: man. Looprichting: richting station. Kenteken: D-123-BB.');
	});

	it('joins lists with "en"', () => {
		expect(joinAnd([], nl)).toBe('');
		expect(joinAnd(['a'], nl)).toBe('a');
		expect(joinAnd(['a', 'b', 'c'], nl)).toBe('a, b en c');
	});
});

describe('field labels and groups', () => {
	it('label every field and put each in exactly one group', () => {
		const all: SignalementField[] = [...SIGNALEMENT_FIELDS];
		expect(new Set(all).size).toBe(all.length);
		expect(FIELD_GROUPS.flatMap((g) => g.fields)).toEqual(all);
		for (const f of all) expect(nl(FIELD_LABEL_KEYS[f])).not.toMatch(/^signalement\./);
		for (const part of CLOTHING_PARTS) expect(all).toContain(`person.clothing.${part}`);
	});
});
