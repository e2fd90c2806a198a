/**
 * Benchmark for Boef in de Wijk's report burst (issue 4):
 *
 *   300 participants, 3 boeven sending positions every second, participants sending 2,000
 *   reports per second in a burst: every acknowledged report is stored, report → spelleider
 *   dashboard p99 ≤ 100 ms, on a 2-core machine, on PGlite and on PostgreSQL.
 *
 * Starts the production server (build/server.js; run `npm run build` first, `npm run bench:game`
 * does) as a child process on a fresh database and drives it only over loopback HTTP and
 * socket.io, as the spelleider's laptop and the phones do: set-up form, plan editor, boef
 * links, dashboard, three boef phones sharing GPS once a second, 300 participants in teams of
 * three. After a warm-up the participants send the burst; every report's send, ack and
 * arrival on the dashboard (`game:reports`) is timed here. Then the server is killed (kill -9:
 * acknowledged means committed), started again on the same data, and the dashboard's reloaded
 * game must hold every acknowledged report exactly once. Prints a table and exits non-zero
 * when a target is missed.
 *
 *   npm run bench:game                               PGlite, then PostgreSQL when reachable
 *   npx tsx bench/game-burst.ts --db pglite --runs 3 without rebuilding
 *
 * Options: --db pglite|postgres|both, --runs N, --participants N (300), --reports N (2000),
 * --burst-ms N (1000: the reports are spread evenly over it), --warmup S (20: seconds of
 * positions before the burst), --trickle N (0: reports a second during the warm-up, as in a
 * game under way; they are checked after the restart too), --server PATH (another build's
 * server.js), --server-log FILE (append the server's output). PostgreSQL: DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/test if it answers; a throwaway database is created next
 * to it and dropped afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { HostReport, PlayerReport } from '$lib/domain/boef/game-views';
import type { Ack } from '$lib/realtime/events';
import { connected, emit, pool, setup, sleep, type Client } from './lib/app';
import {
	BOEF_IDS,
	benchPlan,
	benchReport,
	BoefPhones,
	boefLinkToken,
	createGame,
	gameClient,
	gameCommand,
	joinGamePhone,
	savePlan,
	watchGame,
	type GamePhone
} from './lib/game';
import { snapshot, usage, type MachineUsage } from './lib/machine';
import {
	DEFAULT_POSTGRES_URL,
	cpuTimeMs,
	launchBenchServer,
	postgresReachable,
	type BenchServer,
	type DbKind
} from './lib/server';
import { ms, percentile, table } from './lib/stats';

const TARGET_DASHBOARD_P99_MS = 100;
const JOIN_CONCURRENCY = 20;
const POSITION_INTERVAL_MS = 1000;
const TITLE = 'Benchmark meldingenpiek';

const { values: args } = parseArgs({
	options: {
		db: { type: 'string', default: 'both' },
		runs: { type: 'string', default: '1' },
		participants: { type: 'string', default: '300' },
		reports: { type: 'string', default: '2000' },
		'burst-ms': { type: 'string', default: '1000' },
		warmup: { type: 'string', default: '20' },
		trickle: { type: 'string', default: '0' },
		server: { type: 'string', default: 'build/server.js' },
		'server-log': { type: 'string' }
	}
});
const PARTICIPANTS = Number(args.participants);
const REPORTS = Number(args.reports);
const BURST_MS = Number(args['burst-ms']);
const WARMUP_MS = Number(args.warmup) * 1000;
const TRICKLE_PER_S = Number(args.trickle);
const RUNS = Number(args.runs);
if (
	!['pglite', 'postgres', 'both'].includes(args.db!) ||
	!(PARTICIPANTS >= 1) ||
	!(REPORTS >= 1) ||
	!(BURST_MS > 0) ||
	!(WARMUP_MS >= 0) ||
	!(TRICKLE_PER_S >= 0) ||
	!(RUNS >= 1)
) {
	console.error(
		'usage: game-burst [--db pglite|postgres|both] [--runs N] [--participants N] [--reports N] [--burst-ms N]' +
			' [--warmup S] [--trickle N] [--server PATH] [--server-log FILE]'
	);
	process.exit(2);
}
const RUN_TIMEOUT_MS = WARMUP_MS + BURST_MS + 150_000;

interface Check {
	name: string;
	ok: boolean;
	detail: string;
}

interface RunResult {
	db: DbKind;
	run: number;
	reports: number;
	acked: number;
	/** Acknowledged, but not among the reports after the restart. */
	lost: number;
	ackMs: number[];
	/** From sending a report to the dashboard's game:reports containing it. */
	dashboardMs: number[];
	reportsEvents: number;
	feedbackReceived: number;
	burstSpanMs: number;
	worstEmitLatenessMs: number;
	benchLoopDelayMaxMs: number;
	positionsInBurst: number;
	positionsStoredInBurst: number;
	positionAckMsInBurst: number[];
	positionsStored: number;
	serverCpuMs: number | undefined;
	benchCpuMs: number;
	observedMs: number;
	loadAverage: number;
	machine: MachineUsage;
	restartMs: number;
	checks: Check[];
}

let current: BenchServer | undefined;

/** The spelleider's side: the game made through the forms, the dashboard watching it. */
interface Spelleider {
	cookie: string;
	gameId: string;
	joinCode: string;
	dashboard: Client;
	/** When each report first appeared in a game:reports message (performance.now()). */
	onDashboardAt: Map<string, number>;
	reportsEvents: { count: number };
}

async function prepareGame(baseUrl: string): Promise<Spelleider & { boefTokens: string[] }> {
	const cookie = await setup(baseUrl);
	const gameId = await createGame(baseUrl, cookie, TITLE, 'De fietser');
	await savePlan(baseUrl, cookie, gameId, TITLE, benchPlan());
	const boefTokens: string[] = [];
	for (const boefId of BOEF_IDS) boefTokens.push(await boefLinkToken(baseUrl, cookie, gameId, boefId));

	const dashboard = gameClient(baseUrl, { cookie });
	await connected(dashboard);
	const setupView = await watchGame(dashboard, gameId);
	if (setupView.plan.boeven.length !== BOEF_IDS.length)
		throw new Error(`the saved plan has ${setupView.plan.boeven.length} boeven`);
	const onDashboardAt = new Map<string, number>();
	const reportsEvents = { count: 0 };
	dashboard.on('game:reports', (reports: HostReport[]) => {
		const t = performance.now();
		reportsEvents.count++;
		for (const r of reports) if (!onDashboardAt.has(r.id)) onDashboardAt.set(r.id, t);
	});

	await gameCommand(dashboard, gameId, {
		type: 'meldkamer',
		contact: 'OC Midden-Nederland, dhr. Bench',
		informedAtMs: Date.now()
	});
	const started = await gameCommand(dashboard, gameId, { type: 'start' });
	return { cookie, gameId, joinCode: started.joinCode, dashboard, onDashboardAt, reportsEvents, boefTokens };
}

/** A few reports a second during the warm-up, one at a time; returns the acknowledged ids. */
async function trickle(
	phones: GamePhone[],
	boeven: BoefPhones
): Promise<{ acked: string[]; refused: number }> {
	const acked: string[] = [];
	let refused = 0;
	const count = Math.floor((WARMUP_MS / 1000) * TRICKLE_PER_S);
	for (let j = 0; j < count; j++) {
		await sleep(1000 / TRICKLE_PER_S);
		const payload = benchReport(REPORTS + j, boeven.positions());
		const ack = await emit<PlayerReport>(phones[(j * 7) % phones.length]!.socket, 'game:report', payload);
		if (ack.ok) acked.push(payload.id);
		else refused++;
	}
	return { acked, refused };
}

interface BurstOutcome {
	/** performance.now() when report k was emitted. */
	sentAt: Map<string, number>;
	ackMs: number[];
	ackedIds: string[];
	errors: Map<string, number>;
	lastAckAt: number;
	worstEmitLatenessMs: number;
}

/** REPORTS reports evenly over BURST_MS from `start` on, report k from participant k % participants. */
async function sendBurst(phones: GamePhone[], boeven: BoefPhones, start: number): Promise<BurstOutcome> {
	const out: BurstOutcome = {
		sentAt: new Map(),
		ackMs: [],
		ackedIds: [],
		errors: new Map(),
		lastAckAt: 0,
		worstEmitLatenessMs: 0
	};
	const settledAll = new Promise<void>((resolve) => {
		let settled = 0;
		for (let k = 0; k < REPORTS; k++) {
			const planned = start + ((k + 0.5) * BURST_MS) / REPORTS;
			setTimeout(
				() => {
					const payload = benchReport(k, boeven.positions());
					const t0 = performance.now();
					out.sentAt.set(payload.id, t0);
					out.worstEmitLatenessMs = Math.max(out.worstEmitLatenessMs, t0 - planned);
					phones[k % phones.length]!.socket.emit('game:report', payload, (ack: Ack<PlayerReport>) => {
						const t1 = performance.now();
						out.ackMs.push(t1 - t0);
						out.lastAckAt = Math.max(out.lastAckAt, t1);
						if (ack.ok) out.ackedIds.push(payload.id);
						else out.errors.set(ack.error.code, (out.errors.get(ack.error.code) ?? 0) + 1);
						if (++settled === REPORTS) resolve();
					});
				},
				Math.max(0, planned - performance.now())
			);
		}
	});
	await Promise.race([settledAll, sleep(BURST_MS + 20_000)]);
	return out;
}

async function runOnce(kind: DbKind, run: number, postgresUrl: string | undefined): Promise<RunResult> {
	const server = await launchBenchServer(kind, postgresUrl, args.server);
	current = server;
	const sockets: Client[] = [];
	let boeven: BoefPhones | undefined;
	try {
		const game = await prepareGame(server.url);
		sockets.push(game.dashboard);
		boeven = await BoefPhones.connect(server.url, game.boefTokens, POSITION_INTERVAL_MS);
		const nicknames = Array.from({ length: PARTICIPANTS }, (_, i) => `Buur ${i + 1}`);
		const phones: GamePhone[] = await pool(nicknames, JOIN_CONCURRENCY, async (nickname, i) => {
			const phone = await joinGamePhone(server.url, game.joinCode, nickname, `Team ${Math.floor(i / 3)}`);
			sockets.push(phone.socket);
			return phone;
		});
		if (phones.some((p) => p.state?.phase !== 'running'))
			throw new Error('a phone does not see the game running');

		let warmup: Awaited<ReturnType<typeof trickle>> | undefined;
		if (TRICKLE_PER_S > 0) warmup = await trickle(phones, boeven);
		else await sleep(WARMUP_MS);
		if (!boeven.samples.some((p) => p.stored > 0))
			throw new Error('no boef position was stored during the warm-up');

		// The burst, with the CPU of the server, of this process and of the whole machine.
		const loop = monitorEventLoopDelay({ resolution: 1 });
		loop.enable();
		const burstStart = performance.now() + 100;
		const serverCpuBefore = cpuTimeMs(server.pid());
		const benchCpuBefore = process.cpuUsage();
		const machineBefore = snapshot();
		const loadAverage = os.loadavg()[0]!;
		const feedbackBefore = phones.reduce((sum, p) => sum + p.feedback, 0);
		const burst = await sendBurst(phones, boeven, burstStart);
		const { ackedIds, sentAt } = burst;
		// The dashboard trails the acks by its 20 ms batching; give it ample time.
		const dashboardWait = performance.now() + 5000;
		while (ackedIds.some((id) => !game.onDashboardAt.has(id)) && performance.now() < dashboardWait)
			await sleep(5);
		const observeEnd = Math.max(burst.lastAckAt, ...ackedIds.map((id) => game.onDashboardAt.get(id) ?? 0));
		const serverCpuAfter = cpuTimeMs(server.pid());
		const benchCpu = process.cpuUsage(benchCpuBefore);
		const machine = usage(machineBefore, snapshot());
		loop.disable();

		const dashboardMs = ackedIds
			.filter((id) => game.onDashboardAt.has(id))
			.map((id) => game.onDashboardAt.get(id)! - sentAt.get(id)!);
		const notOnDashboard = ackedIds.length - dashboardMs.length;
		const inBurst = boeven.samples.filter((p) => p.sentAt >= burstStart && p.sentAt <= observeEnd);
		const feedbackReceived = phones.reduce((sum, p) => sum + p.feedback, 0) - feedbackBefore;

		// Let the last fixes come back, then kill the server: what was acknowledged must be there.
		await boeven.stop();
		const positionErrors = boeven.samples.filter((p) => p.error).length;
		const positionsStored = boeven.samples.reduce((sum, p) => sum + p.stored, 0);
		await server.stop('SIGKILL');
		for (const s of sockets) s.close();
		sockets.length = 0;
		const restartAt = performance.now();
		await server.start();
		const again = gameClient(server.url, { cookie: game.cookie });
		sockets.push(again);
		await connected(again);
		const reloaded = await watchGame(again, game.gameId);
		const restartMs = performance.now() - restartAt;

		const storedIds = new Set(reloaded.reports.map((r) => r.id));
		const duplicates = reloaded.reports.length - storedIds.size;
		const lost = ackedIds.filter((id) => !storedIds.has(id)).length;
		const positionsAfterRestart = Object.values(reloaded.tracks).reduce((sum, t) => sum + t.length, 0);
		const noAck = REPORTS - burst.ackMs.length;
		const errorText = burst.errors.size
			? ` (errors: ${[...burst.errors].map(([k, v]) => `${k}×${v}`).join(', ')})`
			: '';
		const warmupLost = warmup ? warmup.acked.filter((id) => !storedIds.has(id)).length : 0;
		const dashP99 = percentile(dashboardMs, 99);
		const checks: Check[] = [
			{
				name: 'every report acknowledged',
				ok: ackedIds.length === REPORTS,
				detail: `${ackedIds.length}/${REPORTS}${errorText}${noAck ? `, ${noAck} without ack` : ''}`
			},
			{
				name: 'none lost (stored after restart)',
				ok: lost === 0 && duplicates === 0 && warmupLost === 0 && !warmup?.refused,
				detail:
					`stored after restart: ${ackedIds.length - lost} of ${ackedIds.length} acked, ${duplicates} twice` +
					(warmup
						? `; warm-up reports: ${warmup.acked.length - warmupLost} of ${warmup.acked.length} acked stored, ${warmup.refused} refused`
						: '')
			},
			{
				name: 'every acknowledged report on the dashboard',
				ok: notOnDashboard === 0,
				detail: `${dashboardMs.length}/${ackedIds.length}`
			},
			{
				name: `report → dashboard p99 ≤ ${TARGET_DASHBOARD_P99_MS} ms`,
				ok: notOnDashboard === 0 && dashboardMs.length > 0 && dashP99 <= TARGET_DASHBOARD_P99_MS,
				detail: `${ms(dashP99)} ms`
			},
			{
				name: 'boef positions kept flowing and were stored',
				ok:
					positionErrors === 0 &&
					inBurst.length > 0 &&
					inBurst.every((p) => p.stored === 1) &&
					positionsAfterRestart === positionsStored,
				detail:
					`${inBurst.filter((p) => p.stored === 1).length}/${inBurst.length} stored during the burst, ` +
					`${positionsAfterRestart} of ${positionsStored} acked fixes after restart` +
					(positionErrors ? `, ${positionErrors} refused` : '')
			}
		];
		const sent = [...sentAt.values()];
		return {
			db: kind,
			run,
			reports: REPORTS,
			acked: ackedIds.length,
			lost,
			ackMs: burst.ackMs,
			dashboardMs,
			reportsEvents: game.reportsEvents.count,
			feedbackReceived,
			burstSpanMs: Math.max(...sent) - Math.min(...sent),
			worstEmitLatenessMs: burst.worstEmitLatenessMs,
			benchLoopDelayMaxMs: loop.max / 1e6,
			positionsInBurst: inBurst.length,
			positionsStoredInBurst: inBurst.filter((p) => p.stored === 1).length,
			positionAckMsInBurst: inBurst.filter((p) => p.ackAt !== undefined).map((p) => p.ackAt! - p.sentAt),
			positionsStored,
			serverCpuMs:
				serverCpuBefore === undefined || serverCpuAfter === undefined
					? undefined
					: serverCpuAfter - serverCpuBefore,
			benchCpuMs: (benchCpu.user + benchCpu.system) / 1000,
			observedMs: observeEnd - burstStart,
			loadAverage,
			machine,
			restartMs,
			checks
		};
	} catch (err) {
		const out = server.output().trim();
		if (out) console.error(`--- server output ---\n${out.slice(-4000)}\n---------------------`);
		throw err;
	} finally {
		boeven?.close();
		for (const s of sockets) s.close();
		if (args['server-log']) fs.appendFileSync(args['server-log'], server.output());
		await server.dispose();
		current = undefined;
	}
}

/** CPU time used by neither the server nor the load generator (other work, PostgreSQL), in ms. */
function otherCpuMs(r: RunResult): number | undefined {
	const m = r.machine;
	return m.busyMs === undefined ? undefined : Math.max(0, m.busyMs - (r.serverCpuMs ?? 0) - r.benchCpuMs);
}

/** That time as a share of what the machine's cores had to give during the burst, in %. */
function otherCpuPct(r: RunResult): number | undefined {
	const others = otherCpuMs(r);
	return others === undefined ? undefined : (100 * others) / (r.machine.cores * r.machine.elapsedMs);
}

const spread = (v: number[]) =>
	`p50 ${ms(percentile(v, 50))}, p95 ${ms(percentile(v, 95))}, p99 ${ms(percentile(v, 99))}, max ${ms(percentile(v, 100))} ms`;

function report(r: RunResult) {
	const label = r.db === 'pglite' ? 'PGlite' : 'PostgreSQL';
	console.log(`\n${label}, run ${r.run}`);
	for (const c of r.checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
	console.log(
		`  burst: ${r.reports} reports from ${PARTICIPANTS} participants sent over ${ms(r.burstSpanMs)} ms;` +
			` ${r.reportsEvents} game:reports messages to the dashboard; ${r.feedbackReceived} game:feedback messages to phones`
	);
	console.log(`  ack: ${spread(r.ackMs)}`);
	console.log(`  report → dashboard: ${spread(r.dashboardMs)}`);
	console.log(
		`  boef positions during the burst: ${r.positionsStoredInBurst} of ${r.positionsInBurst} stored, ack ${spread(r.positionAckMsInBurst)};` +
			` ${r.positionsStored} fixes stored in the run`
	);
	console.log(
		`  CPU over the ${ms(r.observedMs)} ms burst: server ${ms(r.serverCpuMs)} ms, load generator ${ms(r.benchCpuMs)} ms;` +
			` load generator: timers up to ${ms(r.worstEmitLatenessMs)} ms late, event loop delay max ${ms(r.benchLoopDelayMaxMs)} ms`
	);
	const m = r.machine;
	const others = otherCpuMs(r);
	console.log(
		`  machine (${m.cores} cores, ${ms(m.cores * m.elapsedMs)} ms of CPU available): all processes used ${ms(m.busyMs)} ms,` +
			` of which ${ms(others)} ms not the server or the load generator (PostgreSQL, other work);` +
			` CPU pressure ${ms(m.cpuPressurePct)} % (time some task waited for a CPU), I/O pressure ${ms(m.ioPressurePct)} %,` +
			` load average ${r.loadAverage.toFixed(2)}`
	);
	console.log(`  restart after kill -9 until the dashboard had the game again: ${ms(r.restartMs)} ms`);
	// The server and the load generator share the two cores by design; other work does not belong here.
	const othersPct = otherCpuPct(r) ?? 0;
	if (!r.checks.every((c) => c.ok) && othersPct > 10)
		console.log(
			`  note: other processes${r.db === 'postgres' ? ' (PostgreSQL included)' : ''} used ${othersPct.toFixed(0)} %` +
				` of the machine's CPU during the burst; if that was other work, these figures are pessimistic.`
		);
}

function summary(results: RunResult[]): string {
	const rows = [
		[
			'database',
			'run',
			'reports',
			'acked',
			'lost',
			'ack p50',
			'p99',
			'max ms',
			'dashboard p50',
			'p95',
			'p99',
			'max ms',
			'positions in burst',
			'pos ack p99 ms',
			'server CPU ms',
			'other work %',
			'result'
		]
	];
	for (const r of results)
		rows.push([
			r.db === 'pglite' ? 'PGlite' : 'PostgreSQL',
			String(r.run),
			String(r.reports),
			String(r.acked),
			String(r.lost),
			ms(percentile(r.ackMs, 50)),
			ms(percentile(r.ackMs, 99)),
			ms(percentile(r.ackMs, 100)),
			ms(percentile(r.dashboardMs, 50)),
			ms(percentile(r.dashboardMs, 95)),
			ms(percentile(r.dashboardMs, 99)),
			ms(percentile(r.dashboardMs, 100)),
			`${r.positionsStoredInBurst}/${r.positionsInBurst}`,
			ms(percentile(r.positionAckMsInBurst, 99)),
			ms(r.serverCpuMs),
			ms(otherCpuPct(r)),
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
		`Report burst: ${PARTICIPANTS} participants in teams of three, ${BOEF_IDS.length} boeven sharing GPS every second;` +
			` after ${WARMUP_MS / 1000} s of warm-up` +
			(TRICKLE_PER_S > 0 ? ` (with ${TRICKLE_PER_S} reports a second)` : '') +
			` ${REPORTS} reports spread evenly over ${BURST_MS} ms.` +
			` Targets: every acknowledged report stored (checked after kill -9 and restart),` +
			` report → dashboard p99 ≤ ${TARGET_DASHBOARD_P99_MS} ms.`
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
