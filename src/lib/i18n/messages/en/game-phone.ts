import type { gamePhone as nl } from '../nl/game-phone';

export const gamePhone: Record<keyof typeof nl, string> = {};
