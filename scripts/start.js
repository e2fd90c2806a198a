// `npm start`: builds when the build is missing or older than the sources, then serves it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// `--demo` seeds demo content (same as DEMO=1, but works in every shell).
if (process.argv.includes('--demo')) process.env.DEMO = '1';

const SOURCES = [
	'scripts',
	'src',
	'static',
	'drizzle',
	'server.ts',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

/**
 * Newest modification time below a path, in ms since the epoch (0 when missing).
 * @param {string} p
 * @returns {number}
 */
function newest(p) {
	if (!fs.existsSync(p)) return 0;
	const stat = fs.statSync(p);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...fs.readdirSync(p).map((name) => newest(path.join(p, name))));
}

const built = fs.existsSync('build/server.js') ? fs.statSync('build/server.js').mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newest))) {
	console.log('Building the app (first start or sources changed)…');
	const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

await import(path.resolve('build/server.js'));
