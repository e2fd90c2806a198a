/** Dutch messages: limits on guessing codes, bursts of names from one address (issue 11, item 7). */
export const securityGuess = {
	'codeWord.suggest': 'Bedenk een codewoord',
	'burst.error.notFound': 'Deze groep namen bestaat niet (meer).',
	'burst.error.gameLocked': 'Het spel neemt geen nieuwe deelnemers meer aan.',
	'burst.warning.title': 'Verdacht veel aanmeldingen',
	'burst.warning.body':
		'{count} namen kwamen binnen enkele seconden binnen vanaf één netwerk, sneller dan mensen kunnen typen.',
	'burst.warning.sample': 'Onder andere: {names}',
	'burst.warning.remove': 'Verwijder deze {count} namen',
	'burst.warning.removed': '{count} namen verwijderd.',
	'burst.lock': 'Aanmelden sluiten',
	'burst.unlock': 'Aanmelden weer openen',
	'burst.locked': 'Aanmelden is gesloten: nieuwe deelnemers kunnen niet meer meedoen.'
} as const;
