// Compiles server.ts (the production entry) into build/server.js beside SvelteKit's handler.js.
import { build } from 'esbuild';

await build({
	entryPoints: ['server.ts'],
	outfile: 'build/server.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	logLevel: 'warning'
});
