import { describe, expect, it } from 'vitest';
import { filledFields, type Signalement } from './signalement';
import { pickFields } from './signalement-pick';

const truth: Signalement = {
	person: {
		sex: 'man',
		ageYears: { min: 25, max: 35 },
		heightCm: { min: 180, max: 190 },
		hair: { colour: 'bruin', length: 'kort' },
		clothing: [
			{ part: 'jas', colours: ['rood'], description: 'regenjas' },
			{ part: 'schoenen', colours: ['wit'] }
		],
		carrying: 'zwarte rugzak'
	},
	vehicle: { kind: 'fiets', colour: 'zwart', plate: '12ABCD' }
};

describe('pickFields', () => {
	it('reveals only the chosen fields', () => {
		const part = pickFields(truth, ['person.sex', 'person.clothing.jas', 'vehicle.kind']);
		expect(part).toEqual({
			person: { sex: 'man', clothing: [{ part: 'jas', colours: ['rood'], description: 'regenjas' }] },
			vehicle: { kind: 'fiets' }
		});
	});

	it('leaves out empty sections and never invents fields', () => {
		expect(pickFields(truth, [])).toEqual({});
		expect(pickFields({}, ['person.sex', 'vehicle.plate'])).toEqual({});
		expect(pickFields(truth, ['person.hair.colour'])).toEqual({ person: { hair: { colour: 'bruin' } } });
	});

	it('picking every filled field gives back the same filled fields', () => {
		const all = filledFields(truth);
		expect(filledFields(pickFields(truth, all))).toEqual(all);
	});

	it('does not share arrays with the truth', () => {
		const part = pickFields(truth, ['person.clothing.jas']);
		part.person!.clothing![0]!.colours!.push('blauw');
		expect(truth.person!.clothing![0]!.colours).toEqual(['rood']);
	});
});
