/**
 * Deterministic pseudo-random numbers from a seed string, for tests and repeatable examples.
 * Not for draws whose outcome participants must not learn (a clue circle, a shown order):
 * anyone who knows the seed redoes them; the server keys those with a secret
 * (keyed-random.ts). Not for codes or tokens either: use crypto there.
 */

/** FNV-1a 32-bit hash of a string (UTF-16 code units), as an unsigned integer. */
export function hashSeed(seed: string): number {
	let h = 2166136261;
	for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
	return h >>> 0;
}

/**
 * A generator of numbers in [0, 1) determined by the seed (mulberry32: small, fast, and good
 * enough to scatter a few circles; each call advances the sequence).
 */
export function seededRandom(seed: string): () => number {
	let state = hashSeed(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
