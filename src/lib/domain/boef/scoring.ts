/**
 * Who wins Boef in de Wijk. As police play it there are two prizes: the first to find a boef
 * (asks the fixed question, gets his code word), and the best information passed to the police.
 * A find counts when the code word is right; the earliest counts as first, so a late
 * acknowledgement by the server cannot change the winner.
 */

/** A participant (or their team) claims to have found a boef by entering his code word. */
export interface Find {
	/** The client-made UUID of the claim: the last tie-breaker, so the outcome never depends on array order. */
	id: string;
	boefId: string;
	participantId: string;
	/** Participants often play in small groups; a find by one member counts for the team. */
	teamId?: string | null;
	/** When the claim was made, epoch ms. */
	atMs: number;
	codeWord: string;
}

/** A report with its quality score (report-quality.ts `total`), matched to a boef or not. */
export interface ScoredReport {
	id: string;
	participantId: string;
	teamId?: string | null;
	/** The boef the spelleider matched it to, or null. */
	boefId: string | null;
	/** 1-based round, or null outside the rounds. */
	round: number | null;
	/** 0 to 100. */
	quality: number;
}

/**
 * A code word as typed on a phone: case, accents, spaces and punctuation do not matter
 * ("Blauwe reiger!" equals "blauwereiger"), because the boef says it aloud in the street.
 */
export function normaliseCodeWord(word: string): string {
	return word
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** Whether a typed code word is the boef's. An empty code word never matches. */
export function checkCodeWord(given: string, expected: string): boolean {
	const e = normaliseCodeWord(expected);
	return e !== '' && normaliseCodeWord(given) === e;
}

/** The finds whose code word is right for their boef (`codeWords`: boefId → code word). */
export function confirmedFinds<F extends Find>(
	finds: readonly F[],
	codeWords: Readonly<Record<string, string>>
): F[] {
	return finds.filter((f) => {
		const expected = codeWords[f.boefId];
		return expected !== undefined && checkCodeWord(f.codeWord, expected);
	});
}

const byTimeThenId = (a: Find, b: Find) => a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The first confirmed find of each boef: earliest time, then lowest id for an exact tie. Sorted
 * by boef id.
 */
export function firstFinders<F extends Find>(
	finds: readonly F[],
	codeWords: Readonly<Record<string, string>>
): { boefId: string; find: F }[] {
	const first = new Map<string, F>();
	for (const f of [...confirmedFinds(finds, codeWords)].sort(byTimeThenId)) {
		if (!first.has(f.boefId)) first.set(f.boefId, f);
	}
	return [...first.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([boefId, find]) => ({ boefId, find }));
}

/** Who is ranked: a team, or a participant playing on their own. */
export type Competitor = { kind: 'team' | 'participant'; id: string };

function competitorOf(x: { participantId: string; teamId?: string | null }): Competitor {
	return x.teamId ? { kind: 'team', id: x.teamId } : { kind: 'participant', id: x.participantId };
}
const keyOf = (c: Competitor) => `${c.kind}:${c.id}`;

export interface LeaderboardEntry {
	competitor: Competitor;
	/** 1-based; equal on every ranking criterion shares a rank (1, 2, 2, 4). */
	rank: number;
	/** Boeven this competitor found first. */
	firstFinds: number;
	/** Distinct boeven this competitor found (first or not). */
	finds: number;
	/** Earliest confirmed find, epoch ms, or null. */
	firstFindAtMs: number | null;
	/** Summed report quality, counting only the best report per boef and round (see {@link leaderboard}). */
	qualityPoints: number;
	/** All reports sent, matched or not. */
	reports: number;
}

export interface LeaderboardOptions {
	/**
	 * 'finds' (default): first finds, then finds, then report quality: the "found the boef"
	 * prize. 'quality': report quality only: the "best information" prize.
	 */
	by?: 'finds' | 'quality';
}

/**
 * The leaderboard of teams (and participants without a team). Report quality counts only the
 * best report per boef per round for each competitor: ten reports of the same sighting are not
 * ten times the information, and the prize should go to good reporting, not to volume.
 * Reports matched to no boef have no truth to score against and add nothing. Ties share a
 * rank and are listed by earliest find, then by id.
 */
export function leaderboard(
	finds: readonly Find[],
	reports: readonly ScoredReport[],
	codeWords: Readonly<Record<string, string>>,
	options: LeaderboardOptions = {}
): LeaderboardEntry[] {
	const by = options.by ?? 'finds';
	const entries = new Map<string, Omit<LeaderboardEntry, 'rank'> & { found: Set<string> }>();
	const entry = (c: Competitor) => {
		const key = keyOf(c);
		let e = entries.get(key);
		if (!e) {
			e = {
				competitor: c,
				firstFinds: 0,
				finds: 0,
				firstFindAtMs: null,
				qualityPoints: 0,
				reports: 0,
				found: new Set()
			};
			entries.set(key, e);
		}
		return e;
	};

	for (const f of confirmedFinds(finds, codeWords)) {
		const e = entry(competitorOf(f));
		e.found.add(f.boefId);
		e.finds = e.found.size;
		e.firstFindAtMs = e.firstFindAtMs === null ? f.atMs : Math.min(e.firstFindAtMs, f.atMs);
	}
	for (const { find } of firstFinders(finds, codeWords)) entry(competitorOf(find)).firstFinds++;

	// Per competitor: the best quality per boef and round.
	const best = new Map<string, Map<string, number>>();
	for (const r of reports) {
		const key = keyOf(competitorOf(r));
		entry(competitorOf(r)).reports++;
		if (r.boefId === null) continue;
		const slots = best.get(key) ?? new Map<string, number>();
		const slot = JSON.stringify([r.boefId, r.round]);
		slots.set(slot, Math.max(slots.get(slot) ?? 0, r.quality));
		best.set(key, slots);
	}
	for (const [key, slots] of best) {
		for (const quality of slots.values()) entries.get(key)!.qualityPoints += quality;
	}

	const criteria = (e: Omit<LeaderboardEntry, 'rank'>): number[] =>
		by === 'quality' ? [e.qualityPoints] : [e.firstFinds, e.finds, e.qualityPoints];
	const compare = (a: Omit<LeaderboardEntry, 'rank'>, b: Omit<LeaderboardEntry, 'rank'>): number => {
		const ca = criteria(a);
		const cb = criteria(b);
		for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i]) return cb[i]! - ca[i]!;
		return 0;
	};
	const sorted = [...entries.values()].sort(
		(a, b) =>
			compare(a, b) ||
			(a.firstFindAtMs ?? Infinity) - (b.firstFindAtMs ?? Infinity) ||
			(keyOf(a.competitor) < keyOf(b.competitor) ? -1 : 1)
	);
	let previous: (typeof sorted)[number] | undefined;
	let previousRank = 0;
	return sorted.map((e, i) => {
		const rank = previous && compare(previous, e) === 0 ? previousRank : i + 1;
		previous = e;
		previousRank = rank;
		return {
			competitor: e.competitor,
			rank,
			firstFinds: e.firstFinds,
			finds: e.finds,
			firstFindAtMs: e.firstFindAtMs,
			qualityPoints: e.qualityPoints,
			reports: e.reports
		};
	});
}
