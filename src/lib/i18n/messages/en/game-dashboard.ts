import type { gameDashboard as nl } from '../nl/game-dashboard';

export const gameDashboard: Record<keyof typeof nl, string> = {};
