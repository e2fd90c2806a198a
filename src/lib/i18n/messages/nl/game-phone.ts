/** Dutch messages: game-phone (Boef in de Wijk). */
export const gamePhone = {} as const;
