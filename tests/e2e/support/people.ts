/** Test people and their passwords (≥ 12 characters, not common, no e-mail local part). */
export interface Person {
	name: string;
	email: string;
	password: string;
}

export const ORGANISATION = 'Politie basisteam Utrecht-Oost';

export const admin: Person = {
	name: 'Anna de Beheerder',
	email: 'anna.beheer@example.nl',
	password: 'groene-fiets-over-de-gracht'
};

export const presenter: Person = {
	name: 'Wim Wijkagent',
	email: 'wim.wijk@example.nl',
	// Replaced at first login; the temporary one is whatever the accounts page suggests.
	password: 'zeven-eenden-in-het-park'
};
