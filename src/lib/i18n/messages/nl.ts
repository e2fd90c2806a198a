import { authoring } from './nl/authoring';
import { core } from './nl/core';
import { play } from './nl/play';

/**
 * Dutch, the default language. The keys of this catalogue define the MessageKey type: every
 * other language must have exactly the same keys (checked by the type system and a unit test).
 * Placeholders are {name}. One file per feature, so features can grow without colliding.
 */
export const nl = { ...core, ...authoring, ...play } as const;
