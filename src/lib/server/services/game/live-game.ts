import { isUniqueViolation } from '$lib/server/db/errors';
import { drawsFor } from '$lib/server/keyed-random';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';
import { bridge } from '$lib/server/realtime/bridge';
import { rooms } from '$lib/server/realtime/rooms';
import { addParticipant, markParticipantsRemoved } from '$lib/server/services/participants';
import { checkNickname, normaliseNickname } from '$lib/domain/nickname';
import { BurstWatch } from '$lib/domain/join-bursts';
import { positionAt } from '$lib/domain/boef/boef-route';
import {
	applyCommand,
	boefInPlay,
	buildClue,
	dueClueSpecs,
	gameEndsAtMs,
	nextClueAtMs,
	roundAt,
	type GameCommand,
	type PublishedClue
} from '$lib/domain/boef/game';
import {
	boefView,
	hostGameView,
	hostReport,
	playerGameView,
	playerReport,
	proposalsFor,
	teamKey,
	whereabouts,
	type BoefView,
	type FeedbackKey,
	type GameData,
	type GameFindRecord,
	type GameParticipant,
	type GameReportRecord,
	type HostGameView,
	type HostReport,
	type PlayerGameView,
	type PlayerReport,
	type Proposal
} from '$lib/domain/boef/game-views';
import type { LatLng } from '$lib/domain/boef/geo';
import { DEFAULT_LOOK_AHEAD_MS, matchReport } from '$lib/domain/boef/report-match';
import { reportFlags, reportQuality } from '$lib/domain/boef/report-quality';
import type { GameReportPayloadParsed } from '$lib/domain/boef/schemas';
import { checkCodeWord, normaliseCodeWord } from '$lib/domain/boef/scoring';
import type { SignalementField } from '$lib/domain/boef/signalement';
import { DEFAULT_MAX_HOLD_MS, positionFromTrack, type TrackPoint } from '$lib/domain/boef/track';
import {
	findStoredFind,
	findStoredReport,
	handledClueIds,
	insertClue,
	insertFind,
	loadGameData,
	loadGameRow,
	saveGameState,
	storePositions,
	storeReport,
	toFindRecord,
	toReportRecord,
	updateReview,
	type GameRow
} from './store';

/** How often the dashboards get new reports during a burst, ms: one message per 20 ms, not 2,000 per second. */
const HOST_REPORTS_INTERVAL_MS = 20;
/** Team-mates hear of each other's new reports in batches this often, ms: a map pin, not an alarm (fewer, larger
 * messages in a burst; 250 ms made each flush a latency spike of its own in bench/game-burst.ts). */
const TEAM_REPORTS_INTERVAL_MS = 100;
/** Match proposals are worked out at most this many per tick… */
const PROPOSALS_PER_TICK = 10;
/** …every this many ms (500 a second: a burst of 2,000 catches up within seconds, leaving the CPU to the reports). */
const PROPOSALS_INTERVAL_MS = 20;
/** Wrong code words a participant may enter in 5 minutes: enough for typos, too few to guess. */
const WRONG_CODES_PER_5_MIN = 5;
/** Fixes more than this far in the phone's future are clamped to the server's now, ms. */
const FUTURE_SLACK_MS = 2_000;

export interface GameMeta {
	id: string;
	organisationId: string;
	hostAccountId: string | null;
	/** Keys the clue circles' random offsets; never leaves the server (see keyed-random.ts). */
	drawSecret: string;
}

export type ReportPayload = GameReportPayloadParsed;

/**
 * One running Boef in de Wijk game in memory, with the database as the record: every change is
 * written before it is acknowledged or shown, and loading rebuilds everything from the
 * database, which is how a restarted server resumes (the clock is stored timestamps; the
 * timers are derived from them). State changes run one at a time, in order; reports and
 * positions are batched and do not wait for commands.
 */
export class LiveGame {
	/**
	 * Everything of the game. Its lists grow in place (a burst of 2,000 reports must not copy
	 * the list 2,000 times); views only read them. Plan and state are replaced on change.
	 */
	private data: GameData;
	private get mutable() {
		return this.data as unknown as {
			participants: GameData['participants'][number][];
			clues: PublishedClue[];
			reports: GameReportRecord[];
			finds: GameFindRecord[];
			tracks: Record<string, TrackPoint[]>;
		};
	}
	private given = new Set<string>();
	/** Each GPS boef's latest fix sent before the start (not stored: it belongs to no game). */
	private beforeStart = new Map<string, TrackPoint>();
	private reportsById = new Map<string, GameReportRecord>();
	private inflightReports = new Map<string, Promise<GameReportRecord>>();
	private commands: Promise<unknown> = Promise.resolve();
	/** Lookups a burst of reports needs many times a second: participant by id, team members by team key. */
	private byId = new Map<string, GameParticipant>();
	private teams = new Map<string, string[]>();
	private timer: ReturnType<typeof setTimeout> | undefined;
	private pendingHostReports = new Map<string, GameReportRecord>();
	/** Team-mates' new reports waiting to go out, per participant. */
	private teamOutbox = new Map<string, Map<string, PlayerReport>>();
	private teamTimer: ReturnType<typeof setTimeout> | undefined;
	/**
	 * Match proposals per report, worked out after the report is shown, a few at a time
	 * (PROPOSALS_PER_TICK): each compares the report with every boef's track around its moment,
	 * and doing that inline made a burst of 2,000 reports wait for each other.
	 */
	private proposals = new Map<string, Proposal[]>();
	private proposalQueue: string[] = [];
	/** Reports to work out again once the track after them is known, in order of `at`. */
	private recheck: { id: string; at: number }[] = [];
	private proposalTimer: ReturnType<typeof setTimeout> | undefined;
	private hostReportsTimer: ReturnType<typeof setTimeout> | undefined;
	/** Joins far faster than people type, per address; the spelleider may remove such a burst at once. */
	private bursts = new BurstWatch();

	private constructor(
		readonly meta: GameMeta,
		data: GameData
	) {
		this.data = {
			...data,
			participants: [...data.participants],
			clues: [...data.clues],
			reports: [...data.reports],
			finds: [...data.finds],
			tracks: Object.fromEntries(Object.entries(data.tracks).map(([k, v]) => [k, [...v]])),
			joinBursts: this.bursts.bursts
		};
		for (const r of data.reports) this.reportsById.set(r.id, r);
		this.mutable.participants.length = 0;
		for (const p of data.participants) this.addParticipant(p);
	}

	static async load(where: { id: string } | { joinCode: string }): Promise<LiveGame | null> {
		const row = await loadGameRow(where);
		if (!row) return null;
		return LiveGame.fromRow(row);
	}

	static async fromRow(row: GameRow): Promise<LiveGame> {
		const game = new LiveGame(
			{
				id: row.id,
				organisationId: row.organisationId,
				hostAccountId: row.hostAccountId,
				drawSecret: row.drawSecret
			},
			await loadGameData(row)
		);
		game.given = await handledClueIds(row.id);
		game.schedule();
		return game;
	}

	get id() {
		return this.meta.id;
	}
	/** Random numbers per label that only the server can predict (clue circle offsets). */
	private get draws() {
		return drawsFor(this.meta.drawSecret, this.meta.id);
	}
	get state() {
		return this.data.state;
	}
	get plan() {
		return this.data.plan;
	}
	get joinCode() {
		return this.data.joinCode;
	}

	hostView(now = Date.now()): HostGameView {
		const view = hostGameView(this.data, now, this.proposals);
		// Reports not in the cache got theirs just now: keep them.
		for (const r of view.reports) this.proposals.set(r.id, r.proposals);
		return view;
	}
	playerView(participantId: string, now = Date.now()): PlayerGameView {
		return playerGameView(this.data, participantId, now);
	}
	boefView(boefId: string, now = Date.now()): BoefView | null {
		return boefView(this.data, boefId, now);
	}
	isParticipant(participantId: string): boolean {
		const p = this.byId.get(participantId);
		return !!p && !p.removed;
	}

	private serial<T>(fn: () => Promise<T>): Promise<T> {
		const run = this.commands.then(fn, fn);
		this.commands = run.catch(() => {});
		return run;
	}

	// ------------------------------------------------------------ the spelleider

	command(command: GameCommand, now = Date.now()): Promise<HostGameView> {
		return this.serial(async () => {
			const result = applyCommand(this.data.plan, this.data.state, command, now);
			if (!result.ok) throw new AppError(result.error, 409);
			await saveGameState(this.id, result.state, new Date(now));
			this.data = { ...this.data, state: result.state };
			// Clues due at the start (round 1, minute 0) go out with the start itself.
			await this.giveDueClues(now);
			this.schedule();
			this.broadcast(now);
			if (this.data.state.phase === 'ended') forget(this.id);
			return this.hostView(now);
		});
	}

	/** A clue the spelleider writes during the game; goes out now. */
	publishClue(
		spec: {
			id: string;
			boefId: string | null;
			text: string;
			fields: SignalementField[];
			circle: boolean;
			radiusM?: number;
		},
		now = Date.now()
	): Promise<PublishedClue> {
		return this.serial(async () => {
			if (this.data.state.phase !== 'running') throw new AppError('game.error.notRunning', 409);
			const existing = this.data.clues.find((c) => c.id === spec.id);
			if (existing) return existing;
			if (spec.boefId !== null && !boefInPlay(this.data.state, spec.boefId))
				throw new AppError('game.error.boefNotInPlay', 409);
			const round = roundAt(this.data.plan, this.data.state, now);
			const position = spec.boefId ? this.boefPosition(spec.boefId, now) : null;
			const clue = buildClue(this.draws, this.data.plan, spec, round, position, now, 'manual');
			if (await insertClue(this.id, clue)) this.announceClue(clue);
			return clue;
		});
	}

	/** Where a boef is now as far as the server knows: his route, or his latest GPS fix. */
	boefPosition(boefId: string, now: number): LatLng | null {
		const plan = this.data.plan.boeven.find((b) => b.id === boefId);
		const entered = this.data.state.boeven[boefId]?.enteredAtMs;
		if (!plan || entered == null) return null;
		if (plan.movement.kind === 'route') return positionAt(plan.movement.route, entered, now).position;
		const track = this.data.tracks[boefId] ?? [];
		const fromTrack = positionFromTrack(track, now)?.position;
		if (fromTrack) return fromTrack;
		// Just after the start his track is still empty: his last fix from before counts if recent.
		const before = this.beforeStart.get(boefId);
		return track.length === 0 && before && now - before.at <= DEFAULT_MAX_HOLD_MS ? before.position : null;
	}

	/** Gives the planned clues that fell due (after a restart: those due meanwhile, once each). */
	private async giveDueClues(now: number) {
		const { give, skipped } = dueClueSpecs(this.data.plan, this.data.state, this.given, now);
		for (const spec of skipped) {
			await insertClue(this.id, {
				...buildClue(this.draws, this.data.plan, spec, spec.round, null, now, 'plan'),
				publishedAtMs: null
			});
			this.given.add(spec.id);
		}
		for (const spec of give) {
			const position = spec.boefId ? this.boefPosition(spec.boefId, now) : null;
			const clue = buildClue(this.draws, this.data.plan, spec, spec.round, position, now, 'plan');
			this.given.add(spec.id);
			if (await insertClue(this.id, clue)) this.announceClue(clue);
		}
	}

	private announceClue(clue: PublishedClue) {
		this.mutable.clues.push(clue);
		const io = bridge().io;
		if (!io) return;
		const view = playerGameView(this.data, '', clue.publishedAtMs).clues.at(-1)!;
		io.to(rooms.gamePlayers(this.id)).emit('game:clue', view);
		this.broadcast(clue.publishedAtMs);
	}

	/** One timer for the next thing the clock brings: a planned clue, or the end of the last round. */
	private schedule() {
		clearTimeout(this.timer);
		this.timer = undefined;
		const { plan, state } = this.data;
		if (state.phase !== 'running') return;
		const candidates = [nextClueAtMs(plan, state, this.given), gameEndsAtMs(plan, state)].filter(
			(x): x is number => x !== null
		);
		if (candidates.length === 0) return;
		const wait = Math.max(0, Math.min(...candidates) - Date.now());
		// setTimeout overflows past ~24.8 days; a game never waits that long, but be safe.
		this.timer = setTimeout(() => this.tick(), Math.min(wait, 2 ** 31 - 1));
		this.timer.unref?.();
	}

	private tick() {
		void this.serial(async () => {
			const now = Date.now();
			if (this.data.state.phase !== 'running') return;
			await this.giveDueClues(now);
			const endsAt = gameEndsAtMs(this.data.plan, this.data.state);
			if (endsAt !== null && endsAt <= now) {
				const result = applyCommand(this.data.plan, this.data.state, { type: 'end' }, endsAt);
				if (result.ok) {
					await saveGameState(this.id, result.state, new Date(now));
					this.data = { ...this.data, state: result.state };
					this.broadcast(now);
					forget(this.id);
					return;
				}
			}
			this.schedule();
		}).catch((err: unknown) => {
			log.error({ err, liveSessionId: this.id }, 'game clock tick failed; retrying');
			this.timer = setTimeout(() => this.tick(), 1000);
		});
	}

	// ------------------------------------------------------------ participants

	/** `address`: the phone's network (client-address.ts), to notice bursts; never shown. */
	async join(
		rawNickname: string,
		rawTeam: string | undefined,
		address = 'unknown',
		now = Date.now()
	): Promise<{ participantId: string; token: string; nickname: string }> {
		const nickname = normaliseNickname(rawNickname);
		const problem = checkNickname(nickname);
		if (problem) throw new AppError(problem, 400);
		const team = rawTeam ? normaliseNickname(rawTeam) : '';
		if (team) {
			if (checkNickname(team)) throw new AppError('game.error.teamName', 400);
		}
		if (this.data.state.phase === 'ended') throw new AppError('game.error.ended', 410);
		if (this.data.state.joinsLocked) throw new AppError('burst.error.gameLocked', 403);
		const lower = nickname.toLocaleLowerCase('nl');
		if (this.data.participants.some((p) => p.nickname.toLocaleLowerCase('nl') === lower))
			throw new AppError('nickname.taken', 409);
		let created;
		try {
			created = await addParticipant(this.id, nickname, team || null);
		} catch (err) {
			if (isUniqueViolation(err)) throw new AppError('nickname.taken', 409);
			throw err;
		}
		this.addParticipant({ id: created.id, nickname, team: team || null, removed: false });
		const bursts = this.bursts.bursts.length;
		this.bursts.record(address, created.id, now);
		// A new burst warns the spelleider at once; ordinary joins reach the dashboard throttled.
		if (this.bursts.bursts.length > bursts) this.broadcastHosts(now);
		else this.broadcastHostsSoon();
		return { participantId: created.id, token: created.token, nickname };
	}

	/**
	 * Removes every name of a burst still here: their tokens stop working, their phones get
	 * `game:removed` and are disconnected. What they reported or found stays on record.
	 */
	removeBurst(burstId: string, now = Date.now()): Promise<HostGameView> {
		return this.serial(async () => {
			const burst = this.bursts.find(burstId);
			if (!burst) throw new AppError('burst.error.notFound', 404);
			const ids = burst.participantIds.filter((id) => this.isParticipant(id));
			await markParticipantsRemoved(ids, new Date(now));
			const io = bridge().io;
			for (const id of ids) {
				this.byId.get(id)!.removed = true;
				io?.to(rooms.participant(id)).emit('game:removed');
				io?.in(rooms.participant(id)).disconnectSockets(true);
			}
			this.broadcastHosts(now);
			return this.hostView(now);
		});
	}

	private addParticipant(p: GameParticipant) {
		this.mutable.participants.push(p);
		this.byId.set(p.id, p);
		const key = teamKey(p.team);
		if (key) this.teams.set(key, [...(this.teams.get(key) ?? []), p.id]);
	}

	/** The participant ids of a participant's side: themselves, or their whole team. */
	private side(participantId: string, team: string | null): string[] {
		const key = teamKey(team);
		if (!key) return [participantId];
		return this.teams.get(key) ?? [participantId];
	}

	private toPlayerReport(r: GameReportRecord, forParticipant: string): PlayerReport {
		return playerReport(r, this.byId.get(r.participantId)?.nickname ?? '', forParticipant);
	}

	/**
	 * Stores a report and resolves once it is durable. A resend (same id) resolves with the
	 * stored report and changes nothing. Reports are accepted while the game runs (also paused:
	 * a resident who saw something still reports it) and from the offline queue after the end,
	 * if they were made before it.
	 */
	async report(
		participantId: string,
		input: ReportPayload,
		now = Date.now(),
		/** The socket it came from: its ack carries the report, so it gets no game:feedback copy. */
		originSocketId?: string
	): Promise<PlayerReport> {
		const known = this.reportsById.get(input.id);
		if (known) return this.owned(known, participantId);
		const pending = this.inflightReports.get(input.id);
		if (pending) return this.owned(await pending, participantId);
		const p = this.byId.get(participantId);
		if (!p || p.removed) throw new AppError('quiz.error.removed', 403);
		const { state } = this.data;
		// The phone's clock may be off: shift its times by (our arrival − its send time).
		const offset = now - input.sentAt;
		const startedAt = state.startedAtMs;
		if (startedAt === null) throw new AppError('game.error.notStarted', 409);
		const madeAt = Math.min(now, Math.max(startedAt, input.madeAt + offset));
		if (state.endedAtMs !== null && madeAt > state.endedAtMs) throw new AppError('game.error.ended', 410);
		const seenAt = Math.max(startedAt, madeAt - input.seenMinutesAgo * 60_000);
		const round = roundAt(this.data.plan, state, madeAt);
		// Flags (appearance only, skin colour) need no boef: they are derived when the report is
		// read (store.ts) and, live, just after it is shown (workOutProposals), not in the burst.
		const flags: GameReportRecord['flags'] = [];
		const record: GameReportRecord = {
			id: input.id,
			participantId,
			team: p.team,
			place: input.place,
			seenAtMs: seenAt,
			atMs: madeAt,
			receivedAtMs: now,
			behaviour: input.behaviour,
			signalement: input.signalement,
			channel: input.channel,
			round,
			matchBoefId: null,
			matchStatus: null,
			quality: null,
			flags,
			feedback: null,
			feedbackAtMs: null
		};
		const promise = storeReport({
			id: record.id,
			liveSessionId: this.id,
			participantId,
			team: record.team,
			lat: record.place.lat,
			lng: record.place.lng,
			seenAt: new Date(seenAt),
			reportedAt: new Date(madeAt),
			receivedAt: new Date(now),
			behaviour: record.behaviour,
			signalement: record.signalement,
			channel: record.channel,
			round,
			flags
		}).then(
			async (fresh) => {
				this.inflightReports.delete(input.id);
				if (!fresh) {
					// Stored before (e.g. by this game before a restart lost the memory of it).
					const row = await findStoredReport(input.id);
					if (!row || row.liveSessionId !== this.id) throw new AppError('error.invalidInput', 400);
					return this.remember(toReportRecord(row));
				}
				const r = this.remember(record);
				this.reportChanged(r, originSocketId);
				return r;
			},
			(err: unknown) => {
				this.inflightReports.delete(input.id);
				throw err;
			}
		);
		this.inflightReports.set(input.id, promise);
		return this.owned(await promise, participantId);
	}

	/** A report id is the phone's: someone else's id gets no answer about that report. */
	private owned(r: GameReportRecord, participantId: string): PlayerReport {
		if (r.participantId !== participantId) throw new AppError('error.invalidInput', 400);
		return this.toPlayerReport(r, participantId);
	}

	private remember(r: GameReportRecord): GameReportRecord {
		const existing = this.reportsById.get(r.id);
		if (existing) return existing;
		this.reportsById.set(r.id, r);
		this.mutable.reports.push(r);
		return r;
	}

	/**
	 * Tells the dashboards (batched) and the reporter's team about a new or changed report. A
	 * new report reaches team-mates in batches (TEAM_REPORTS_INTERVAL_MS), not the sending phone
	 * (its ack carries it); a reply of the spelleider goes to the whole team at once.
	 */
	private reportChanged(r: GameReportRecord, originSocketId?: string) {
		this.pendingHostReports.set(r.id, r);
		if (!this.proposals.has(r.id)) this.queueProposals(r.id);
		this.hostReportsTimer ??= setTimeout(() => this.flushHostReports(), HOST_REPORTS_INTERVAL_MS);
		const io = bridge().io;
		if (!io) return;
		const isNew = originSocketId !== undefined;
		for (const id of this.side(r.participantId, r.team)) {
			if (isNew && id === r.participantId) continue;
			const report = this.toPlayerReport(r, id);
			if (!isNew) {
				io.to(rooms.participant(id)).emit('game:feedback', [report]);
				continue;
			}
			let box = this.teamOutbox.get(id);
			if (!box) this.teamOutbox.set(id, (box = new Map()));
			box.set(r.id, report);
			this.teamTimer ??= setTimeout(() => this.flushTeamReports(), TEAM_REPORTS_INTERVAL_MS);
		}
	}

	private flushTeamReports() {
		this.teamTimer = undefined;
		const io = bridge().io;
		for (const [id, box] of this.teamOutbox)
			io?.to(rooms.participant(id)).emit('game:feedback', [...box.values()]);
		this.teamOutbox.clear();
	}

	private flushHostReports() {
		this.hostReportsTimer = undefined;
		const batch = [...this.pendingHostReports.values()];
		this.pendingHostReports.clear();
		if (batch.length === 0) return;
		const boeven = whereabouts(this.data.plan, this.data.state, this.data.tracks);
		bridge()
			.io?.to(rooms.gameHosts(this.id))
			.emit(
				'game:reports',
				// Proposals not worked out yet come with a later game:reports of the same report.
				batch.map((r) => hostReport(this.data, r, boeven, this.proposals.get(r.id) ?? []))
			);
	}

	private queueProposals(reportId: string) {
		this.proposalQueue.push(reportId);
		if (this.proposalTimer && this.proposalQueue.length > 1) return;
		clearTimeout(this.proposalTimer);
		this.proposalTimer = setTimeout(() => this.workOutProposals(), PROPOSALS_INTERVAL_MS);
	}

	private workOutProposals() {
		this.proposalTimer = undefined;
		const now = Date.now();
		// The boef's track after the report can still change its proposals (he may have been
		// approaching): once that window has passed, each is worked out once more.
		while (this.recheck.length > 0 && this.recheck[0]!.at <= now)
			this.proposalQueue.push(this.recheck.shift()!.id);
		const boeven = whereabouts(this.data.plan, this.data.state, this.data.tracks);
		for (const id of this.proposalQueue.splice(0, PROPOSALS_PER_TICK)) {
			const r = this.reportsById.get(id);
			if (!r) continue;
			this.proposals.set(id, proposalsFor(r, boeven));
			if (r.quality === null) r.flags = reportFlags(r);
			const settledAt = r.atMs + DEFAULT_LOOK_AHEAD_MS;
			if (settledAt > now) this.recheck.push({ id, at: settledAt + 1000 });
			this.pendingHostReports.set(id, r);
			this.hostReportsTimer ??= setTimeout(() => this.flushHostReports(), HOST_REPORTS_INTERVAL_MS);
		}
		const next =
			this.proposalQueue.length > 0
				? PROPOSALS_INTERVAL_MS
				: this.recheck.length > 0
					? Math.max(PROPOSALS_INTERVAL_MS, this.recheck[0]!.at - now)
					: null;
		if (next !== null) {
			this.proposalTimer = setTimeout(() => this.workOutProposals(), next);
			this.proposalTimer.unref?.();
		}
	}

	/** A participant enters a boef's code word. A repeated id returns the first result. */
	async find(
		participantId: string,
		input: { id: string; codeWord: string },
		now = Date.now()
	): Promise<{ found: boolean; boefName: string | null; first: boolean }> {
		return this.serial(async () => {
			const stored = this.data.finds.find((f) => f.id === input.id) ?? (await this.storedFind(input.id));
			if (stored) {
				if (stored.participantId !== participantId) throw new AppError('error.invalidInput', 400);
				return this.findResult(stored);
			}
			const p = this.byId.get(participantId);
			if (!p || p.removed) throw new AppError('quiz.error.removed', 403);
			if (this.data.state.phase === 'ended') throw new AppError('game.error.ended', 410);
			if (this.data.state.phase !== 'running') throw new AppError('game.error.notRunning', 409);
			const wrongRecently = this.data.finds.filter(
				(f) => f.participantId === participantId && f.boefId === null && now - f.atMs < 5 * 60_000
			).length;
			if (wrongRecently >= WRONG_CODES_PER_5_MIN)
				throw new AppError('game.error.tooManyCodes', 429, { minutes: 5 });
			const boef = this.data.plan.boeven.find(
				(b) => this.data.state.boeven[b.id]?.enteredAtMs != null && checkCodeWord(input.codeWord, b.codeWord)
			);
			const record: GameFindRecord = {
				id: input.id,
				participantId,
				team: p.team,
				boefId: boef?.id ?? null,
				codeWord: normaliseCodeWord(input.codeWord),
				atMs: now
			};
			await insertFind({
				id: record.id,
				liveSessionId: this.id,
				participantId,
				team: record.team,
				boefId: record.boefId,
				codeWord: record.codeWord,
				at: new Date(now)
			});
			this.mutable.finds.push(record);
			if (boef && boefInPlay(this.data.state, boef.id)) {
				// The first right code word means he was found: aangehouden.
				const result = applyCommand(
					this.data.plan,
					this.data.state,
					{ type: 'boef-caught', boefId: boef.id },
					now
				);
				if (result.ok) {
					await saveGameState(this.id, result.state, new Date(now));
					this.data = { ...this.data, state: result.state };
				}
			}
			if (boef) this.broadcast(now);
			else this.emitFinds([record]);
			return this.findResult(record);
		});
	}

	private async storedFind(id: string): Promise<GameFindRecord | null> {
		const row = await findStoredFind(id);
		return row && row.liveSessionId === this.id ? toFindRecord(row) : null;
	}

	private findResult(f: GameFindRecord) {
		if (!f.boefId) return { found: false, boefName: null, first: false };
		const view = playerGameView(this.data, f.participantId, Date.now());
		return {
			found: true,
			boefName: this.data.plan.boeven.find((b) => b.id === f.boefId)?.name ?? null,
			first: view.finds.find((x) => x.id === f.id)?.first ?? false
		};
	}

	private emitFinds(finds: GameFindRecord[]) {
		const nick = (id: string) => this.byId.get(id)?.nickname ?? '';
		bridge()
			.io?.to(rooms.gameHosts(this.id))
			.emit(
				'game:finds',
				finds.map((f) => ({ ...f, nickname: nick(f.participantId) }))
			);
	}

	// ------------------------------------------------------------ reviewing reports

	review(
		reviewerId: string,
		input: { reportId: string; match?: string | 'rejected' | null; feedback?: FeedbackKey },
		now = Date.now()
	): Promise<HostReport> {
		return this.serial(async () => {
			const r = this.reportsById.get(input.reportId);
			if (!r) throw new AppError('game.error.reportNotFound', 404);
			const set: Parameters<typeof updateReview>[1] = { reviewedBy: reviewerId };
			let next: GameReportRecord = { ...r };
			if (input.match !== undefined) {
				if (input.match === null || input.match === 'rejected') {
					next = { ...next, matchBoefId: null, matchStatus: input.match, quality: null };
					Object.assign(set, {
						matchBoefId: null,
						matchStatus: input.match,
						quality: null,
						qualityDetail: null
					});
				} else {
					const boef = this.data.plan.boeven.find((b) => b.id === input.match);
					if (!boef) throw new AppError('game.error.unknownBoef', 404);
					const where = whereabouts(this.data.plan, this.data.state, this.data.tracks).find(
						(w) => w.boefId === boef.id
					);
					const closest = where ? matchReport(r, where).closest : null;
					const quality = reportQuality(r, {
						truth: boef.signalement,
						boefThereAtMs: closest ? closest.atMs : null
					});
					next = {
						...next,
						matchBoefId: boef.id,
						matchStatus: 'confirmed',
						quality: quality.total,
						flags: quality.flags
					};
					Object.assign(set, {
						matchBoefId: boef.id,
						matchStatus: 'confirmed',
						quality: quality.total,
						qualityDetail: quality,
						flags: quality.flags
					});
				}
			}
			if (input.feedback !== undefined) {
				// The first answer's time is what "time to feedback" measures; a changed reply keeps it.
				const at = r.feedbackAtMs ?? now;
				next = { ...next, feedback: input.feedback, feedbackAtMs: at };
				Object.assign(set, { feedback: input.feedback, feedbackAt: new Date(at) });
			}
			await updateReview(r.id, set);
			this.reportsById.set(r.id, next);
			const reports = this.mutable.reports;
			reports[reports.findIndex((x) => x.id === r.id)] = next;
			this.reportChanged(next);
			this.flushHostReportsNow();
			const boeven = whereabouts(this.data.plan, this.data.state, this.data.tracks);
			return hostReport(this.data, next, boeven, this.proposals.get(next.id));
		});
	}

	private flushHostReportsNow() {
		clearTimeout(this.hostReportsTimer);
		this.flushHostReports();
	}

	// ------------------------------------------------------------ the boef's phone

	/**
	 * Stores a boef's GPS fixes (a backlog after a reconnect, or one) while the game runs and he
	 * is in play, and passes the new ones to the dashboards. Never to participants.
	 */
	async positions(
		boefId: string,
		input: { sentAt: number; fixes: { at: number; lat: number; lng: number; accuracyM?: number }[] },
		now = Date.now()
	): Promise<{ stored: number; sharing: boolean }> {
		const { state } = this.data;
		const status = state.boeven[boefId];
		const offset = now - input.sentAt;
		if (state.phase !== 'running' || status?.enteredAtMs == null) {
			// Not stored (no game yet), but remembered: the first clue at the start needs to know
			// where he is, and his phone may not send a new fix the very moment the game starts.
			const last = input.fixes.at(-1)!;
			if (state.phase === 'setup')
				this.beforeStart.set(boefId, {
					at: Math.min(now, last.at + offset),
					position: { lat: last.lat, lng: last.lng }
				});
			return { stored: 0, sharing: false };
		}
		const rows = input.fixes
			.map((f) => ({
				liveSessionId: this.id,
				boefId,
				at: new Date(Math.min(now + FUTURE_SLACK_MS, f.at + offset)),
				deviceAt: f.at,
				lat: f.lat,
				lng: f.lng,
				accuracyM: f.accuracyM ?? null
			}))
			// Fixes from before he entered belong to no game.
			.filter((r) => r.at.getTime() >= status.enteredAtMs!);
		if (rows.length === 0) return { stored: 0, sharing: true };
		const fresh = await storePositions(rows);
		if (fresh.length > 0) {
			const points: TrackPoint[] = fresh.map((r) => {
				const p: TrackPoint = { at: r.at.getTime(), position: { lat: r.lat, lng: r.lng } };
				if (r.accuracyM != null) p.accuracyM = r.accuracyM;
				return p;
			});
			const track = (this.mutable.tracks[boefId] ??= []);
			const inOrder = track.length === 0 || points[0]!.at >= track[track.length - 1]!.at;
			track.push(...points);
			// A backlog sent after a reconnect may interleave with fixes already here.
			if (!inOrder) track.sort((a, b) => a.at - b.at);
			bridge().io?.to(rooms.gameHosts(this.id)).emit('game:positions', { boefId, points });
		}
		return { stored: fresh.length, sharing: status.caughtAtMs === null };
	}

	// ------------------------------------------------------------ broadcasting

	private hostsTimer: ReturnType<typeof setTimeout> | undefined;
	private broadcastHostsSoon() {
		this.hostsTimer ??= setTimeout(() => {
			this.hostsTimer = undefined;
			this.broadcastHosts();
		}, 200);
	}

	broadcastHosts(now = Date.now()) {
		bridge().io?.to(rooms.gameHosts(this.id)).emit('game:host', this.hostView(now));
	}

	/** Every phone its own view, every boef his, the dashboards theirs. */
	broadcast(now = Date.now()) {
		const io = bridge().io;
		if (!io) return;
		for (const p of this.data.participants) {
			if (p.removed) continue;
			io.to(rooms.participant(p.id)).emit('game:state', playerGameView(this.data, p.id, now));
		}
		for (const b of this.data.plan.boeven) {
			const view = boefView(this.data, b.id, now);
			if (view) io.to(rooms.boef(this.id, b.id)).emit('boef:state', view);
		}
		this.broadcastHosts(now);
	}

	dispose() {
		clearTimeout(this.timer);
		clearTimeout(this.proposalTimer);
		clearTimeout(this.hostsTimer);
		if (this.hostReportsTimer) this.flushHostReportsNow();
		if (this.teamTimer) {
			clearTimeout(this.teamTimer);
			this.flushTeamReports();
		}
	}
}

/** Live games of this process, loaded on first use. On globalThis so dev reloads keep one copy. */
const KEY = Symbol.for('duizend-ogen.games');
type Holder = { [KEY]?: Map<string, Promise<LiveGame | null>> };
function registry(): Map<string, Promise<LiveGame | null>> {
	const holder = globalThis as Holder;
	holder[KEY] ??= new Map();
	return holder[KEY];
}

/** The live game, or null when it does not exist or has ended (ended games are read from the database). */
export function getLiveGame(id: string): Promise<LiveGame | null> {
	const map = registry();
	let entry = map.get(id);
	if (!entry) {
		entry = LiveGame.load({ id }).then((g) => {
			if (g && g.state.phase === 'ended') {
				g.dispose();
				return null;
			}
			return g;
		});
		map.set(id, entry);
		entry.then(
			(g) => g || map.delete(id),
			() => map.delete(id)
		);
	}
	return entry;
}

/**
 * The game whether it runs or ended: ended games are loaded from the database and kept a few
 * minutes, for phones that come back after the end (their queued reports, their result).
 */
const ENDED_CACHE_MS = 5 * 60_000;
const ENDED_KEY = Symbol.for('duizend-ogen.ended-games');
type EndedHolder = { [ENDED_KEY]?: Map<string, { at: number; game: Promise<LiveGame | null> }> };
export async function getGameIncludingEnded(id: string): Promise<LiveGame | null> {
	const live = await getLiveGame(id);
	if (live) return live;
	const holder = globalThis as EndedHolder;
	const cache = (holder[ENDED_KEY] ??= new Map<string, { at: number; game: Promise<LiveGame | null> }>());
	const now = Date.now();
	for (const [key, entry] of cache) if (now - entry.at > ENDED_CACHE_MS) cache.delete(key);
	let entry = cache.get(id);
	if (!entry) {
		entry = { at: now, game: LiveGame.load({ id }) };
		cache.set(id, entry);
		// An ended game has no timers to stop; only a failed load is dropped at once.
		entry.game.catch(() => cache.delete(id));
	}
	return entry.game;
}

export async function getLiveGameByCode(joinCode: string): Promise<LiveGame | null> {
	const row = await loadGameRow({ joinCode });
	return row ? getLiveGame(row.id) : null;
}

function forget(id: string) {
	const map = registry();
	void map.get(id)?.then((g) => g?.dispose());
	map.delete(id);
}

/** Drops a loaded game, e.g. after its plan changed in set-up (the next use reloads it). */
export function forgetGame(id: string) {
	forget(id);
}

export function forgetAllGames() {
	for (const id of [...registry().keys()]) forget(id);
}
