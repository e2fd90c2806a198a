import type { gameSetup as nl } from '../nl/game-setup';

export const gameSetup: Record<keyof typeof nl, string> = {};
