/**
 * The information quality of a report, for the prize "best information passed to the police"
 * and for the debrief. Out of 100 points:
 *
 * - signalement (max 40): fields that match the boef's true description; a licence plate is
 *   worth most because it identifies, a hair colour least because thousands share it;
 * - behaviour (max 25): what he *did*, in enough words to act on;
 * - channel (max 15): 112 for a suspicious situation happening now (the boef always is);
 * - timeliness (max 20): minutes between the boef being there and the report.
 *
 * The workshop's core lesson is "behaviour, not appearance": someone is suspicious because of
 * what they do in that place at that time, never because of how they look. A report without
 * behaviour whose only content is looks (skin colour or origin, clothing style, age) is exactly
 * the report the workshop wants to prevent: it scores 0 even if the hair and jacket happen to
 * match, and it is flagged for the debrief, where the group talks about why.
 */
import type { Channel } from './report';
import {
	CLOTHING_PARTS,
	filledFields,
	normalisePlate,
	signalementTexts,
	type ClothingItem,
	type ClothingPart,
	type PersonDescription,
	type Signalement,
	type SignalementField,
	type VehicleDescription
} from './signalement';

export const SIGNALEMENT_MAX_POINTS = 40;
export const BEHAVIOUR_MAX_POINTS = 25;
export const CHANNEL_MAX_POINTS = 15;
export const TIMELINESS_MAX_POINTS = 20;
export const QUALITY_MAX_POINTS =
	SIGNALEMENT_MAX_POINTS + BEHAVIOUR_MAX_POINTS + CHANNEL_MAX_POINTS + TIMELINESS_MAX_POINTS;

/**
 * Points per matching signalement field (summed, capped at {@link SIGNALEMENT_MAX_POINTS}).
 * What narrows down a person most is worth most: a plate identifies a vehicle outright, a
 * tattoo or the make of a scooter nearly so; sex and build only halve the crowd.
 */
export const FIELD_POINTS: Readonly<Partial<Record<SignalementField, number>>> = {
	'person.sex': 2,
	'person.age': 3,
	'person.height': 3,
	'person.build': 2,
	'person.hair.colour': 3,
	'person.hair.length': 2,
	'person.glasses': 2,
	'person.beard': 2,
	'person.clothing.hoofd': 4,
	'person.clothing.boven': 4,
	'person.clothing.jas': 5,
	'person.clothing.onder': 4,
	'person.clothing.schoenen': 4,
	'person.clothing.accessoire': 2,
	'person.particulars': 5,
	'person.carrying': 3,
	'vehicle.kind': 3,
	'vehicle.colour': 3,
	'vehicle.make': 4,
	'vehicle.model': 3,
	'vehicle.plate': 15,
	'vehicle.lettering': 4
};
/** Points for part of the plate (at least {@link PARTIAL_PLATE_MIN_CHARS} characters in the right order). */
export const PARTIAL_PLATE_POINTS = 6;
export const PARTIAL_PLATE_MIN_CHARS = 3;

/** Age estimates are rough: a guess within this many years of his real range still matches. */
export const AGE_TOLERANCE_YEARS = 5;
/** …and an age range wider than this says nothing ("between 15 and 60"). */
export const AGE_MAX_SPAN_YEARS = 20;
export const HEIGHT_TOLERANCE_CM = 5;
export const HEIGHT_MAX_SPAN_CM = 25;

/** Points per channel when the situation is happening now (the game's case). */
export const CHANNEL_POINTS_URGENT: Readonly<Record<Channel, number>> = {
	'112': 15,
	// The police are told, but a situation happening now waits in a queue.
	'0900-8844': 5,
	// The police do not read the neighbourhood app.
	buurtapp: 0
};
/** Points per channel when the situation is not urgent (for other exercises). */
export const CHANNEL_POINTS_NOT_URGENT: Readonly<Record<Channel, number>> = {
	'0900-8844': 15,
	// "Bij twijfel 112": calling 112 when in doubt is never wrong.
	'112': 10,
	buurtapp: 0
};

export interface QualityOptions {
	/** Fewest words for a behaviour description to count; default 3 ("probeert deurklinken hier"). */
	minBehaviourWords?: number;
	/** Full timeliness points up to this lag, ms; default 2 min. */
	fullTimelinessMs?: number;
	/** No timeliness points from this lag on, ms; default 15 min (falls linearly in between). */
	zeroTimelinessMs?: number;
	/** Whether the situation was happening now (112) or not (0900-8844); default true. */
	urgent?: boolean;
}

export interface QualityContext {
	/** The boef's true description. */
	truth: Signalement;
	/**
	 * When the boef was at (closest to) the report's place, epoch ms, from report-match's closest
	 * approach; null when the report matches no boef's whereabouts (no timeliness points).
	 */
	boefThereAtMs: number | null;
}

export type QualityFlag =
	/** Nothing filled in: no behaviour, no description. */
	| 'empty'
	/** No behaviour and only looks: scores 0, discuss in the debrief. */
	| 'appearance-only'
	/** Mentions skin colour or origin (also when behaviour is described): discuss in the debrief. */
	| 'skin-or-origin-mentioned'
	/** Some description but no behaviour (and not only looks, e.g. a vehicle). */
	| 'no-behaviour';

export interface MatchedField {
	field: SignalementField;
	points: number;
	/** Only part of the plate. */
	partial?: boolean;
}

export interface ReportQuality {
	/** 0 for an appearance-only report. */
	total: number;
	max: number;
	appearanceOnly: boolean;
	flags: QualityFlag[];
	signalement: {
		points: number;
		max: number;
		/** What matched the boef, with the points it would earn (also listed when the report scores 0). */
		matched: MatchedField[];
		/** Filled in by both but different: for the debrief, never a penalty (a wrong guess is still a report). */
		mismatched: SignalementField[];
	};
	behaviour: {
		points: number;
		max: number;
		described: boolean;
		/** Action and place words found (normalised), e.g. ['probeert', 'deurklinken']. */
		keywords: string[];
		words: number;
	};
	channel: { points: number; max: number; channel: Channel; urgent: boolean };
	timeliness: {
		points: number;
		max: number;
		/** Report time minus the time he was there, ms (negative clamped to 0), or null when unknown. */
		lagMs: number | null;
	};
}

/** What the quality score needs of a report (see report.ts BoefReport). */
export interface QualityInput {
	behaviour: string;
	signalement: Signalement;
	channel: Channel;
	atMs: number;
}

// ---------------------------------------------------------------- words

/** Lowercase words without accents ("geïnteresseerd" → "geinteresseerd"); hyphens split words. */
export function words(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w !== '');
}

/**
 * Verbs of suspicious (or at least notable) behaviour, as word starts, so "loopt", "lopen" and
 * "liep" all count. A behaviour description needs at least one: "donkere man bij de auto"
 * names a place but not a deed. Stems are at least four letters long, or exact words below, so
 * that "ren" does not match "Renault".
 */
const ACTION_STEMS = [
	'loop',
	'lope',
	'liep',
	'rondlo',
	'kijk',
	'keek',
	'bekijk',
	'bekeek',
	'gluur',
	'glur',
	'loer',
	'bespied',
	'check',
	'inspect',
	'voel',
	'probeer',
	'prober',
	'rammel',
	'wacht',
	'film',
	'fotograf',
	'sluip',
	'sloop',
	'klim',
	'klom',
	'forceer',
	'forcer',
	'breek',
	'brak',
	'inbre',
	'inbra',
	'verstop',
	'rijd',
	'reed',
	'rondrij',
	'stopt',
	'stopp',
	'parkeer',
	'parker',
	'aanbel',
	'belt',
	'belde',
	'schreeuw',
	'vlucht',
	'steel',
	'stele',
	'sjouw',
	'draag',
	'drage',
	'droeg',
	'rondhang',
	'hangt',
	'dwaal',
	'dwal',
	'struin',
	'snuffel',
	'zoek',
	'zocht',
	'noteer',
	'noter',
	'schrijf',
	'schreef',
	'tilt',
	'till',
	'gooi',
	'opent',
	'opende',
	'opene',
	'duwt',
	'duwde',
	'duwe',
	'trekt',
	'trekk',
	'trok',
	'fietst',
	'fietste',
	'zwaai',
	'verdwijn',
	'verdween',
	'keert',
	'draait',
	'stapt',
	'stapte',
	'pakt',
	'pakte',
	'pakk'
] as const;
const ACTION_WORDS = new Set([
	'ren',
	'rent',
	'rende',
	'renden',
	'rennen',
	'zit',
	'zat',
	'zitten',
	'staat',
	'stond',
	'staan',
	'stonden',
	'komt',
	'kwam',
	'kwamen',
	'komen',
	'gaat',
	'ging',
	'gingen',
	'gaan'
]);

/**
 * Places and objects a burglar or car thief works on, found anywhere in a word, so
 * "deurklink" and "achterdeur" count. They add detail to a behaviour but are no behaviour alone.
 */
const OBJECT_PARTS = [
	'deur',
	'raam',
	'ramen',
	'klink',
	'auto',
	'fiets',
	'scooter',
	'brommer',
	'tuin',
	'schuur',
	'poort',
	'hek',
	'garage',
	'balkon',
	'ladder',
	'kliko',
	'container',
	'regenpijp',
	'steiger',
	'busje',
	'woning',
	'huis',
	'huizen',
	'kenteken',
	'slot',
	'brievenbus'
] as const;

/** Words for skin colour or origin that mean nothing else (word starts, or exact below). */
const SKIN_ORIGIN_STEMS = [
	'getint',
	'allochto',
	'buitenland',
	'huidskleur',
	'kleurling',
	'neger',
	'marokka',
	'mocro',
	'surinam',
	'antill',
	'afrika',
	'arabier',
	'arabisch',
	'aziaat',
	'aziatisch',
	'oosteurop',
	'zigeuner',
	'blank',
	'nafri'
] as const;
const SKIN_ORIGIN_WORDS = new Set([
	'huid',
	'turk',
	'turken',
	'turks',
	'turkse',
	'roma',
	'europees',
	'europese'
]);
/**
 * Colour words that describe skin only when they describe a person ("donkere man", "zwarte
 * jongens") and clothing or light otherwise ("zwarte jas", "het was donker").
 */
const AMBIGUOUS_COLOURS = new Set([
	'donker',
	'donkere',
	'zwart',
	'zwarte',
	'bruin',
	'bruine',
	'wit',
	'witte',
	'licht',
	'lichte'
]);
const PERSON_WORDS = new Set([
	'man',
	'mannen',
	'vrouw',
	'vrouwen',
	'jongen',
	'jongens',
	'jongeman',
	'meisje',
	'meisjes',
	'kerel',
	'gast',
	'gasten',
	'knul',
	'persoon',
	'personen',
	'mens',
	'mensen',
	'type',
	'types',
	'figuur',
	'figuren',
	'heer',
	'dame',
	'jongere',
	'jongeren',
	'kind',
	'kinderen',
	'uiterlijk'
]);
/** Words about looks only: clothing style, build, age (the workshop's "appearance" besides skin). */
const LOOKS_WORDS = new Set([
	'capuchon',
	'hoodie',
	'trainingspak',
	'joggingbroek',
	'pet',
	'petje',
	'muts',
	'bivakmuts',
	'jas',
	'jasje',
	'jack',
	'bomberjack',
	'zonnebril',
	'bril',
	'tattoo',
	'tatoeage',
	'baard',
	'snor',
	'kaal',
	'haar',
	'kleding',
	'kleren',
	'gekleed',
	'uiterlijk',
	'sneakers',
	'schoenen',
	'broek',
	'trui',
	'vest',
	'shirt',
	'hoofddoek',
	'jurk',
	'ketting',
	'piercing',
	'lang',
	'lange',
	'klein',
	'kleine',
	'dik',
	'dikke',
	'jong',
	'jonge',
	'oud',
	'oude',
	'jongere',
	'jongeren',
	'tiener',
	'tieners',
	'eruit'
]);

/** Behaviour keywords in a text: action words, then object words, each once, in order of appearance. */
export function behaviourKeywords(text: string): { actions: string[]; objects: string[] } {
	const actions: string[] = [];
	const objects: string[] = [];
	for (const w of words(text)) {
		if ((ACTION_WORDS.has(w) || ACTION_STEMS.some((s) => w.startsWith(s))) && !actions.includes(w))
			actions.push(w);
		else if (OBJECT_PARTS.some((o) => (o.length >= 4 ? w.includes(o) : w === o)) && !objects.includes(w))
			objects.push(w);
	}
	return { actions, objects };
}

/** Whether a text speaks of skin colour or origin. */
export function mentionsSkinOrOrigin(text: string): boolean {
	const ws = words(text.replace(/oost-europ/gi, 'oosteurop'));
	return ws.some(
		(w, i) =>
			SKIN_ORIGIN_WORDS.has(w) ||
			SKIN_ORIGIN_STEMS.some((s) => w.startsWith(s)) ||
			// "donkere man", "donkere jonge man": a colour word before a person word (one word between).
			(AMBIGUOUS_COLOURS.has(w) && (PERSON_WORDS.has(ws[i + 1] ?? '') || PERSON_WORDS.has(ws[i + 2] ?? '')))
	);
}

/** Whether a text speaks of looks: clothing style, build, age, skin colour and origin, "ziet er … uit". */
export function mentionsLooks(text: string): boolean {
	const ws = words(text);
	const looksLike = (ws.includes('ziet') || ws.includes('zag') || ws.includes('zien')) && ws.includes('uit');
	return looksLike || ws.some((w) => LOOKS_WORDS.has(w)) || mentionsSkinOrOrigin(text);
}

// ---------------------------------------------------------------- field matching

type Range = { min?: number; max?: number } | undefined;

/**
 * Whether an estimated range fits the true one. A one-ended estimate ("about 30", stored as
 * min only) is a point; the truth is widened by a tolerance; an estimate wider than `maxSpan`
 * is too vague to count.
 */
function rangeMatches(reported: Range, truth: Range, tolerance: number, maxSpan: number): boolean {
	const r = asInterval(reported);
	const t = asInterval(truth);
	if (!r || !t) return false;
	if (r[1] - r[0] > maxSpan) return false;
	return r[0] <= t[1] + tolerance && r[1] >= t[0] - tolerance;
}

function asInterval(r: Range): [number, number] | null {
	if (!r || (r.min === undefined && r.max === undefined)) return null;
	const lo = r.min ?? r.max!;
	const hi = r.max ?? r.min!;
	return [lo, hi];
}

const STOP_WORDS = new Set([
	'met',
	'een',
	'van',
	'het',
	'die',
	'dat',
	'zijn',
	'haar',
	'naar',
	'voor',
	'over',
	'onder'
]);

/** Significant words (four letters or more, no stop words) two texts share. */
function sharedWords(a: string | undefined, b: string | undefined): boolean {
	if (!a || !b) return false;
	const bs = new Set(words(b).filter((w) => w.length >= 4 && !STOP_WORDS.has(w)));
	return words(a).some((w) => bs.has(w));
}

/** A lenient comparison of names (make, model): "VW Golf" vs "golf", "Piaggio" vs "piaggio". */
function namesMatch(a: string | undefined, b: string | undefined): boolean {
	if (!a || !b) return false;
	const x = normalisePlate(a);
	const y = normalisePlate(b);
	return (
		x !== '' &&
		y !== '' &&
		(x === y || (Math.min(x.length, y.length) >= 3 && (x.includes(y) || y.includes(x))))
	);
}

function itemsOf(p: PersonDescription | undefined, part: ClothingPart): ClothingItem[] {
	return (p?.clothing ?? []).filter((c) => c.part === part);
}

/** A reported clothing part matches when it shares a colour or a significant word with the truth. */
function clothingMatches(reported: ClothingItem[], truth: ClothingItem[]): boolean {
	return reported.some((r) =>
		truth.some(
			(t) =>
				(r.colours ?? []).some((c) => (t.colours ?? []).includes(c)) ||
				sharedWords(r.description, t.description)
		)
	);
}

/**
 * Compares every field the report fills with the truth. Fields the truth leaves empty cannot be
 * judged and count neither way.
 */
export function compareSignalement(
	report: Signalement,
	truth: Signalement
): { matched: MatchedField[]; mismatched: SignalementField[] } {
	const filledByBoth = new Set(filledFields(truth));
	const matched: MatchedField[] = [];
	const mismatched: SignalementField[] = [];
	const judge = (field: SignalementField, ok: boolean) => {
		if (ok) matched.push({ field, points: FIELD_POINTS[field] ?? 0 });
		else mismatched.push(field);
	};
	const rp = report.person;
	const tp = truth.person;
	const rv: VehicleDescription | undefined = report.vehicle;
	const tv: VehicleDescription | undefined = truth.vehicle;

	for (const field of filledFields(report)) {
		if (!filledByBoth.has(field)) continue;
		switch (field) {
			case 'person.sex':
				judge(field, rp?.sex === tp?.sex);
				break;
			case 'person.age':
				judge(field, rangeMatches(rp?.ageYears, tp?.ageYears, AGE_TOLERANCE_YEARS, AGE_MAX_SPAN_YEARS));
				break;
			case 'person.height':
				judge(field, rangeMatches(rp?.heightCm, tp?.heightCm, HEIGHT_TOLERANCE_CM, HEIGHT_MAX_SPAN_CM));
				break;
			case 'person.build':
				judge(field, rp?.build === tp?.build);
				break;
			case 'person.hair.colour':
				judge(field, rp?.hair?.colour === tp?.hair?.colour);
				break;
			case 'person.hair.length':
				judge(field, rp?.hair?.length === tp?.hair?.length);
				break;
			case 'person.glasses':
				judge(field, rp?.glasses === tp?.glasses);
				break;
			case 'person.beard':
				judge(field, rp?.beard === tp?.beard);
				break;
			case 'person.particulars':
				judge(field, sharedWords(rp?.particulars, tp?.particulars));
				break;
			case 'person.carrying':
				judge(field, sharedWords(rp?.carrying, tp?.carrying));
				break;
			case 'vehicle.kind':
				judge(field, rv?.kind === tv?.kind);
				break;
			case 'vehicle.colour':
				judge(field, rv?.colour === tv?.colour);
				break;
			case 'vehicle.make':
				judge(field, namesMatch(rv?.make, tv?.make));
				break;
			case 'vehicle.model':
				judge(field, namesMatch(rv?.model, tv?.model));
				break;
			case 'vehicle.lettering':
				judge(field, sharedWords(rv?.lettering, tv?.lettering));
				break;
			case 'vehicle.plate': {
				const r = normalisePlate(rv?.plate ?? '');
				const t = normalisePlate(tv?.plate ?? '');
				if (r === t) judge(field, true);
				else if (r.length >= PARTIAL_PLATE_MIN_CHARS && t.includes(r))
					matched.push({ field, points: PARTIAL_PLATE_POINTS, partial: true });
				else mismatched.push(field);
				break;
			}
			// Free descriptions of hair and face and the direction cannot be checked reliably.
			case 'person.hair.style':
			case 'person.face':
			case 'person.direction':
			case 'vehicle.direction':
				break;
			default: {
				const part = CLOTHING_PARTS.find((p) => field === `person.clothing.${p}`);
				if (part) judge(field, clothingMatches(itemsOf(rp, part), itemsOf(tp, part)));
			}
		}
	}
	return { matched, mismatched };
}

// ---------------------------------------------------------------- the score

/**
 * Timeliness points: full up to `fullMs` of lag, falling linearly to 0 at `zeroMs`. A report
 * "before" he was there (clock differences, he came back) counts as on time.
 */
export function timelinessPoints(lagMs: number | null, fullMs: number, zeroMs: number): number {
	if (lagMs === null) return 0;
	const lag = Math.max(0, lagMs);
	if (lag <= fullMs) return TIMELINESS_MAX_POINTS;
	if (lag >= zeroMs) return 0;
	return Math.round((TIMELINESS_MAX_POINTS * (zeroMs - lag)) / (zeroMs - fullMs));
}

/** The quality of one report measured against the boef it is about; see the module comment. */
export function reportQuality(
	report: QualityInput,
	context: QualityContext,
	options: QualityOptions = {}
): ReportQuality {
	const minWords = options.minBehaviourWords ?? 3;
	const fullMs = options.fullTimelinessMs ?? 2 * 60_000;
	const zeroMs = options.zeroTimelinessMs ?? 15 * 60_000;
	const urgent = options.urgent ?? true;

	// Behaviour: enough words, at least one of them a deed.
	const behaviourWords = words(report.behaviour).length;
	const { actions, objects } = behaviourKeywords(report.behaviour);
	const described = behaviourWords >= minWords && actions.length > 0;
	const keywords = [...actions, ...objects];
	const behaviourPoints = !described
		? 0
		: keywords.length >= 2
			? BEHAVIOUR_MAX_POINTS
			: BEHAVIOUR_MAX_POINTS - 5;

	// Signalement.
	const { matched, mismatched } = compareSignalement(report.signalement, context.truth);
	const signalementRaw = matched.reduce((sum, m) => sum + m.points, 0);
	const signalementPoints = Math.min(SIGNALEMENT_MAX_POINTS, signalementRaw);

	const channelPoints = (urgent ? CHANNEL_POINTS_URGENT : CHANNEL_POINTS_NOT_URGENT)[report.channel];
	const lagMs = context.boefThereAtMs === null ? null : Math.max(0, report.atMs - context.boefThereAtMs);
	const timeliness = timelinessPoints(lagMs, fullMs, zeroMs);

	// What kind of content the report has, to find reports about looks alone. Only a deed or a
	// vehicle lifts a report above looks: a description of a person (what he wears, carries, his
	// age) without anything he did is a description of someone walking by. The direction he went
	// is no content of its own.
	const filled = filledFields(report.signalement);
	const texts = [report.behaviour, ...signalementTexts(report.signalement)];
	const skin = texts.some(mentionsSkinOrOrigin);
	const hasVehicle = filled.some((f) => f.startsWith('vehicle.'));
	const describesPerson = filled.some((f) => f.startsWith('person.') && f !== 'person.direction');
	const looks = skin || describesPerson || texts.some(mentionsLooks);
	const empty = filled.length === 0 && report.behaviour.trim() === '';
	const appearanceOnly = !empty && !described && !hasVehicle && looks;

	const flags: QualityFlag[] = [];
	if (empty) flags.push('empty');
	if (appearanceOnly) flags.push('appearance-only');
	if (skin) flags.push('skin-or-origin-mentioned');
	if (!empty && !appearanceOnly && !described) flags.push('no-behaviour');

	// An empty or appearance-only report earns nothing, not even for a fast 112 call: the call
	// itself was the mistake the workshop is about (or there was nothing to call about).
	const zero = empty || appearanceOnly;
	const points = {
		signalement: zero ? 0 : signalementPoints,
		behaviour: zero ? 0 : behaviourPoints,
		channel: zero ? 0 : channelPoints,
		timeliness: zero ? 0 : timeliness
	};
	return {
		total: points.signalement + points.behaviour + points.channel + points.timeliness,
		max: QUALITY_MAX_POINTS,
		appearanceOnly,
		flags,
		signalement: { points: points.signalement, max: SIGNALEMENT_MAX_POINTS, matched, mismatched },
		behaviour: {
			points: points.behaviour,
			max: BEHAVIOUR_MAX_POINTS,
			described,
			keywords,
			words: behaviourWords
		},
		channel: { points: points.channel, max: CHANNEL_MAX_POINTS, channel: report.channel, urgent },
		timeliness: { points: points.timeliness, max: TIMELINESS_MAX_POINTS, lagMs }
	};
}

/**
 * The flags of a report on its own (appearance only, skin colour or origin, no behaviour,
 * empty): they need no boef, so they can be worked out whenever the report is read.
 */
export function reportFlags(report: QualityInput): QualityFlag[] {
	return reportQuality(report, { truth: {}, boefThereAtMs: null }).flags;
}
