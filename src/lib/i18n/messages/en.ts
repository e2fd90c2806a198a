import type { Catalogue } from '../catalogue';
import { authoring } from './en/authoring';
import { core } from './en/core';
import { play } from './en/play';

export const en: Catalogue = { ...core, ...authoring, ...play };
