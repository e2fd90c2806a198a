/**
 * Code words a boef gives whoever catches him. He says it aloud, so it must be easy Dutch; it
 * must also not be guessable from a short list ("Blauwe reiger" fell after 24 tries of colour +
 * bird). A suggestion is an adjective, a noun and a number: 64 × 128 × 90 ≈ 737,000 choices,
 * against at most 100 wrong guesses per game per 5 minutes (limits.ts).
 * Pure: the caller gives the randomness (crypto on the server and in the browser).
 */

/** Adjectives in their -e form, as they stand before a de-word. */
// prettier-ignore
export const CODE_ADJECTIVES = [
	'blauwe', 'rode', 'groene', 'gele', 'witte', 'zwarte', 'grijze', 'bruine',
	'paarse', 'roze', 'gouden', 'zilveren', 'koperen', 'houten', 'stenen', 'glazen',
	'grote', 'kleine', 'lange', 'korte', 'brede', 'smalle', 'dikke', 'dunne',
	'snelle', 'trage', 'stille', 'luide', 'warme', 'koude', 'natte', 'droge',
	'oude', 'nieuwe', 'jonge', 'wijze', 'dappere', 'vrolijke', 'slimme', 'sterke',
	'zachte', 'harde', 'zware', 'lichte', 'ronde', 'scherpe', 'vlakke', 'hoge',
	'lage', 'verre', 'vroege', 'late', 'frisse', 'zoete', 'zure', 'bittere',
	'heldere', 'donkere', 'stoere', 'kale', 'ruwe', 'gladde', 'lege', 'volle'
] as const;

/** de-words only, so every adjective fits: things anyone can picture and say. */
// prettier-ignore
export const CODE_NOUNS = [
	'reiger', 'kat', 'vis', 'uil', 'mus', 'meeuw', 'eend', 'zwaan',
	'gans', 'kraai', 'merel', 'specht', 'vos', 'haas', 'das', 'egel',
	'otter', 'bever', 'muis', 'rat', 'koe', 'geit', 'hond', 'kip',
	'haan', 'slak', 'mier', 'bij', 'wesp', 'vlinder', 'kikker', 'pad',
	'molen', 'brug', 'toren', 'kerk', 'schuur', 'boerderij', 'sluis', 'dijk',
	'gracht', 'haven', 'kade', 'straat', 'laan', 'weg', 'stoep', 'tuin',
	'fiets', 'bel', 'trein', 'tram', 'bus', 'boot', 'pont', 'auto',
	'lamp', 'klok', 'deur', 'sleutel', 'ketel', 'pan', 'beker', 'fles',
	'tafel', 'stoel', 'kast', 'bank', 'mat', 'jas', 'muts', 'sjaal',
	'laars', 'schoen', 'tas', 'koffer', 'doos', 'kist', 'mand', 'emmer',
	'appel', 'peer', 'kers', 'pruim', 'druif', 'citroen', 'banaan', 'wortel',
	'ui', 'prei', 'kool', 'tomaat', 'kaas', 'worst', 'soep', 'taart',
	'tulp', 'roos', 'eik', 'beuk', 'den', 'wilg', 'berk', 'plant',
	'wolk', 'regen', 'storm', 'zon', 'maan', 'ster', 'zee', 'rivier',
	'heuvel', 'duin', 'wei', 'sloot', 'vijver', 'bron', 'rots', 'kiezel',
	'pen', 'gum', 'lijm', 'schaar', 'hamer', 'zaag', 'ladder', 'spijker'
] as const;

/** Numbers 10–99: two spoken words at most ("zevenenveertig"), no leading zero to mishear. */
const NUMBER_MIN = 10;
const NUMBER_COUNT = 90;

/** How many different suggestions there are. */
export const CODE_WORD_CHOICES = CODE_ADJECTIVES.length * CODE_NOUNS.length * NUMBER_COUNT;

/**
 * A fresh code word such as "Blauwe reiger 47". `randomInt(n)` returns a uniform integer in
 * [0, n). Different from every word in `taken` (normalised), so two boeven never share one.
 */
export function suggestCodeWord(
	randomInt: (n: number) => number = webRandomInt,
	taken: readonly string[] = []
): string {
	const used = new Set(taken.map(normalise));
	for (;;) {
		const adjective = CODE_ADJECTIVES[randomInt(CODE_ADJECTIVES.length)]!;
		const noun = CODE_NOUNS[randomInt(CODE_NOUNS.length)]!;
		const word = `${adjective[0]!.toUpperCase()}${adjective.slice(1)} ${noun} ${NUMBER_MIN + randomInt(NUMBER_COUNT)}`;
		if (!used.has(normalise(word))) return word;
	}
}

/** A uniform integer in [0, n) from the Web Crypto API (browsers and Node alike); n ≤ 2^16. */
export function webRandomInt(n: number): number {
	const limit = 65_536 - (65_536 % n);
	const buf = new Uint16Array(1);
	do globalThis.crypto.getRandomValues(buf);
	while (buf[0]! >= limit);
	return buf[0]! % n;
}

const normalise = (w: string) => w.toLowerCase().replace(/[^a-z0-9]/g, '');
