import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Form actions are protected by SvelteKit's origin check; socket.io has its own (see attach.ts).
		csrf: { trustedOrigins: [] },
		/**
		 * Scripts only from this site, SvelteKit's own inline start-up script by a per-page nonce
		 * ('auto': nonces for rendered pages, hashes for prerendered ones). Styles may be inline:
		 * Svelte's style: directives and Leaflet set style attributes. The map tile server and
		 * ORIGIN's WebSocket are known only at start-up; hooks.server.ts adds them.
		 */
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
