import { describe, expect, it } from 'vitest';
import { signalementSchema } from './schemas';
import {
	behaviourKeywords,
	compareSignalement,
	mentionsLooks,
	mentionsSkinOrOrigin,
	QUALITY_MAX_POINTS,
	reportQuality,
	timelinessPoints,
	words,
	type QualityContext,
	type QualityInput
} from './report-quality';
import { type Signalement, type SignalementInput } from './signalement';

const MIN = 60_000;
const SEEN = Date.UTC(2025, 9, 14, 18, 40);

const truth: Signalement = signalementSchema.parse({
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
			{ part: 'schoenen', colours: ['wit'], description: 'sneakers' },
			{ part: 'accessoire', colours: ['zwart'], description: 'rugzak' }
		],
		particulars: 'tatoeage van een anker op de linkerhand',
		carrying: 'zwarte rugzak'
	},
	vehicle: {
		kind: 'scooter',
		colour: 'zwart',
		make: 'Piaggio',
		model: 'Zip',
		plate: 'D-123-BB',
		lettering: 'Pizza Roma'
	}
});
const context: QualityContext = { truth, boefThereAtMs: SEEN };

function report(
	over: Partial<Omit<QualityInput, 'signalement'>> & { signalement?: SignalementInput } = {}
): QualityInput {
	return {
		behaviour: over.behaviour ?? '',
		signalement: signalementSchema.parse(over.signalement ?? {}),
		channel: over.channel ?? '112',
		atMs: over.atMs ?? SEEN + MIN
	};
}

describe('reportQuality: a good report', () => {
	const good = report({
		behaviour: "Man loopt langs de geparkeerde auto's, voelt aan de portieren en kijkt steeds om zich heen.",
		signalement: {
			person: {
				sex: 'man',
				ageYears: { min: 25, max: 35 },
				clothing: [
					{ part: 'hoofd', colours: ['rood'] },
					{ part: 'jas', colours: ['groen'], description: 'jas met capuchon' }
				]
			},
			vehicle: { plate: 'd-123-bb' }
		}
	});
	const q = reportQuality(good, context);

	it('scores every component with a breakdown the UI can show', () => {
		expect(q.signalement).toEqual({
			points: 29,
			max: 40,
			matched: [
				{ field: 'person.sex', points: 2 },
				{ field: 'person.age', points: 3 },
				{ field: 'person.clothing.hoofd', points: 4 },
				{ field: 'person.clothing.jas', points: 5 },
				{ field: 'vehicle.plate', points: 15 }
			],
			mismatched: []
		});
		expect(q.behaviour).toMatchObject({ points: 25, max: 25, described: true });
		expect(q.behaviour.keywords).toEqual(['loopt', 'voelt', 'kijkt', 'auto']);
		expect(q.channel).toEqual({ points: 15, max: 15, channel: '112', urgent: true });
		expect(q.timeliness).toEqual({ points: 20, max: 20, lagMs: MIN });
		expect(q.total).toBe(89);
		expect(q.max).toBe(QUALITY_MAX_POINTS);
		expect(QUALITY_MAX_POINTS).toBe(100);
		expect(q.appearanceOnly).toBe(false);
		expect(q.flags).toEqual([]);
	});
	it('caps the signalement at 40 points however much matches', () => {
		const all = reportQuality({ ...good, signalement: truth }, context);
		expect(all.signalement.points).toBe(40);
		expect(all.signalement.matched.reduce((s, m) => s + m.points, 0)).toBeGreaterThan(40);
		expect(all.total).toBe(100);
	});
});

describe('reportQuality: appearance only', () => {
	it('scores 0 and flags a report that describes skin colour only, even when hair and jacket match', () => {
		const q = reportQuality(
			report({
				behaviour: 'Donkere man met groene jas',
				signalement: {
					person: { hair: { colour: 'bruin' }, clothing: [{ part: 'jas', colours: ['groen'] }] }
				}
			}),
			context
		);
		expect(q.appearanceOnly).toBe(true);
		expect(q.total).toBe(0);
		expect(q.flags).toEqual(['appearance-only', 'skin-or-origin-mentioned']);
		// What matched is still listed, for the debrief: "it matched, and still it was no reason to call".
		expect(q.signalement.matched.map((m) => m.field)).toEqual(['person.hair.colour', 'person.clothing.jas']);
		expect(q.signalement.points).toBe(0);
		expect(q.channel.points).toBe(0);
		expect(q.timeliness.points).toBe(0);
	});
	it('flags a report about clothing style only, without skin colour', () => {
		const q = reportQuality(report({ behaviour: 'Jongen in trainingspak met capuchon op' }), context);
		expect(q.appearanceOnly).toBe(true);
		expect(q.flags).toEqual(['appearance-only']);
		expect(q.total).toBe(0);
	});
	it('flags a description of the person without any deed', () => {
		const q = reportQuality(
			report({
				signalement: {
					person: {
						sex: 'man',
						heightCm: { min: 180, max: 190 },
						carrying: 'rugzak',
						direction: 'richting station'
					}
				}
			}),
			context
		);
		expect(q.appearanceOnly).toBe(true);
		expect(q.total).toBe(0);
	});
	it('flags "ziet er verdacht uit" and origin words', () => {
		expect(reportQuality(report({ behaviour: 'Ziet er verdacht uit' }), context).appearanceOnly).toBe(true);
		const q = reportQuality(report({ behaviour: 'Twee Oost-Europese mannen hier in de straat' }), context);
		expect(q.appearanceOnly).toBe(true);
		expect(q.flags).toContain('skin-or-origin-mentioned');
	});
	it('finds skin colour words in the signalement free texts too', () => {
		const q = reportQuality(report({ signalement: { person: { particulars: 'getint' } } }), context);
		expect(q.flags).toEqual(['appearance-only', 'skin-or-origin-mentioned']);
	});
	it('keeps the points of a report with behaviour that also mentions skin colour, but flags it', () => {
		const q = reportQuality(report({ behaviour: 'Getinte man probeert de deurklinken van auto’s' }), context);
		expect(q.appearanceOnly).toBe(false);
		expect(q.flags).toEqual(['skin-or-origin-mentioned']);
		expect(q.behaviour.points).toBe(25);
		expect(q.total).toBe(25 + 15 + 20);
	});
});

describe('reportQuality: other cases', () => {
	it('gives nothing for an empty report', () => {
		const q = reportQuality(report({ behaviour: '   ' }), context);
		expect(q.total).toBe(0);
		expect(q.flags).toEqual(['empty']);
		expect(q.appearanceOnly).toBe(false);
		expect(q.signalement.matched).toEqual([]);
	});
	it('scores a vehicle without behaviour, flagged "no-behaviour"', () => {
		const q = reportQuality(
			report({ signalement: { vehicle: { kind: 'scooter', plate: 'D 123 BB' } }, channel: '0900-8844' }),
			context
		);
		expect(q.appearanceOnly).toBe(false);
		expect(q.flags).toEqual(['no-behaviour']);
		expect(q.signalement.points).toBe(18);
		expect(q.behaviour.points).toBe(0);
		expect(q.channel.points).toBe(5);
		expect(q.total).toBe(18 + 5 + 20);
	});
	it('flags a vague report without behaviour or looks as "no-behaviour"', () => {
		const q = reportQuality(report({ behaviour: 'Verdacht persoon gezien' }), context);
		expect(q.flags).toEqual(['no-behaviour']);
		expect(q.total).toBe(15 + 20);
	});
	it('needs enough words and a deed for behaviour', () => {
		expect(reportQuality(report({ behaviour: 'Loopt' }), context).behaviour.described).toBe(false);
		expect(
			reportQuality(report({ behaviour: 'Loopt' }), context, { minBehaviourWords: 1 }).behaviour.points
		).toBe(20);
		const noDeed = reportQuality(report({ behaviour: 'Iemand bij de auto van de buren' }), context);
		expect(noDeed.behaviour.described).toBe(false);
		expect(noDeed.behaviour.keywords).toEqual(['auto']);
		const oneDeed = reportQuality(report({ behaviour: 'Iemand wacht al een tijd' }), context);
		expect(oneDeed.behaviour).toMatchObject({ described: true, points: 20, keywords: ['wacht'], words: 5 });
	});
	it('scores the channel: 112 for now, 0900-8844 when not urgent', () => {
		const score = (channel: QualityInput['channel'], urgent?: boolean) =>
			reportQuality(report({ behaviour: 'Hij kijkt door de ramen', channel }), context, { urgent }).channel
				.points;
		expect([score('112'), score('0900-8844'), score('buurtapp')]).toEqual([15, 5, 0]);
		expect([score('112', false), score('0900-8844', false), score('buurtapp', false)]).toEqual([10, 15, 0]);
	});
	it('scores timeliness from the moment he was there', () => {
		const at = (lagMin: number | null) =>
			reportQuality(
				report({ behaviour: 'Hij kijkt door de ramen', atMs: SEEN + (lagMin ?? 0) * MIN }),
				lagMin === null ? { truth, boefThereAtMs: null } : context
			).timeliness;
		expect(at(1)).toEqual({ points: 20, max: 20, lagMs: MIN });
		expect(at(8.5).points).toBe(10);
		expect(at(15).points).toBe(0);
		expect(at(-2)).toEqual({ points: 20, max: 20, lagMs: 0 });
		expect(at(null)).toEqual({ points: 0, max: 20, lagMs: null });
		expect(
			reportQuality(report({ behaviour: 'Hij kijkt door de ramen', atMs: SEEN + 4 * MIN }), context, {
				fullTimelinessMs: 5 * MIN
			}).timeliness.points
		).toBe(20);
	});
});

describe('compareSignalement', () => {
	const compare = (input: SignalementInput) => compareSignalement(signalementSchema.parse(input), truth);

	it('lists wrong guesses as mismatched without taking points', () => {
		const r = compare({ person: { sex: 'vrouw', build: 'fors', glasses: false, beard: false } });
		expect(r.matched).toEqual([{ field: 'person.glasses', points: 2 }]);
		expect(r.mismatched).toEqual(['person.sex', 'person.build', 'person.beard']);
	});
	it('matches age and height estimates with some tolerance, but not vague ranges', () => {
		expect(compare({ person: { ageYears: { min: 38 } } }).matched).toHaveLength(1);
		expect(compare({ person: { ageYears: { max: 21 } } }).matched).toHaveLength(1);
		expect(compare({ person: { ageYears: { min: 41 } } }).mismatched).toEqual(['person.age']);
		expect(compare({ person: { ageYears: { min: 15, max: 60 } } }).mismatched).toEqual(['person.age']);
		expect(compare({ person: { heightCm: { min: 170, max: 178 } } }).matched).toHaveLength(1);
		expect(compare({ person: { heightCm: { min: 160, max: 170 } } }).mismatched).toEqual(['person.height']);
	});
	it('matches clothing per part by colour or by a significant word', () => {
		const r = compare({
			person: {
				clothing: [
					{ part: 'jas', description: 'parka' },
					{ part: 'onder', colours: ['zwart'] },
					{ part: 'schoenen', colours: ['grijs', 'wit'] },
					{ part: 'boven', colours: ['groen'] }
				]
			}
		});
		expect(r.matched.map((m) => m.field)).toEqual(['person.clothing.jas', 'person.clothing.schoenen']);
		// The truth says nothing about his top, so "boven" is not judged at all.
		expect(r.mismatched).toEqual(['person.clothing.onder']);
	});
	it('matches a plate exactly after normalising, and part of it for fewer points', () => {
		expect(compareSignalement({ vehicle: { plate: 'd-123-bb' } }, truth).matched).toEqual([
			{ field: 'vehicle.plate', points: 15 }
		]);
		expect(compare({ vehicle: { plate: '123 b' } }).matched).toEqual([
			{ field: 'vehicle.plate', points: 6, partial: true }
		]);
		expect(compare({ vehicle: { plate: '12' } }).mismatched).toEqual(['vehicle.plate']);
		expect(compare({ vehicle: { plate: 'XX-99-99' } }).mismatched).toEqual(['vehicle.plate']);
	});
	it('matches make, model, colour, kind and lettering leniently', () => {
		const r = compare({
			vehicle: { kind: 'scooter', colour: 'zwart', make: 'piaggio', model: 'Zip 50', lettering: 'roma pizza' }
		});
		expect(r.matched.map((m) => m.field)).toEqual([
			'vehicle.kind',
			'vehicle.colour',
			'vehicle.make',
			'vehicle.model',
			'vehicle.lettering'
		]);
		expect(compare({ vehicle: { make: 'Vespa' } }).mismatched).toEqual(['vehicle.make']);
	});
	it('matches particulars and what he carries by shared words', () => {
		const r = compare({ person: { particulars: 'Tatoeage op zijn hand', carrying: 'een rugzak' } });
		expect(r.matched.map((m) => m.field)).toEqual(['person.particulars', 'person.carrying']);
		expect(compare({ person: { particulars: 'litteken van een mes' } }).mismatched).toEqual([
			'person.particulars'
		]);
	});
	it('judges nothing against an empty truth, and nothing for an empty report', () => {
		expect(compareSignalement(truth, {})).toEqual({ matched: [], mismatched: [] });
		expect(compareSignalement({}, truth)).toEqual({ matched: [], mismatched: [] });
	});
});

describe('word checks', () => {
	it('normalises words', () => {
		expect(words('Hij liep naar de achterdeur, geïnteresseerd in auto’s!')).toEqual([
			'hij',
			'liep',
			'naar',
			'de',
			'achterdeur',
			'geinteresseerd',
			'in',
			'auto',
			's'
		]);
	});
	it('finds deeds and objects, and no deed in "Renault"', () => {
		expect(behaviourKeywords('Ze proberen de achterdeur en rammelen aan het raam')).toEqual({
			actions: ['proberen', 'rammelen'],
			objects: ['achterdeur', 'raam']
		});
		expect(behaviourKeywords('Een Renault bij het hek')).toEqual({ actions: [], objects: ['hek'] });
		expect(behaviourKeywords('Hij rent weg, rent!')).toEqual({ actions: ['rent'], objects: [] });
	});
	it('tells skin colour from clothing colour and darkness', () => {
		expect(mentionsSkinOrOrigin('donkere man')).toBe(true);
		expect(mentionsSkinOrOrigin('een donkere jonge man')).toBe(true);
		expect(mentionsSkinOrOrigin('blanke vrouw')).toBe(true);
		expect(mentionsSkinOrOrigin('buitenlands type')).toBe(true);
		expect(mentionsSkinOrOrigin('Turkse jongens')).toBe(true);
		expect(mentionsSkinOrOrigin('man in zwarte jas')).toBe(false);
		expect(mentionsSkinOrOrigin('het was donker, iemand rammelt aan de deur')).toBe(false);
		expect(mentionsSkinOrOrigin('turkooise jas')).toBe(false);
		expect(mentionsSkinOrOrigin('donkere auto')).toBe(false);
		expect(mentionsSkinOrOrigin('')).toBe(false);
	});
	it('recognises looks', () => {
		expect(mentionsLooks('petje en trainingspak')).toBe(true);
		expect(mentionsLooks('zag er raar uit')).toBe(true);
		expect(mentionsLooks('kwam uit de steeg')).toBe(false);
		expect(mentionsLooks('donkere man')).toBe(true);
	});
});

describe('timelinessPoints', () => {
	it('is full, then falls linearly, then 0', () => {
		expect(timelinessPoints(0, 2 * MIN, 15 * MIN)).toBe(20);
		expect(timelinessPoints(2 * MIN, 2 * MIN, 15 * MIN)).toBe(20);
		expect(timelinessPoints(8.5 * MIN, 2 * MIN, 15 * MIN)).toBe(10);
		expect(timelinessPoints(20 * MIN, 2 * MIN, 15 * MIN)).toBe(0);
		expect(timelinessPoints(null, 2 * MIN, 15 * MIN)).toBe(0);
	});
});
