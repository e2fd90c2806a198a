import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { realtime } from './src/lib/server/realtime/vite-plugin';

export default defineConfig({
	plugins: [realtime(), sveltekit()],
	test: {
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					// Each file starts its own server process and database; run them one at a time on 2 cores.
					fileParallelism: false,
					testTimeout: 30_000,
					hookTimeout: 90_000
				}
			}
		]
	}
});
