import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, translate, type MessageKey, type MessageParams } from './index';

/**
 * Translate in components. The locale comes from the root layout's data, which SvelteKit
 * keeps per request during server rendering, so concurrent requests never mix languages.
 */
export function t(key: MessageKey, params?: MessageParams): string {
	const locale = page.data.locale;
	return translate(isLocale(locale) ? locale : DEFAULT_LOCALE, key, params);
}
