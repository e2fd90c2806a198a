/** Dutch messages: game-setup (Boef in de Wijk). */
export const gameSetup = {} as const;
