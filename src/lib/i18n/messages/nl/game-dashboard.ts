/** Dutch messages: game-dashboard (Boef in de Wijk). */
export const gameDashboard = {} as const;
