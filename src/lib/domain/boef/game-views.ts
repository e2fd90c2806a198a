/**
 * What each screen of a Boef in de Wijk game receives, built from the game's plain data. Pure,
 * so the rules "a participant never sees a boef's position, his code word, his full
 * description or another team's reports" are tested here (game-views.test.ts) and in an
 * integration test that records every message a phone gets.
 */
import { burstViews, type BurstView, type JoinBurst } from '../join-bursts';
import type { ClueCircle, GamePause } from './clues';
import {
	boefInPlay,
	gameEndsAtMs,
	roundAt,
	type BoefPlan,
	type GamePhase,
	type GamePlan,
	type GameState,
	type PublishedClue
} from './game';
import type { LatLng } from './geo';
import type { QualityFlag } from './report-quality';
import {
	DEFAULT_LOOK_AHEAD_MS,
	DEFAULT_LOOK_BACK_MS,
	proposeMatches,
	type BoefWhereabouts
} from './report-match';
import type { Channel } from './report';
import { firstFinders, leaderboard, type LeaderboardEntry } from './scoring';
import type { Signalement } from './signalement';
import { tallyReports, type Tally } from './tallies';
import { sliceTrack, type TrackPoint } from './track';

/** The spelleider's quick replies to a report; the phone shows them translated. */
export const FEEDBACK_KEYS = [
	'good-report',
	'was-boef',
	'not-boef-good',
	'more-behaviour',
	'call-112',
	'appearance-only'
] as const;
export type FeedbackKey = (typeof FEEDBACK_KEYS)[number];

/** Reports waiting longer than this for feedback are flagged on the dashboard, ms. */
export const FEEDBACK_DUE_MS = 10 * 60_000;

export interface GameParticipant {
	id: string;
	nickname: string;
	/** Team name as entered; teams are compared case-insensitively (see teamKey). */
	team: string | null;
	removed: boolean;
}

export type MatchStatus = 'confirmed' | 'rejected';

export interface GameReportRecord {
	/** Made by the phone: a resent report is recognised. */
	id: string;
	participantId: string;
	team: string | null;
	place: LatLng;
	/** When the reporter saw it, epoch ms (server clock). */
	seenAtMs: number;
	/** When the report was made on the phone, epoch ms (server clock; earlier than arrival when queued offline). */
	atMs: number;
	/** When the server stored it, epoch ms. */
	receivedAtMs: number;
	behaviour: string;
	signalement: Signalement;
	channel: Channel;
	round: number | null;
	matchBoefId: string | null;
	matchStatus: MatchStatus | null;
	/** 0–100 once matched to a boef and scored (report-quality.ts), else null. */
	quality: number | null;
	flags: QualityFlag[];
	feedback: FeedbackKey | null;
	feedbackAtMs: number | null;
}

export interface GameFindRecord {
	id: string;
	participantId: string;
	team: string | null;
	/** The boef whose code word was entered; null for a wrong code word. */
	boefId: string | null;
	/** Normalised code word as entered. */
	codeWord: string;
	atMs: number;
}

export interface GameData {
	id: string;
	title: string;
	joinCode: string;
	plan: GamePlan;
	state: GameState;
	participants: readonly GameParticipant[];
	clues: readonly PublishedClue[];
	reports: readonly GameReportRecord[];
	finds: readonly GameFindRecord[];
	/** GPS tracks by boef id, sorted by time. */
	tracks: Readonly<Record<string, readonly TrackPoint[]>>;
	/** Joins far faster than people type, per address (in memory: a restart forgets them). */
	joinBursts?: readonly JoinBurst[];
}

/** Teams compare without case or surrounding spaces: "De Uilen" and "de uilen " are one team. */
export function teamKey(team: string | null | undefined): string | null {
	const k = team?.trim().toLowerCase();
	return k ? k : null;
}

export type BoefPublicStatus = 'waiting' | 'in-play' | 'caught';

export function boefStatus(state: GameState, boefId: string): BoefPublicStatus {
	const s = state.boeven[boefId];
	if (s?.caughtAtMs != null) return 'caught';
	if (s?.enteredAtMs != null) return 'in-play';
	return 'waiting';
}

export interface GameClock {
	startedAtMs: number | null;
	pauses: GamePause[];
	/** When the last round ends (null while paused or not running). */
	endsAtMs: number | null;
	/** The server's clock when the view was made, for the phone to correct its own. */
	serverNowMs: number;
}

export interface PlayerReport {
	id: string;
	/** Who of the team sent it. */
	nickname: string;
	mine: boolean;
	place: LatLng;
	atMs: number;
	channel: Channel;
	behaviour: string;
	signalement: Signalement;
	feedback: FeedbackKey | null;
	feedbackAtMs: number | null;
}

export interface PlayerClue {
	id: string;
	round: number | null;
	/** The boef's name ("Boef 1"), not his id's meaning or anything else about him. */
	boefName: string | null;
	text: string;
	signalement: Signalement;
	circle: ClueCircle | null;
	publishedAtMs: number;
}

export interface PlayerGameView {
	title: string;
	phase: GamePhase;
	me: { participantId: string; nickname: string; team: string | null };
	clock: GameClock;
	round: number | null;
	rounds: number;
	incident: { message: string; sinceMs: number } | null;
	area: LatLng[];
	boeven: { name: string; status: BoefPublicStatus }[];
	clues: PlayerClue[];
	/** Own reports, and those of the own team. */
	reports: PlayerReport[];
	/** The own team's confirmed finds. */
	finds: { id: string; boefName: string; nickname: string; atMs: number; first: boolean }[];
	/** After the end: the own place on the leaderboard. */
	result: { rank: number; of: number; firstFinds: number; qualityPoints: number } | null;
}

function clock(plan: GamePlan, state: GameState, nowMs: number): GameClock {
	return {
		startedAtMs: state.startedAtMs,
		pauses: state.pauses,
		endsAtMs: gameEndsAtMs(plan, state),
		serverNowMs: nowMs
	};
}

const boefName = (plan: GamePlan, id: string | null) =>
	(id && plan.boeven.find((b) => b.id === id)?.name) || null;

function codeWords(plan: GamePlan): Record<string, string> {
	return Object.fromEntries(plan.boeven.map((b) => [b.id, b.codeWord]));
}

/** Leaderboard over teams (by team key) and solo participants. */
export function gameLeaderboard(data: GameData, by: 'finds' | 'quality' = 'finds'): LeaderboardEntry[] {
	return leaderboard(
		data.finds
			.filter((f) => f.boefId !== null)
			.map((f) => ({ ...f, boefId: f.boefId!, teamId: teamKey(f.team) })),
		data.reports.map((r) => ({
			id: r.id,
			participantId: r.participantId,
			teamId: teamKey(r.team),
			boefId: r.matchStatus === 'confirmed' ? r.matchBoefId : null,
			round: r.round,
			quality: r.quality ?? 0
		})),
		codeWords(data.plan),
		{ by }
	);
}

/** One report as a participant's phone shows it (`forParticipant` decides `mine`). */
export function playerReport(r: GameReportRecord, nickname: string, forParticipant: string): PlayerReport {
	return {
		id: r.id,
		nickname,
		mine: r.participantId === forParticipant,
		place: r.place,
		atMs: r.atMs,
		channel: r.channel,
		behaviour: r.behaviour,
		signalement: r.signalement,
		feedback: r.feedback,
		feedbackAtMs: r.feedbackAtMs
	};
}

/** The first confirmed find of each boef (wrong code words are no finds). */
function firstFindsOf(data: Pick<GameData, 'finds' | 'plan'>) {
	return firstFinders(
		data.finds.filter((f) => f.boefId !== null).map((f) => ({ ...f, boefId: f.boefId! })),
		codeWords(data.plan)
	);
}

export function playerGameView(data: GameData, participantId: string, nowMs: number): PlayerGameView {
	const { plan, state } = data;
	const me = data.participants.find((p) => p.id === participantId);
	const myTeam = teamKey(me?.team);
	const sameSide = (x: { participantId: string; team: string | null }) =>
		x.participantId === participantId || (myTeam !== null && teamKey(x.team) === myTeam);
	const nickname = (id: string) => data.participants.find((p) => p.id === id)?.nickname ?? '';
	const firsts = new Set(firstFindsOf(data).map((f) => f.find.id));

	let result: PlayerGameView['result'] = null;
	if (state.phase === 'ended') {
		const board = gameLeaderboard(data);
		const mine = board.find((e) =>
			myTeam ? e.competitor.kind === 'team' && e.competitor.id === myTeam : e.competitor.id === participantId
		);
		if (mine)
			result = {
				rank: mine.rank,
				of: board.length,
				firstFinds: mine.firstFinds,
				qualityPoints: mine.qualityPoints
			};
	}

	return {
		title: data.title,
		phase: state.phase,
		me: { participantId, nickname: me?.nickname ?? '', team: me?.team ?? null },
		clock: clock(plan, state, nowMs),
		round: roundAt(plan, state, nowMs),
		rounds: plan.schedule.roundsMs.length,
		incident: state.incident,
		area: plan.area,
		boeven: plan.boeven.map((b) => ({ name: b.name, status: boefStatus(state, b.id) })),
		clues: data.clues.map((c) => ({
			id: c.id,
			round: c.round,
			boefName: boefName(plan, c.boefId),
			text: c.text,
			signalement: c.signalement,
			circle: c.circle,
			publishedAtMs: c.publishedAtMs
		})),
		reports: data.reports
			.filter(sameSide)
			.map((r) => playerReport(r, nickname(r.participantId), participantId)),
		finds: data.finds
			.filter((f) => f.boefId !== null && sameSide(f))
			.map((f) => ({
				id: f.id,
				boefName: boefName(plan, f.boefId) ?? '',
				nickname: nickname(f.participantId),
				atMs: f.atMs,
				first: firsts.has(f.id)
			})),
		result
	};
}

// ---------------------------------------------------------------- spelleider

export interface Proposal {
	boefId: string;
	/** Closest approach within the window, metres, or null when his position is unknown. */
	distanceM: number | null;
	/** Report time minus the moment he was closest, ms. */
	lagMs: number | null;
	likely: boolean;
}

export interface HostReport extends GameReportRecord {
	nickname: string;
	proposals: Proposal[];
}

export interface HostGameView {
	id: string;
	title: string;
	joinCode: string;
	plan: GamePlan;
	state: GameState;
	clock: GameClock;
	round: number | null;
	participants: GameParticipant[];
	clues: PublishedClue[];
	reports: HostReport[];
	finds: (GameFindRecord & { nickname: string })[];
	tracks: Record<string, TrackPoint[]>;
	tally: Tally;
	leaderboard: LeaderboardEntry[];
	qualityBoard: LeaderboardEntry[];
	firstFinders: { boefId: string; findId: string; participantId: string; atMs: number }[];
	/** Names that came in a burst from one address and are still here: the spelleider may remove them at once. */
	bursts: BurstView[];
}

/** How the dashboard and the matcher know where a boef was: his planned route or his GPS track. */
export function whereabouts(
	plan: GamePlan,
	state: GameState,
	tracks: Readonly<Record<string, readonly TrackPoint[]>>
): BoefWhereabouts[] {
	const out: BoefWhereabouts[] = [];
	for (const b of plan.boeven) {
		const entered = state.boeven[b.id]?.enteredAtMs;
		if (entered == null) continue;
		out.push(
			b.movement.kind === 'route'
				? { boefId: b.id, movement: { kind: 'route', route: b.movement.route, startedAtMs: entered } }
				: { boefId: b.id, movement: { kind: 'track', track: tracks[b.id] ?? [] } }
		);
	}
	return out;
}

export function proposalsFor(
	report: { place: LatLng; atMs: number },
	boeven: readonly BoefWhereabouts[]
): Proposal[] {
	// Only the part of each track around the report's moment (see sliceTrack): a burst of
	// reports late in the evening must not walk every fix of the evening for each report.
	const from = report.atMs - DEFAULT_LOOK_BACK_MS;
	const to = report.atMs + DEFAULT_LOOK_AHEAD_MS;
	const windowed = boeven.map((b) =>
		b.movement.kind === 'track'
			? { ...b, movement: { kind: 'track' as const, track: sliceTrack(b.movement.track, from, to) } }
			: b
	);
	return proposeMatches(report, windowed).map((c) => ({
		boefId: c.boefId,
		distanceM: c.closest ? Math.round(c.closest.distanceM) : null,
		lagMs: c.closest ? c.closest.lagMs : null,
		likely: c.likely
	}));
}

/** A report as the dashboard shows it; `proposals` given (e.g. from a cache) or worked out now. */
export function hostReport(
	data: Pick<GameData, 'participants'>,
	r: GameReportRecord,
	boeven: readonly BoefWhereabouts[],
	proposals?: Proposal[]
): HostReport {
	return {
		...r,
		nickname: data.participants.find((p) => p.id === r.participantId)?.nickname ?? '',
		proposals: proposals ?? proposalsFor(r, boeven)
	};
}

export function gameTally(reports: readonly GameReportRecord[]): Tally {
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

/**
 * The spelleider's whole game. `proposals` (report id → proposals) lets a live game pass the
 * ones it worked out already; reports missing from it get them worked out here.
 */
export function hostGameView(
	data: GameData,
	nowMs: number,
	proposals?: ReadonlyMap<string, Proposal[]>
): HostGameView {
	const boeven = whereabouts(data.plan, data.state, data.tracks);
	const nick = (id: string) => data.participants.find((p) => p.id === id)?.nickname ?? '';
	return {
		id: data.id,
		title: data.title,
		joinCode: data.joinCode,
		plan: data.plan,
		state: data.state,
		clock: clock(data.plan, data.state, nowMs),
		round: roundAt(data.plan, data.state, nowMs),
		participants: [...data.participants],
		clues: [...data.clues],
		reports: data.reports.map((r) => hostReport(data, r, boeven, proposals?.get(r.id))),
		finds: data.finds.map((f) => ({ ...f, nickname: nick(f.participantId) })),
		tracks: Object.fromEntries(Object.entries(data.tracks).map(([k, v]) => [k, [...v]])),
		tally: gameTally(data.reports),
		leaderboard: gameLeaderboard(data, 'finds'),
		qualityBoard: gameLeaderboard(data, 'quality'),
		firstFinders: firstFindsOf(data).map(({ boefId, find }) => ({
			boefId,
			findId: find.id,
			participantId: find.participantId,
			atMs: find.atMs
		})),
		bursts: burstViews(data.joinBursts ?? [], data.participants)
	};
}

/** What the boef's own phone shows: his name, whether to move, never anyone's reports. */
export interface BoefView {
	game: 'boef_in_de_wijk';
	title: string;
	phase: GamePhase;
	boef: Pick<BoefPlan, 'id' | 'name'> & { movement: BoefPlan['movement']['kind'] };
	status: BoefPublicStatus;
	inPlay: boolean;
	incident: { message: string; sinceMs: number } | null;
	clock: GameClock;
	area: LatLng[];
	/** His own code word, to tell finders. */
	codeWord: string;
}

export function boefView(data: GameData, boefId: string, nowMs: number): BoefView | null {
	const b = data.plan.boeven.find((x) => x.id === boefId);
	if (!b) return null;
	return {
		game: 'boef_in_de_wijk',
		title: data.title,
		phase: data.state.phase,
		boef: { id: b.id, name: b.name, movement: b.movement.kind },
		status: boefStatus(data.state, b.id),
		inPlay: boefInPlay(data.state, b.id),
		incident: data.state.incident,
		clock: clock(data.plan, data.state, nowMs),
		area: data.plan.area,
		codeWord: b.codeWord
	};
}
