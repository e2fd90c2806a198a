/**
 * One Boef in de Wijk game: the spelleider's plan (area, rounds, boeven, clues) and the game's
 * state (meldkamer informed, started, paused for a real incident, boeven entered and caught,
 * ended). The state changes only through `applyCommand`, a pure function, so every rule ("no
 * start before the meldkamer knows") is tested here and the server merely stores the result.
 * Times are epoch ms; game time (pauses left out) comes from clues.ts.
 */
import type { BoefRoute } from './boef-route';
import {
	clueCircle,
	clueDueAtMs,
	currentRound,
	DEFAULT_RADII_M,
	gameClock,
	isPausedAt,
	totalGameMs,
	wallTimeAt,
	type ClueCircle,
	type GamePause,
	type RoundSchedule
} from './clues';
import type { LatLng } from './geo';
import { pickFields } from './signalement-pick';
import type { Signalement, SignalementField } from './signalement';

export type BoefMovementPlan = { kind: 'gps' } | { kind: 'route'; route: BoefRoute };

/** One boef as planned: his true description, his code word and how his position is known. */
export interface BoefPlan {
	/** Short stable id, e.g. "b1" (used in URLs, seeds and stored rows). */
	id: string;
	/** What participants and the dashboard call him: "Boef 1", "De fietser". */
	name: string;
	/** Said by the boef when found; never sent to participants. */
	codeWord: string;
	signalement: Signalement;
	movement: BoefMovementPlan;
	/** 'start': in play from the start; 'later': the spelleider lets him enter (e.g. after another is caught). */
	entry: 'start' | 'later';
}

/** A clue in the plan. Empty `text` lets each phone show a standard heading in its own language. */
export interface ClueSpec {
	id: string;
	/** 1-based. */
	round: number;
	/** Game ms after the round starts. */
	offsetMs: number;
	/** The boef it is about (his circle and description), or null for a general message. */
	boefId: string | null;
	text: string;
	/** Which parts of the boef's description it reveals. */
	fields: SignalementField[];
	/** Whether it carries an area circle around the boef (radius by round). */
	circle: boolean;
}

export interface GamePlan {
	/** The play area, a polygon of at least three points. */
	area: LatLng[];
	/** Planned start, ISO 8601 with offset, for the briefing; the real start is a command. */
	scheduledAt: string | null;
	schedule: RoundSchedule;
	/** Circle radius per round in metres; the last applies to later rounds. */
	radiiM: number[];
	boeven: BoefPlan[];
	clues: ClueSpec[];
}

export interface Meldkamer {
	/** Whom the spelleider spoke to ("OC Oost-Brabant, mw. De Vries"). */
	contact: string;
	/** When they were informed, epoch ms. */
	informedAtMs: number;
	/** Account that recorded it. */
	recordedBy: string;
}

export interface BoefStatus {
	enteredAtMs: number | null;
	caughtAtMs: number | null;
}

export type GamePhase = 'setup' | 'running' | 'ended';

export interface GameState {
	phase: GamePhase;
	meldkamer: Meldkamer | null;
	startedAtMs: number | null;
	/** Game-clock pauses (real incidents). An open one means the game is paused now. */
	pauses: GamePause[];
	/** The message phones show while paused. */
	incident: { message: string; sinceMs: number } | null;
	endedAtMs: number | null;
	boeven: Record<string, BoefStatus>;
	/** The spelleider closed the game to new participants (absent in games stored before the lock existed). */
	joinsLocked?: boolean;
}

export function initialGameState(): GameState {
	return {
		phase: 'setup',
		meldkamer: null,
		startedAtMs: null,
		pauses: [],
		incident: null,
		endedAtMs: null,
		boeven: {}
	};
}

export type GameCommand =
	| { type: 'meldkamer'; contact: string; informedAtMs: number; recordedBy: string }
	| { type: 'start' }
	| { type: 'pause'; message: string }
	| { type: 'resume' }
	| { type: 'end' }
	| { type: 'boef-enter'; boefId: string }
	| { type: 'boef-caught'; boefId: string }
	| { type: 'lock' }
	| { type: 'unlock' };

/** Why a command was refused: catalogue keys, translated where shown. */
export type GameError =
	| 'game.error.notInSetup'
	| 'game.error.notRunning'
	| 'game.error.meldkamerMissing'
	| 'game.error.areaMissing'
	| 'game.error.noBoef'
	| 'game.error.alreadyPaused'
	| 'game.error.notPaused'
	| 'game.error.unknownBoef'
	| 'game.error.boefAlreadyEntered'
	| 'game.error.boefNotInPlay'
	| 'game.error.ended'
	| 'game.error.informedInFuture';

export type CommandResult = { ok: true; state: GameState } | { ok: false; error: GameError };

/** Whether the plan is complete enough to start (the meldkamer gate is checked separately). */
export function planProblems(plan: GamePlan): GameError[] {
	const problems: GameError[] = [];
	if (plan.area.length < 3) problems.push('game.error.areaMissing');
	if (!plan.boeven.some((b) => b.entry === 'start')) problems.push('game.error.noBoef');
	return problems;
}

export function isPaused(state: GameState, nowMs: number): boolean {
	return state.phase === 'running' && isPausedAt(state.pauses, nowMs);
}

/** Game ms since the start with pauses left out; 0 before the start. */
export function gameElapsedMs(state: GameState, nowMs: number): number {
	if (state.startedAtMs === null) return 0;
	const end = state.endedAtMs ?? nowMs;
	return Math.max(0, gameClock(state.startedAtMs, state.pauses, Math.min(nowMs, end)));
}

/** Whether a boef is in play: entered, not caught, game running. */
export function boefInPlay(state: GameState, boefId: string): boolean {
	const s = state.boeven[boefId];
	return state.phase === 'running' && !!s && s.enteredAtMs !== null && s.caughtAtMs === null;
}

/**
 * Applies a spelleider's command. Pure: the caller stores the returned state and only then
 * tells anyone about it.
 */
export function applyCommand(
	plan: GamePlan,
	state: GameState,
	command: GameCommand,
	nowMs: number
): CommandResult {
	const ok = (s: GameState): CommandResult => ({ ok: true, state: s });
	const fail = (error: GameError): CommandResult => ({ ok: false, error });
	if (state.phase === 'ended') return fail('game.error.ended');
	switch (command.type) {
		case 'meldkamer': {
			// Recorded before the start; a later correction (e.g. a second call) is allowed too.
			if (command.informedAtMs > nowMs + 60_000) return fail('game.error.informedInFuture');
			return ok({
				...state,
				meldkamer: {
					contact: command.contact,
					informedAtMs: command.informedAtMs,
					recordedBy: command.recordedBy
				}
			});
		}
		case 'start': {
			if (state.phase !== 'setup') return fail('game.error.notInSetup');
			if (!state.meldkamer) return fail('game.error.meldkamerMissing');
			const problem = planProblems(plan)[0];
			if (problem) return fail(problem);
			const boeven: Record<string, BoefStatus> = {};
			for (const b of plan.boeven)
				boeven[b.id] = { enteredAtMs: b.entry === 'start' ? nowMs : null, caughtAtMs: null };
			return ok({ ...state, phase: 'running', startedAtMs: nowMs, boeven });
		}
		case 'pause': {
			if (state.phase !== 'running') return fail('game.error.notRunning');
			if (isPausedAt(state.pauses, nowMs)) return fail('game.error.alreadyPaused');
			return ok({
				...state,
				pauses: [...state.pauses, { fromMs: nowMs, toMs: null }],
				incident: { message: command.message, sinceMs: nowMs }
			});
		}
		case 'resume': {
			if (state.phase !== 'running') return fail('game.error.notRunning');
			if (!isPausedAt(state.pauses, nowMs)) return fail('game.error.notPaused');
			return ok({
				...state,
				pauses: state.pauses.map((p) => (p.toMs == null ? { ...p, toMs: nowMs } : p)),
				incident: null
			});
		}
		case 'end': {
			return ok({
				...state,
				phase: 'ended',
				endedAtMs: nowMs,
				pauses: state.pauses.map((p) => (p.toMs == null ? { ...p, toMs: nowMs } : p)),
				incident: null
			});
		}
		case 'boef-enter': {
			if (state.phase !== 'running') return fail('game.error.notRunning');
			if (!plan.boeven.some((b) => b.id === command.boefId)) return fail('game.error.unknownBoef');
			if (state.boeven[command.boefId]?.enteredAtMs != null) return fail('game.error.boefAlreadyEntered');
			return ok({
				...state,
				boeven: { ...state.boeven, [command.boefId]: { enteredAtMs: nowMs, caughtAtMs: null } }
			});
		}
		case 'boef-caught': {
			if (state.phase !== 'running') return fail('game.error.notRunning');
			if (!plan.boeven.some((b) => b.id === command.boefId)) return fail('game.error.unknownBoef');
			if (!boefInPlay(state, command.boefId)) return fail('game.error.boefNotInPlay');
			const s = state.boeven[command.boefId]!;
			return ok({ ...state, boeven: { ...state.boeven, [command.boefId]: { ...s, caughtAtMs: nowMs } } });
		}
		// Closing to new names (e.g. after a burst of bots) is possible in set-up and while running.
		case 'lock':
			return ok({ ...state, joinsLocked: true });
		case 'unlock':
			return ok({ ...state, joinsLocked: false });
	}
}

/** Whether the last round is over at `nowMs` (the server then ends the game). */
export function roundsFinished(plan: GamePlan, state: GameState, nowMs: number): boolean {
	return state.phase === 'running' && gameElapsedMs(state, nowMs) >= totalGameMs(plan.schedule);
}

/** The wall-clock moment the last round ends, or null while paused or not running. */
export function gameEndsAtMs(plan: GamePlan, state: GameState): number | null {
	if (state.phase !== 'running' || state.startedAtMs === null) return null;
	return wallTimeAt(state.startedAtMs, state.pauses, totalGameMs(plan.schedule));
}

/** The round running now (1-based) or null before the start and after the last round. */
export function roundAt(plan: GamePlan, state: GameState, nowMs: number): number | null {
	if (state.startedAtMs === null) return null;
	const r = currentRound(plan.schedule, gameElapsedMs(state, nowMs));
	return typeof r === 'object' ? r.round : null;
}

export function radiusForRound(plan: GamePlan, round: number): number {
	const radii = plan.radiiM.length > 0 ? plan.radiiM : DEFAULT_RADII_M;
	return radii[Math.min(Math.max(round, 1), radii.length) - 1]!;
}

/** A clue as given to everyone: what the phones show. Never the boef's exact position. */
export interface PublishedClue {
	id: string;
	round: number | null;
	boefId: string | null;
	text: string;
	/** The revealed part of the boef's description (empty when none). */
	signalement: Signalement;
	circle: ClueCircle | null;
	publishedAtMs: number;
	source: 'plan' | 'manual';
}

/**
 * Planned clues due now that were not given yet, in order. A clue about a boef who is not in
 * play (not entered yet, or caught) is due but cannot be given: it is returned in `skipped`
 * so it is not given later out of its round.
 */
export function dueClueSpecs(
	plan: GamePlan,
	state: GameState,
	given: ReadonlySet<string>,
	nowMs: number
): { give: ClueSpec[]; skipped: ClueSpec[] } {
	const give: ClueSpec[] = [];
	const skipped: ClueSpec[] = [];
	if (state.phase !== 'running' || isPausedAt(state.pauses, nowMs)) return { give, skipped };
	const elapsed = gameElapsedMs(state, nowMs);
	const due = plan.clues
		.map((c) => ({ c, at: clueDueAtMs(c, plan.schedule) }))
		.filter((x): x is { c: ClueSpec; at: number } => x.at !== null && x.at <= elapsed && !given.has(x.c.id))
		.sort((a, b) => a.at - b.at || (a.c.id < b.c.id ? -1 : 1));
	for (const { c } of due) (c.boefId === null || boefInPlay(state, c.boefId) ? give : skipped).push(c);
	return { give, skipped };
}

/** When the next planned clue not yet given falls due, wall-clock ms, or null (none, or paused). */
export function nextClueAtMs(plan: GamePlan, state: GameState, given: ReadonlySet<string>): number | null {
	if (state.phase !== 'running' || state.startedAtMs === null) return null;
	let best: number | null = null;
	for (const c of plan.clues) {
		if (given.has(c.id)) continue;
		const at = clueDueAtMs(c, plan.schedule);
		if (at === null) continue;
		if (best === null || at < best) best = at;
	}
	return best === null ? null : wallTimeAt(state.startedAtMs, state.pauses, best);
}

/**
 * Builds the clue phones receive. The circle contains the boef but is not centred on him
 * (clues.ts), drawn from `draws(`${boefId}:${clueId}`)`: numbers the server keys with the
 * game's secret, so a restart draws the same circle and no phone can undo it.
 * `boefPosition` null (GPS lost) gives a clue without a circle rather than a wrong one.
 */
export function buildClue(
	draws: (label: string) => () => number,
	plan: GamePlan,
	spec: Pick<ClueSpec, 'id' | 'boefId' | 'text' | 'fields' | 'circle'> & { radiusM?: number },
	round: number | null,
	boefPosition: LatLng | null,
	nowMs: number,
	source: 'plan' | 'manual'
): PublishedClue {
	const boef = spec.boefId ? plan.boeven.find((b) => b.id === spec.boefId) : undefined;
	const radius = spec.radiusM ?? radiusForRound(plan, round ?? 1);
	const circle =
		spec.circle && boef && boefPosition
			? clueCircle(boefPosition, radius, draws(`${boef.id}:${spec.id}`))
			: null;
	return {
		id: spec.id,
		round,
		boefId: boef?.id ?? null,
		text: spec.text,
		signalement: boef ? pickFields(boef.signalement, spec.fields) : {},
		circle,
		publishedAtMs: nowMs,
		source
	};
}

/**
 * Which parts of the description the default plan reveals per round: little at first (as a
 * first Burgernet alert), more as the circle shrinks.
 */
export const DEFAULT_REVEAL: readonly (readonly SignalementField[])[] = [
	['person.sex', 'person.age', 'person.clothing.boven', 'person.clothing.jas'],
	['person.height', 'person.build', 'person.clothing.onder', 'person.clothing.hoofd', 'vehicle.kind'],
	['person.hair.colour', 'person.hair.length', 'person.carrying', 'vehicle.colour', 'vehicle.make'],
	['person.clothing.schoenen', 'person.particulars', 'person.glasses', 'person.beard', 'vehicle.plate']
];

/**
 * The default clue plan: for every boef who starts, a clue at the start of every round with a
 * circle, revealing a bit more of his description each round. Texts are left empty (each phone
 * shows a standard heading in its language); the spelleider can write their own.
 */
export function defaultCluePlan(boeven: readonly BoefPlan[], schedule: RoundSchedule): ClueSpec[] {
	const clues: ClueSpec[] = [];
	schedule.roundsMs.forEach((_, i) => {
		const round = i + 1;
		const fields = DEFAULT_REVEAL.slice(0, Math.min(round, DEFAULT_REVEAL.length)).flat();
		for (const b of boeven) {
			if (b.entry !== 'start') continue;
			clues.push({
				id: `r${round}-${b.id}`,
				round,
				offsetMs: 0,
				boefId: b.id,
				text: '',
				fields: [...fields],
				circle: true
			});
		}
	});
	return clues;
}
