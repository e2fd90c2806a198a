/**
 * Nicknames residents choose on their phone. Shown on the projector in a community centre,
 * so they must be readable and decent. Returns a message key, or null when acceptable.
 */
export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 20;

export type NicknameProblem =
	'nickname.tooShort' | 'nickname.tooLong' | 'nickname.characters' | 'nickname.offensive';

/**
 * Words refused as (part of) a name: Dutch and English swear words, slurs and insults.
 * Matched after folding accents, digits that stand in for letters and repeated letters.
 */
const OFFENSIVE = [
	'kanker',
	'tering',
	'tyfus',
	'klootzak',
	'kut',
	'lul',
	'hoer',
	'slet',
	'neuk',
	'pedo',
	'mongool',
	'debiel',
	'homo',
	'flikker',
	'nikker',
	'neger',
	'kaffer',
	'mocro',
	'makak',
	'jood',
	'zigeuner',
	'fuck',
	'shit',
	'bitch',
	'cunt',
	'dick',
	'cock',
	'pussy',
	'whore',
	'slut',
	'nigger',
	'nigga',
	'faggot',
	'retard',
	'nazi',
	'hitler',
	'isis'
];

/** Letters only, lower case, look-alike digits and symbols replaced, repeats collapsed. */
export function foldForCheck(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(
			/[0134578@$!|]/g,
			(c) =>
				({
					'0': 'o',
					'1': 'i',
					'3': 'e',
					'4': 'a',
					'5': 's',
					'7': 't',
					'8': 'b',
					'@': 'a',
					$: 's',
					'!': 'i',
					'|': 'i'
				})[c] ?? c
		)
		.replace(/[^a-z]/g, '')
		.replace(/(.)\1+/g, '$1');
}

const FOLDED = OFFENSIVE.map((w) => w.replace(/(.)\1+/g, '$1'));
/** Short words are only refused as a whole name or word, so "Lulof" or "Kutsch" stay possible. */
const WHOLE_WORD_ONLY = new Set([
	'kut',
	'lul',
	'homo',
	'jod',
	'dick',
	'cock',
	'shit',
	'slet',
	'hoer',
	'isis'
]);

export function normaliseNickname(name: string): string {
	return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function checkNickname(raw: string): NicknameProblem | null {
	const name = normaliseNickname(raw);
	const length = [...name].length;
	if (length < NICKNAME_MIN) return 'nickname.tooShort';
	if (length > NICKNAME_MAX) return 'nickname.tooLong';
	// Letters (any script), digits, spaces and a few joiners; no emoji, control or invisible characters.
	if (!/^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u.test(name)) return 'nickname.characters';
	const folded = foldForCheck(name);
	const words = name.split(/[ ._'-]+/).map(foldForCheck);
	for (const bad of FOLDED) {
		if (WHOLE_WORD_ONLY.has(bad) ? words.includes(bad) || folded === bad : folded.includes(bad))
			return 'nickname.offensive';
	}
	return null;
}
