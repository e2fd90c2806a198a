/**
 * Benchmark for the live quiz's answer burst (issue 3):
 *
 *   300 participants in one session all answer within the last second of a question: none lost,
 *   answer acknowledgement p99 ≤ 100 ms, the projector's count is final within 250 ms after the
 *   last answer, on a 2-core machine with the load generator on the same machine, on both
 *   PGlite and PostgreSQL.
 *
 * Starts the production server (build/server.js; run `npm run build` first, `npm run bench`
 * does) as a child process on a fresh database, and drives it only over loopback HTTP and
 * socket.io, as the presenter's browser and the residents' phones do. Prints a table and exits
 * non-zero when a target is missed.
 *
 *   npm run bench                                   PGlite, then PostgreSQL when reachable
 *   npm run bench -- --db pglite --runs 3           only PGlite, three times
 *   npx tsx bench/quiz-burst.ts --db postgres       without rebuilding
 *
 * Options: --db pglite|postgres|both, --runs N, --participants N (default 300), --server PATH
 * (another build's server.js, e.g. to compare a change), --server-log FILE (append the server's output).
 * PostgreSQL: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test if it answers; a
 * throwaway database is created next to it and dropped afterwards.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import type { HostView } from '$lib/domain/quiz-views';
import type { Workshop } from '$lib/domain/workshop';
import type { Ack } from '$lib/realtime/events';
import {
	client,
	command,
	connected,
	importWorkshop,
	joinPhone,
	pool,
	setup,
	sleep,
	startSession,
	watch,
	type Phone
} from './lib/app';
import {
	DEFAULT_POSTGRES_URL,
	cpuTimeMs,
	launchBenchServer,
	postgresReachable,
	type BenchServer,
	type DbKind
} from './lib/server';
import { snapshot, usage, type MachineUsage } from './lib/machine';
import { ms, percentile, table } from './lib/stats';

const TARGET_ACK_P99_MS = 100;
const TARGET_COUNT_FINAL_MS = 250;
/** The burst: every answer sent between these many ms before the deadline. */
const WINDOW_START_BEFORE_DEADLINE_MS = 1500;
const WINDOW_END_BEFORE_DEADLINE_MS = 500;
const QUESTION_SEC = 20;
const RUN_TIMEOUT_MS = 120_000;
const JOIN_CONCURRENCY = 20;

const { values: args } = parseArgs({
	options: {
		db: { type: 'string', default: 'both' },
		runs: { type: 'string', default: '1' },
		participants: { type: 'string', default: '300' },
		server: { type: 'string', default: 'build/server.js' },
		'server-log': { type: 'string' }
	}
});
const PARTICIPANTS = Number(args.participants);
const RUNS = Number(args.runs);
if (!['pglite', 'postgres', 'both'].includes(args.db!) || !(PARTICIPANTS >= 1) || !(RUNS >= 1)) {
	console.error(
		'usage: quiz-burst [--db pglite|postgres|both] [--runs N] [--participants N] [--server PATH] [--server-log FILE]'
	);
	process.exit(2);
}

/** One single-choice question of 20 s: answers in its last second score like real late answers. */
const benchWorkshop: Workshop = {
	title: 'Benchmark antwoordpiek',
	description: 'Eén vraag van 20 seconden; iedereen antwoordt in de laatste seconde.',
	slides: [
		{
			id: 'piek',
			kind: 'question',
			type: 'single',
			prompt: 'U ziet iemand bij een auto met een zaklamp naar binnen kijken. Wat doet u?',
			options: [
				{ id: 'a', text: 'Bel 112' },
				{ id: 'b', text: 'Niets' },
				{ id: 'c', text: 'Zelf aanspreken' },
				{ id: 'd', text: 'Later melden' }
			],
			correct: ['a'],
			timeLimitSec: QUESTION_SEC,
			points: true,
			explanation: 'Het gebeurt nu: bel 112.'
		}
	]
};
const OPTIONS = ['a', 'b', 'c', 'd'];
const optionFor = (i: number) => OPTIONS[i % 7 === 0 ? 1 + (i % 3) : 0]!;

interface Check {
	name: string;
	ok: boolean;
	detail: string;
}

interface RunResult {
	db: DbKind;
	run: number;
	participants: number;
	acked: number;
	refusedLate: number;
	otherErrors: number;
	noAck: number;
	stored: number;
	lost: number;
	ackMs: number[];
	/** From the last answer sent to the presenter's quiz:count showing every answer. */
	countFinalAfterLastSentMs: number | undefined;
	countFinalAfterLastAckMs: number | undefined;
	countEvents: number;
	revealAnswered: number | undefined;
	burstSpanMs: number;
	msBeforeDeadlineOfLastAck: number;
	worstEmitLatenessMs: number;
	benchLoopDelayMaxMs: number;
	serverCpuMs: number | undefined;
	benchCpuMs: number;
	observedMs: number;
	/** The machine's 1-minute load average when the burst began: other work skews the figures. */
	loadAverage: number;
	/** The whole machine during the burst: CPU used by every process, CPU and I/O pressure. */
	machine: MachineUsage;
	checks: Check[];
}

let current: BenchServer | undefined;

async function runOnce(kind: DbKind, run: number, postgresUrl: string | undefined): Promise<RunResult> {
	const server = await launchBenchServer(kind, postgresUrl, args.server);
	current = server;
	const sockets: { close(): void }[] = [];
	try {
		const cookie = await setup(server.url);
		const workshopId = await importWorkshop(server.url, cookie, benchWorkshop);
		const liveSessionId = await startSession(server.url, cookie, workshopId);

		const presenter = client(server.url, { cookie });
		sockets.push(presenter);
		await connected(presenter);
		const lobby = await watch(presenter, liveSessionId);

		const nicknames = Array.from({ length: PARTICIPANTS }, (_, i) => `Buur ${i + 1}`);
		const phones: Phone[] = await pool(nicknames, JOIN_CONCURRENCY, async (nickname) => {
			const phone = await joinPhone(server.url, lobby.joinCode, nickname);
			sockets.push(phone.socket);
			return phone;
		});

		// Open the question (the workshop starts with it; `next` past anything else).
		let view: HostView = await command(presenter, liveSessionId, 'start');
		while (view.state.phase !== 'question') view = await command(presenter, liveSessionId, 'next');
		const receivedAt = performance.now();
		const slideId = view.slide!.id;
		const deadlinePerf = receivedAt + (view.state.deadline! - view.serverNow);
		if (view.participants.length !== PARTICIPANTS)
			throw new Error(`host view lists ${view.participants.length} participants`);

		let countFinalAt: number | undefined;
		let countEvents = 0;
		presenter.on('quiz:count', (c) => {
			if (c.slideId !== slideId) return;
			countEvents++;
			if (c.answered >= PARTICIPANTS && countFinalAt === undefined) countFinalAt = performance.now();
		});

		// Every phone should show the question before anyone answers.
		const waitUntil = performance.now() + 10_000;
		while (phones.some((p) => p.state?.phase !== 'question' || p.state.slide?.id !== slideId)) {
			if (performance.now() > waitUntil) throw new Error('not every phone got the question');
			await sleep(20);
		}

		const windowStart = deadlinePerf - WINDOW_START_BEFORE_DEADLINE_MS;
		const windowMs = WINDOW_START_BEFORE_DEADLINE_MS - WINDOW_END_BEFORE_DEADLINE_MS;
		await sleep(Math.max(0, windowStart - performance.now() - 200));

		const loop = monitorEventLoopDelay({ resolution: 1 });
		loop.enable();
		const serverCpuBefore = cpuTimeMs(server.pid());
		const benchCpuBefore = process.cpuUsage();
		const observeStart = performance.now();
		const machineBefore = snapshot();
		const loadAverage = os.loadavg()[0]!;

		const sentAt: number[] = new Array(PARTICIPANTS);
		const ackMs: number[] = [];
		let acked = 0;
		let refusedLate = 0;
		let otherErrors = 0;
		let lastAckAt = 0;
		let worstEmitLatenessMs = 0;
		const ackedIds = new Set<string>();
		const ackedOptions = new Map<string, number>();
		const errors = new Map<string, number>();

		const answered = new Promise<void>((resolve) => {
			let settled = 0;
			const settle = () => ++settled === PARTICIPANTS && resolve();
			phones.forEach((phone, i) => {
				const planned = windowStart + ((i + 0.5) * windowMs) / PARTICIPANTS;
				setTimeout(
					() => {
						const id = randomUUID();
						const option = optionFor(i);
						const t0 = performance.now();
						sentAt[i] = t0;
						worstEmitLatenessMs = Math.max(worstEmitLatenessMs, t0 - planned);
						phone.socket.emit(
							'quiz:answer',
							{ id, slideId, answer: { kind: 'choice', optionIds: [option] } },
							(ack: Ack<{ accepted: true }>) => {
								const t1 = performance.now();
								ackMs.push(t1 - t0);
								lastAckAt = Math.max(lastAckAt, t1);
								if (ack.ok) {
									acked++;
									ackedIds.add(id);
									ackedOptions.set(option, (ackedOptions.get(option) ?? 0) + 1);
								} else if (ack.error.code === 'too_late') refusedLate++;
								else {
									otherErrors++;
									errors.set(ack.error.code, (errors.get(ack.error.code) ?? 0) + 1);
								}
								settle();
							}
						);
					},
					Math.max(0, planned - performance.now())
				);
			});
		});
		await Promise.race([answered, sleep(WINDOW_START_BEFORE_DEADLINE_MS + 10_000)]);
		const noAck = PARTICIPANTS - acked - refusedLate - otherErrors;

		// The count may trail the last ack by the throttle interval; give it ample time to show up.
		const countWait = performance.now() + 3000;
		while (countFinalAt === undefined && performance.now() < countWait) await sleep(2);
		const observeEnd = Math.max(lastAckAt, countFinalAt ?? 0);
		const serverCpuAfter = cpuTimeMs(server.pid());
		const benchCpu = process.cpuUsage(benchCpuBefore);
		const machine = usage(machineBefore, snapshot());
		loop.disable();
		const lastSentAt = Math.max(...sentAt.filter((t) => t !== undefined));
		const firstSentAt = Math.min(...sentAt.filter((t) => t !== undefined));

		// Reveal: the presenter's view must count every answer. If the deadline beat us to it,
		// the automatic reveal has happened and the view is read instead.
		let revealed: HostView;
		try {
			revealed = await command(presenter, liveSessionId, 'reveal');
		} catch {
			revealed = await watch(presenter, liveSessionId);
		}
		const distribution = revealed.distribution;
		const distributionMatches =
			!!distribution && OPTIONS.every((o) => (distribution.counts[o] ?? 0) === (ackedOptions.get(o) ?? 0));

		for (const s of sockets) s.close();
		sockets.length = 0;

		// Count what is stored, straight from the database, with the server stopped for PGlite.
		const storedIds = await storedAnswerIds(server, liveSessionId);
		const lost = [...ackedIds].filter((id) => !storedIds.has(id)).length;

		const ackP99 = percentile(ackMs, 99);
		const countFinalAfterLastSentMs = countFinalAt === undefined ? undefined : countFinalAt - lastSentAt;
		const checks: Check[] = [
			{
				name: 'every answer acknowledged',
				ok: acked === PARTICIPANTS,
				detail: `${acked}/${PARTICIPANTS}${errors.size ? ` (errors: ${[...errors].map(([k, v]) => `${k}×${v}`).join(', ')})` : ''}${noAck ? `, ${noAck} without ack` : ''}`
			},
			{ name: 'none refused as late', ok: refusedLate === 0, detail: `${refusedLate} refused` },
			{
				name: 'none lost (acked and stored)',
				ok: lost === 0 && storedIds.size === PARTICIPANTS,
				detail: `${storedIds.size} rows stored, ${lost} acked but missing`
			},
			{
				name: `ack p99 ≤ ${TARGET_ACK_P99_MS} ms`,
				ok: ackMs.length === PARTICIPANTS && ackP99 <= TARGET_ACK_P99_MS,
				detail: `${ms(ackP99)} ms`
			},
			{
				name: `count final ≤ ${TARGET_COUNT_FINAL_MS} ms after the last answer`,
				ok: countFinalAfterLastSentMs !== undefined && countFinalAfterLastSentMs <= TARGET_COUNT_FINAL_MS,
				detail:
					countFinalAfterLastSentMs === undefined
						? 'the presenter never saw the full count'
						: `${ms(countFinalAfterLastSentMs)} ms`
			},
			{
				name: 'reveal shows every answer',
				ok: distribution?.answered === PARTICIPANTS && distributionMatches,
				detail: `answered ${distribution?.answered ?? '–'}, distribution ${distributionMatches ? 'matches' : 'differs'}`
			}
		];
		return {
			db: kind,
			run,
			participants: PARTICIPANTS,
			acked,
			refusedLate,
			otherErrors,
			noAck,
			stored: storedIds.size,
			lost,
			ackMs,
			countFinalAfterLastSentMs,
			countFinalAfterLastAckMs: countFinalAt === undefined ? undefined : countFinalAt - lastAckAt,
			countEvents,
			revealAnswered: distribution?.answered,
			burstSpanMs: lastSentAt - firstSentAt,
			msBeforeDeadlineOfLastAck: deadlinePerf - lastAckAt,
			worstEmitLatenessMs,
			benchLoopDelayMaxMs: loop.max / 1e6,
			serverCpuMs:
				serverCpuBefore === undefined || serverCpuAfter === undefined
					? undefined
					: serverCpuAfter - serverCpuBefore,
			benchCpuMs: (benchCpu.user + benchCpu.system) / 1000,
			observedMs: observeEnd - observeStart,
			loadAverage,
			machine,
			checks
		};
	} catch (err) {
		const out = server.output().trim();
		if (out) console.error(`--- server output ---\n${out.slice(-4000)}\n---------------------`);
		throw err;
	} finally {
		for (const s of sockets) s.close();
		if (args['server-log']) fs.appendFileSync(args['server-log'], server.output());
		await server.dispose();
		current = undefined;
	}
}

async function storedAnswerIds(server: BenchServer, liveSessionId: string): Promise<Set<string>> {
	await server.stop('SIGTERM');
	if (server.kind === 'postgres') {
		const sql = postgres(server.databaseUrl!, { max: 1, onnotice: () => {} });
		try {
			const rows = await sql<
				{ id: string }[]
			>`select id from quiz_answer where live_session_id = ${liveSessionId}`;
			return new Set(rows.map((r) => r.id));
		} finally {
			await sql.end();
		}
	}
	const { PGlite } = await import('@electric-sql/pglite');
	const pg = new PGlite(`${server.dataDir}/pglite`);
	try {
		const { rows } = await pg.query<{ id: string }>('select id from quiz_answer where live_session_id = $1', [
			liveSessionId
		]);
		return new Set(rows.map((r) => r.id));
	} finally {
		await pg.close();
	}
}

function report(r: RunResult) {
	const label = r.db === 'pglite' ? 'PGlite' : 'PostgreSQL';
	console.log(`\n${label}, run ${r.run}`);
	for (const c of r.checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
	console.log(
		`  burst: ${r.participants} answers sent over ${ms(r.burstSpanMs)} ms, last ack ${ms(r.msBeforeDeadlineOfLastAck)} ms before the deadline;` +
			` count final ${ms(r.countFinalAfterLastAckMs)} ms after the last ack; ${r.countEvents} quiz:count events`
	);
	console.log(
		`  CPU over the ${ms(r.observedMs)} ms burst: server ${ms(r.serverCpuMs)} ms, load generator ${ms(r.benchCpuMs)} ms;` +
			` load generator: timers up to ${ms(r.worstEmitLatenessMs)} ms late, event loop delay max ${ms(r.benchLoopDelayMaxMs)} ms`
	);
	const m = r.machine;
	const others =
		m.busyMs === undefined ? undefined : Math.max(0, m.busyMs - (r.serverCpuMs ?? 0) - r.benchCpuMs);
	console.log(
		`  machine (${m.cores} cores, ${ms(m.cores * m.elapsedMs)} ms of CPU available): all processes used ${ms(m.busyMs)} ms,` +
			` of which ${ms(others)} ms not the server or the load generator (PostgreSQL, other work);` +
			` CPU pressure ${ms(m.cpuPressurePct)} % (time some task waited for a CPU), I/O pressure ${ms(m.ioPressurePct)} %,` +
			` load average ${r.loadAverage.toFixed(2)}`
	);
	if (!r.checks.every((c) => c.ok) && (m.cpuPressurePct ?? 0) > 20)
		console.log('  note: the machine was busy with other work during this run; its figures are pessimistic.');
}

function summary(results: RunResult[]): string {
	const rows = [
		[
			'database',
			'run',
			'participants',
			'acked',
			'lost',
			'refused',
			'ack p50',
			'p95',
			'p99',
			'max ms',
			'count final (ms after last answer)',
			'CPU pressure %',
			'result'
		]
	];
	for (const r of results)
		rows.push([
			r.db === 'pglite' ? 'PGlite' : 'PostgreSQL',
			String(r.run),
			String(r.participants),
			String(r.acked),
			String(r.lost),
			String(r.refusedLate),
			ms(percentile(r.ackMs, 50)),
			ms(percentile(r.ackMs, 95)),
			ms(percentile(r.ackMs, 99)),
			ms(percentile(r.ackMs, 100)),
			ms(r.countFinalAfterLastSentMs),
			ms(r.machine.cpuPressurePct),
			r.checks.every((c) => c.ok) ? 'PASS' : 'FAIL'
		]);
	return table(rows);
}

async function main() {
	const kinds: DbKind[] = [];
	if (args.db !== 'postgres') kinds.push('pglite');
	let postgresUrl: string | undefined;
	if (args.db !== 'pglite') {
		postgresUrl = process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
		if (await postgresReachable(postgresUrl)) kinds.push('postgres');
		else if (args.db === 'postgres') {
			console.error(`PostgreSQL is not reachable at ${postgresUrl}`);
			process.exit(2);
		} else console.log(`PostgreSQL not reachable at ${postgresUrl}: PGlite only.`);
	}
	console.log(
		`Answer burst: ${PARTICIPANTS} participants answer between ${WINDOW_START_BEFORE_DEADLINE_MS} and ` +
			`${WINDOW_END_BEFORE_DEADLINE_MS} ms before the deadline of a ${QUESTION_SEC} s question. ` +
			`Targets: ack p99 ≤ ${TARGET_ACK_P99_MS} ms, count final ≤ ${TARGET_COUNT_FINAL_MS} ms after the last answer, none lost.`
	);
	const results: RunResult[] = [];
	for (const kind of kinds)
		for (let run = 1; run <= RUNS; run++) {
			const watchdog = setTimeout(() => {
				console.error(`\nAborted: a run took longer than ${RUN_TIMEOUT_MS / 1000} s.`);
				void (current?.dispose() ?? Promise.resolve()).finally(() => process.exit(3));
			}, RUN_TIMEOUT_MS);
			const result = await runOnce(kind, run, postgresUrl);
			clearTimeout(watchdog);
			report(result);
			results.push(result);
		}
	console.log(`\n${summary(results)}`);
	const failed = results.filter((r) => !r.checks.every((c) => c.ok));
	console.log(failed.length === 0 ? '\nAll targets met.' : `\n${failed.length} run(s) missed a target.`);
	process.exit(failed.length === 0 ? 0 : 1);
}

main().catch(async (err: unknown) => {
	console.error(err);
	await current?.dispose().catch(() => {});
	process.exit(1);
});
