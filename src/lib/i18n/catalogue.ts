import type { nl } from './messages/nl';

export type MessageKey = keyof typeof nl;
/** Every language has every key; the value is free text with the same {placeholders}. */
export type Catalogue = { readonly [K in MessageKey]: string };
