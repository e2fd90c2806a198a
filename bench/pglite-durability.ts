/**
 * What durability costs the embedded database (issue 11, item 13). Opens PGlite on a temporary
 * folder three ways and times commits:
 *
 *   default   PGlite as it ships: fsync off (`-F`)
 *   fsync=on  only the flag: Emscripten's NODEFS has no fsync, so nothing reaches the disk
 *   durable   the app's setting (src/lib/server/db/pglite-durable.ts): fsync=on, wal_sync_method=fsync
 *             and a NODEFS fsync that calls fs.fsyncSync
 *
 * For each: single-row commits per second, 300 answers in batches of 50 rows (as the quiz
 * batcher writes a burst), how many fsync calls reached the kernel, and the time of the folder
 * flush at the first start (and at a later one, which skips it). The quiz burst end to end:
 * bench/quiz-burst.ts (its --server option runs another build, to compare).
 *
 *   npx tsx bench/pglite-durability.ts [--commits N]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { durablePgliteOptions, durableStartParams, flushOnce } from '../src/lib/server/db/pglite-durable';
import { ms, percentile, table } from './lib/stats';

const { values: args } = parseArgs({ options: { commits: { type: 'string', default: '500' } } });
const COMMITS = Number(args.commits);
const BURST = 300;
const BATCH = 50;

// Counts the fsyncs that reach the kernel: every one goes through fs.fsyncSync.
let fsyncs = 0;
const realFsync = fs.fsyncSync;
fs.fsyncSync = (fd: number) => {
	fsyncs++;
	realFsync(fd);
};

const modes: { name: string; options: (dir: string) => PGliteOptions }[] = [
	{ name: 'default (fsync off)', options: (dir) => ({ dataDir: dir }) },
	{ name: 'fsync=on only', options: (dir) => ({ dataDir: dir, startParams: durableStartParams() }) },
	{ name: 'durable (the app)', options: durablePgliteOptions }
];

async function measure(mode: (typeof modes)[number]) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-durability-'));
	const pg = new PGlite(mode.options(dir));
	try {
		await pg.waitReady;
		const flushStarted = performance.now();
		const flushed = flushOnce(dir, true);
		const flushMs = performance.now() - flushStarted;
		// What every later start pays: the marker says the folder is flushed.
		const againStarted = performance.now();
		flushOnce(dir, false);
		const flushAgainMs = performance.now() - againStarted;
		await pg.exec('create table answer (id serial primary key, participant int, option text)');

		fsyncs = 0;
		const single: number[] = [];
		const started = performance.now();
		for (let i = 0; i < COMMITS; i++) {
			const t0 = performance.now();
			await pg.query('insert into answer (participant, option) values ($1, $2)', [i, 'a']);
			single.push(performance.now() - t0);
		}
		const singleMs = performance.now() - started;
		const singleFsyncs = fsyncs;

		fsyncs = 0;
		const burstStarted = performance.now();
		for (let b = 0; b < BURST / BATCH; b++) {
			const values = Array.from({ length: BATCH }, (_, i) => `(${b * BATCH + i}, 'b')`).join(',');
			await pg.transaction((tx) => tx.query(`insert into answer (participant, option) values ${values}`));
		}
		const burstMs = performance.now() - burstStarted;
		return {
			name: mode.name,
			commitsPerSec: (COMMITS / singleMs) * 1000,
			p50: percentile(single, 50),
			p99: percentile(single, 99),
			fsyncsPerCommit: singleFsyncs / COMMITS,
			burstMs,
			burstFsyncs: fsyncs,
			flushMs,
			flushAgainMs,
			flushed
		};
	} finally {
		await pg.close();
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

async function main() {
	console.log(
		`PGlite durability: ${COMMITS} single-row commits, then ${BURST} rows in batches of ${BATCH}, on ${os.tmpdir()}`
	);
	const rows = [
		[
			'mode',
			'commits/s',
			'commit p50 ms',
			'p99 ms',
			'fsyncs per commit',
			`${BURST} rows in ${BURST / BATCH} batches ms`,
			'their fsyncs',
			'start flush ms (files)',
			'again ms'
		]
	];
	for (const mode of modes) {
		const r = await measure(mode);
		rows.push([
			r.name,
			r.commitsPerSec.toFixed(0),
			ms(r.p50),
			ms(r.p99),
			r.fsyncsPerCommit.toFixed(1),
			ms(r.burstMs),
			String(r.burstFsyncs),
			`${ms(r.flushMs)} (${r.flushed})`,
			ms(r.flushAgainMs)
		]);
	}
	console.log(table(rows));
}

main().catch((err: unknown) => {
	console.error(err);
	process.exit(1);
});
