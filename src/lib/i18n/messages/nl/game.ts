/** Dutch messages shared by every screen of Boef in de Wijk: errors, feedback replies, channels, phases. */
export const game = {
	'game.name': 'Boef in de Wijk',

	'game.error.notInSetup': 'Dat kan alleen zolang het spel nog niet begonnen is.',
	'game.error.notRunning': 'Het spel loopt nu niet.',
	'game.error.notStarted': 'Het spel is nog niet begonnen.',
	'game.error.meldkamerMissing':
		'Eerst vastleggen dat de meldkamer is ingelicht (wie en wanneer). Zonder dat start het spel niet.',
	'game.error.areaMissing': 'Teken eerst het speelgebied op de kaart (minstens 3 punten).',
	'game.error.noBoef': 'Er moet minstens één boef zijn die bij de start meedoet.',
	'game.error.alreadyPaused': 'Het spel is al gepauzeerd.',
	'game.error.notPaused': 'Het spel is niet gepauzeerd.',
	'game.error.unknownBoef': 'Deze boef bestaat niet in dit spel.',
	'game.error.boefAlreadyEntered': 'Deze boef doet al mee.',
	'game.error.boefNotInPlay': 'Deze boef is nu niet in het spel.',
	'game.error.ended': 'Dit spel is afgelopen.',
	'game.error.informedInFuture': 'Het tijdstip waarop de meldkamer is ingelicht ligt in de toekomst.',
	'game.error.notFound': 'Dit spel bestaat niet (meer).',
	'game.error.teamName': 'Deze teamnaam kan niet. Gebruik 2 tot 20 letters, cijfers of spaties.',
	'game.error.tooManyCodes': 'Te veel verkeerde codes. Probeer het over {minutes} minuten opnieuw.',
	'game.error.reportNotFound': 'Deze melding bestaat niet.',
	'game.error.titleRequired': 'Geef het spel een naam.',
	'game.error.boefId': 'Elke boef heeft een eigen, korte code (kleine letters en cijfers).',
	'game.error.boefNameRequired': 'Geef de boef een naam, bijvoorbeeld "Boef 1".',
	'game.error.codeWordShort': 'Kies een codewoord van minstens 3 letters of cijfers.',
	'game.error.codeWordTaken': 'Elke boef heeft een ander codewoord.',
	'game.error.clueOutsideRound': 'Deze tip valt buiten zijn ronde.',
	'boef.error.pausesWithoutWaypoint': 'Er zijn meer pauzes dan punten op de route.',
	'boef.error.clueId': 'Elke tip heeft een eigen code.',
	'boef.error.rangeReversed': 'De eerste waarde moet kleiner zijn dan de tweede.',

	'game.phase.setup': 'Voorbereiding',
	'game.phase.running': 'Bezig',
	'game.phase.paused': 'Gepauzeerd',
	'game.phase.ended': 'Afgelopen',

	'game.channel.112': '112 gebeld',
	'game.channel.0900-8844': '0900-8844 gebeld',
	'game.channel.buurtapp': 'Alleen in de buurtapp',

	'game.feedback.good-report': 'Goede melding, dank u wel!',
	'game.feedback.was-boef': 'Dit was de boef!',
	'game.feedback.not-boef-good': 'Niet de boef, maar wel goed beschreven.',
	'game.feedback.more-behaviour': 'Beschrijf ook wat de persoon deed: gedrag maakt een melding sterk.',
	'game.feedback.call-112': 'Ziet u het nu gebeuren? Bel dan direct 112.',
	'game.feedback.appearance-only':
		'Alleen uiterlijk is geen reden om te melden. Let op gedrag: wat deed de persoon?',

	'game.boefStatus.waiting': 'Nog niet in het spel',
	'game.boefStatus.in-play': 'Op pad',
	'game.boefStatus.caught': 'Aangehouden',

	'game.round': 'Ronde {round} van {rounds}',
	'game.clue.defaultTitle': 'Nieuwe tip over {boef}',
	'game.clue.generalTitle': 'Bericht van de spelleider',
	'draw.error.noneEligible':
		'Niemand komt in aanmerking: geen huishouden met toestemming is thuis op die datum.',
	'draw.error.badCount': 'Kies een geldige datum en een aantal doelwoningen dat er is.',
	'game.clue.circle': 'De boef is binnen deze cirkel van {radius} meter gezien.'
} as const;
