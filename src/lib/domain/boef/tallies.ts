/**
 * Counts of reports for the spelleider's dashboard and the debrief: per boef, team, round and
 * channel, how soon the first report came and how many went to 112 (the figure the workshop
 * wants to raise). A tally is a plain immutable value: the server keeps one in memory and adds
 * each report as it is acknowledged (addToTally), or rebuilds it from the stored reports after
 * a restart (tallyReports); both give the same result.
 */
import { CHANNELS, type Channel } from './report';

/** What a tally needs of a report. */
export interface TallyReport {
	/** The matched boef, or null (not matched yet, or about someone else). */
	boefId: string | null;
	teamId?: string | null;
	/** 1-based round, or null outside the rounds. */
	round: number | null;
	channel: Channel;
	/** When the report arrived, epoch ms. */
	atMs: number;
}

export interface Tally {
	total: number;
	byBoef: Readonly<Record<string, number>>;
	/** Reports not matched to a boef. */
	unmatched: number;
	byTeam: Readonly<Record<string, number>>;
	/** Reports by participants playing without a team. */
	withoutTeam: number;
	/** Keyed by 1-based round. */
	byRound: Readonly<Record<number, number>>;
	outsideRounds: number;
	byChannel: Readonly<Record<Channel, number>>;
	/** Earliest report, epoch ms, or null. */
	firstReportAtMs: number | null;
	/** Earliest report per matched boef, epoch ms. */
	firstReportAtMsByBoef: Readonly<Record<string, number>>;
}

export function emptyTally(): Tally {
	return {
		total: 0,
		byBoef: {},
		unmatched: 0,
		byTeam: {},
		withoutTeam: 0,
		byRound: {},
		outsideRounds: 0,
		byChannel: Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>,
		firstReportAtMs: null,
		firstReportAtMsByBoef: {}
	};
}

function plusOne<K extends string | number>(counts: Readonly<Record<K, number>>, key: K): Record<K, number> {
	return { ...counts, [key]: (counts[key] ?? 0) + 1 };
}

/** A new tally with one more report; the given tally is left unchanged. Order of adding does not matter. */
export function addToTally(tally: Tally, report: TallyReport): Tally {
	const earlier = (a: number | null | undefined, b: number) =>
		a === null || a === undefined ? b : Math.min(a, b);
	return {
		total: tally.total + 1,
		byBoef: report.boefId === null ? tally.byBoef : plusOne(tally.byBoef, report.boefId),
		unmatched: tally.unmatched + (report.boefId === null ? 1 : 0),
		byTeam: report.teamId ? plusOne(tally.byTeam, report.teamId) : tally.byTeam,
		withoutTeam: tally.withoutTeam + (report.teamId ? 0 : 1),
		byRound: report.round === null ? tally.byRound : plusOne(tally.byRound, report.round),
		outsideRounds: tally.outsideRounds + (report.round === null ? 1 : 0),
		byChannel: plusOne(tally.byChannel, report.channel),
		firstReportAtMs: earlier(tally.firstReportAtMs, report.atMs),
		firstReportAtMsByBoef:
			report.boefId === null
				? tally.firstReportAtMsByBoef
				: {
						...tally.firstReportAtMsByBoef,
						[report.boefId]: earlier(tally.firstReportAtMsByBoef[report.boefId], report.atMs)
					}
	};
}

/** The tally of a whole list of reports. */
export function tallyReports(reports: readonly TallyReport[]): Tally {
	return reports.reduce(addToTally, emptyTally());
}

/**
 * Time from a start (the game's, or a boef's entry) to the first report, in ms; null before any
 * report. Pass `boefId` for the first report about that boef. Wall-clock time: a game pause
 * counts (people could still have called during it).
 */
export function timeToFirstReportMs(tally: Tally, startedAtMs: number, boefId?: string): number | null {
	const first = boefId === undefined ? tally.firstReportAtMs : tally.firstReportAtMsByBoef[boefId];
	return first === null || first === undefined ? null : Math.max(0, first - startedAtMs);
}

/** Share of reports that went to 112, 0 to 1; null when there are no reports (not 0: nothing to divide). */
export function share112(tally: Tally): number | null {
	return tally.total === 0 ? null : tally.byChannel['112'] / tally.total;
}

/** Share per channel, 0 to 1 each; null when there are no reports. */
export function channelShares(tally: Tally): Record<Channel, number> | null {
	if (tally.total === 0) return null;
	return Object.fromEntries(CHANNELS.map((c) => [c, tally.byChannel[c] / tally.total])) as Record<
		Channel,
		number
	>;
}
