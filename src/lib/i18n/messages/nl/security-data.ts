/** Dutch messages of data integrity: refused input, answer ids, the database being away. */
export const securityData = {
	'error.unstorable':
		'Dit bevat tekens die niet bewaard kunnen worden. Haal vreemde tekens weg en probeer het opnieuw.',
	'error.unavailable':
		'Tijdelijk niet beschikbaar. Wat u instuurde is niet verloren: het wordt opnieuw verstuurd zodra het weer kan.',
	'error.unavailablePage': 'Tijdelijk niet beschikbaar. Probeer het over een minuut opnieuw.',
	'quiz.error.answerIdUsed': 'Dit antwoord is al gebruikt voor een andere vraag. Kies uw antwoord opnieuw.'
} as const;
