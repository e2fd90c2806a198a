import type { boefPhone as nl } from '../nl/boef-phone';

export const boefPhone: Record<keyof typeof nl, string> = {};
