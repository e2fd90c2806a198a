/**
 * The key figures of a game for the dashboard, the results page and the debrief: how many
 * reports, how soon the first came, how many went to 112, who found which boef, and how fast
 * the spelleider answered. Pure functions of the game's data; `untilMs` cuts the game off at a
 * moment, so the debrief's time slider shows the figures as they were then.
 */
import type { BoefPlan, GameState } from '$lib/domain/boef/game';
import {
	FEEDBACK_DUE_MS,
	teamKey,
	type GameFindRecord,
	type GameParticipant,
	type GameReportRecord
} from '$lib/domain/boef/game-views';
import type { Channel } from '$lib/domain/boef/report';
import type { Competitor } from '$lib/domain/boef/scoring';
import { share112, tallyReports, timeToFirstReportMs, type Tally } from '$lib/domain/boef/tallies';

/** What the figures need of a report: the debrief sends no more than this to the projector. */
export type FactReport = Pick<
	GameReportRecord,
	'matchStatus' | 'matchBoefId' | 'team' | 'round' | 'channel' | 'atMs'
>;

/** What the figures need of a game (a HostGameView or GameData has it all). */
export interface GameFacts {
	plan: { boeven: readonly Pick<BoefPlan, 'id' | 'name'>[] };
	state: Pick<GameState, 'startedAtMs' | 'boeven'>;
	participants: readonly GameParticipant[];
	reports: readonly FactReport[];
	finds: readonly GameFindRecord[];
}

/** The same counting as the server's gameTally: only confirmed matches count for a boef. */
export function tallyOf(reports: readonly FactReport[]): Tally {
	return tallyReports(
		reports.map((r) => ({
			boefId: r.matchStatus === 'confirmed' ? r.matchBoefId : null,
			teamId: teamKey(r.team),
			round: r.round,
			channel: r.channel,
			atMs: r.atMs
		}))
	);
}

export interface FindFact {
	id: string;
	boefId: string;
	boefName: string;
	/** Nickname of the finder. */
	by: string;
	team: string | null;
	atMs: number;
	/** The first right code word for this boef. */
	first: boolean;
}

export interface BoefFact {
	id: string;
	name: string;
	enteredAtMs: number | null;
	caughtAtMs: number | null;
}

export interface KeyFigures {
	tally: Tally;
	reports: number;
	byChannel: Record<Channel, number>;
	/** 0..1, null without reports. */
	share112: number | null;
	/** From the start to the first report, ms; null before any report or start. */
	timeToFirstReportMs: number | null;
	/** Right code words, in time order. */
	finds: FindFact[];
	boeven: BoefFact[];
}

const upTo = (untilMs: number) => (x: { atMs: number }) => x.atMs <= untilMs;

export function nicknameOf(participants: readonly GameParticipant[], id: string): string {
	return participants.find((p) => p.id === id)?.nickname ?? '';
}

/** Right code words with their finder, first finds marked (earliest per boef; ties by id). */
export function findFacts(game: GameFacts, untilMs = Infinity): FindFact[] {
	const right = game.finds
		.filter((f): f is typeof f & { boefId: string } => f.boefId !== null && f.atMs <= untilMs)
		.sort((a, b) => a.atMs - b.atMs || (a.id < b.id ? -1 : 1));
	const seen = new Set<string>();
	return right.map((f) => {
		const first = !seen.has(f.boefId);
		seen.add(f.boefId);
		return {
			id: f.id,
			boefId: f.boefId,
			boefName: game.plan.boeven.find((b) => b.id === f.boefId)?.name ?? f.boefId,
			by: nicknameOf(game.participants, f.participantId),
			team: f.team,
			atMs: f.atMs,
			first
		};
	});
}

/** The boeven with when they entered and were caught, as known at `untilMs`. */
export function boefFacts(game: GameFacts, untilMs = Infinity): BoefFact[] {
	const at = (ms: number | null | undefined) => (ms != null && ms <= untilMs ? ms : null);
	return game.plan.boeven.map((b) => ({
		id: b.id,
		name: b.name,
		enteredAtMs: at(game.state.boeven[b.id]?.enteredAtMs),
		caughtAtMs: at(game.state.boeven[b.id]?.caughtAtMs)
	}));
}

export function keyFigures(game: GameFacts, untilMs = Infinity): KeyFigures {
	const reports = Number.isFinite(untilMs) ? game.reports.filter(upTo(untilMs)) : game.reports;
	const tally = tallyOf(reports);
	const started = game.state.startedAtMs;
	return {
		tally,
		reports: tally.total,
		byChannel: { ...tally.byChannel },
		share112: share112(tally),
		timeToFirstReportMs: started === null ? null : timeToFirstReportMs(tally, started),
		finds: findFacts(game, untilMs),
		boeven: boefFacts(game, untilMs)
	};
}

export interface FeedbackTiming {
	answered: number;
	/** Reports that never got a quick reply (or not yet, at `nowMs`). */
	unanswered: number;
	medianMs: number | null;
	longestMs: number | null;
	/** Answered after more than FEEDBACK_DUE_MS, or still waiting longer than that. */
	late: number;
}

/**
 * Time from a report reaching the dashboard to the spelleider's first answer. Measured from
 * arrival, not from when the phone made it: a report queued offline could not be answered
 * before it arrived.
 */
export function feedbackDelayMs(r: Pick<GameReportRecord, 'receivedAtMs' | 'feedbackAtMs'>): number | null {
	return r.feedbackAtMs === null ? null : Math.max(0, r.feedbackAtMs - r.receivedAtMs);
}

export function feedbackTiming(reports: readonly GameReportRecord[], nowMs: number): FeedbackTiming {
	const delays: number[] = [];
	let unanswered = 0;
	let late = 0;
	for (const r of reports) {
		const d = feedbackDelayMs(r);
		if (d === null) {
			unanswered++;
			if (nowMs - r.receivedAtMs > FEEDBACK_DUE_MS) late++;
		} else {
			delays.push(d);
			if (d > FEEDBACK_DUE_MS) late++;
		}
	}
	delays.sort((a, b) => a - b);
	const n = delays.length;
	const medianMs =
		n === 0 ? null : n % 2 === 1 ? delays[(n - 1) / 2]! : (delays[n / 2 - 1]! + delays[n / 2]!) / 2;
	return { answered: n, unanswered, medianMs, longestMs: n === 0 ? null : delays[n - 1]!, late };
}

/** Whether a report has waited for an answer longer than the dashboard allows. */
export function isOverdue(
	r: Pick<GameReportRecord, 'receivedAtMs' | 'feedbackAtMs'>,
	nowMs: number
): boolean {
	return r.feedbackAtMs === null && nowMs - r.receivedAtMs > FEEDBACK_DUE_MS;
}

/** A team as its members typed it ("De Uilen"), a solo player by nickname. */
export function competitorName(c: Competitor, participants: readonly GameParticipant[]): string {
	if (c.kind === 'participant') return nicknameOf(participants, c.id);
	return participants.find((p) => teamKey(p.team) === c.id)?.team?.trim() ?? c.id;
}

/** The team names as typed, by team key, for the per-team counters. */
export function teamNames(participants: readonly GameParticipant[]): Record<string, string> {
	const names: Record<string, string> = {};
	for (const p of participants) {
		const k = teamKey(p.team);
		if (k && !names[k]) names[k] = p.team!.trim();
	}
	return names;
}
