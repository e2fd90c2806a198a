/** Dutch messages: boef-phone (Boef in de Wijk). */
export const boefPhone = {} as const;
