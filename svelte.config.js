import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Form actions are protected by SvelteKit's origin check; socket.io has its own (see attach.ts).
		csrf: { trustedOrigins: [] }
	}
};

export default config;
