import type { Catalogue, MessageKey } from './catalogue';
import { en } from './messages/en';
import { nl } from './messages/nl';

export type { Catalogue, MessageKey };
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';
export const LOCALE_COOKIE = 'lang';

export const catalogues: Record<Locale, Catalogue> = { nl, en };

export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(nl, value);
}

/** Looks up a message and fills its {placeholders}. Unknown placeholders are left visible. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const text = catalogues[locale][key] ?? nl[key];
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : whole
	);
}
