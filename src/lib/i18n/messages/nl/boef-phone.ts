/** Dutch messages: the boef's phone in Boef in de Wijk (/boef/[token], the officer playing the boef). */
export const boefPhone = {
	'boefPhone.pageTitle': 'Boef-telefoon',
	'boefPhone.title': 'U speelt {name}',
	'boefPhone.revoked':
		'Deze link is ingetrokken. Uw positie wordt niet meer gedeeld. Vraag de spelleider om een nieuwe link.',
	'boefPhone.invalid':
		'Deze link werkt niet (meer): hij is vervangen, ingetrokken of het spel is afgelopen. Vraag de spelleider om een nieuwe link.',
	'boefPhone.online': 'Verbonden',
	'boefPhone.offline': 'Geen verbinding. Posities worden op de telefoon bewaard en later verstuurd.',

	'boefPhone.status.label': 'Stand van het spel',
	'boefPhone.status.game': 'Spel',
	'boefPhone.status.you': 'U',
	'boefPhone.status.connection': 'Verbinding',
	'boefPhone.paused': 'Het spel ligt stil voor een echt incident',
	'boefPhone.notStarted':
		'Het spel is nog niet begonnen. U kunt het delen van uw locatie alvast starten; posities tellen vanaf de start.',
	'boefPhone.ended': 'Het spel is afgelopen. U kunt deze pagina sluiten. Bedankt!',
	'boefPhone.waitingEntry': 'U komt later in het spel. De spelleider laat weten wanneer u begint.',
	'boefPhone.caught': 'U bent aangehouden. Het delen van uw locatie is gestopt.',

	'boefPhone.codeWord': 'Uw codewoord',
	'boefPhone.codeWordHint':
		'Stelt iemand u de vaste vraag? Ontken niet, loop niet weg en geef dit codewoord.',

	'boefPhone.share.title': 'Locatie delen',
	'boefPhone.share.start': 'Locatie delen starten',
	'boefPhone.share.stop': 'Locatie delen stoppen',
	'boefPhone.share.on': 'Uw locatie wordt gedeeld met de spelleider.',
	'boefPhone.share.off': 'Uw locatie wordt nu niet gedeeld.',
	'boefPhone.share.route':
		'U loopt een vooraf getekende route: uw positie volgt die route in de tijd. Locatie delen is niet nodig.',
	'boefPhone.share.lastSent': 'Laatste positie verstuurd: {seconds} seconden geleden',
	'boefPhone.share.nothingSent': 'Nog geen positie verstuurd.',
	'boefPhone.share.waiting': 'Posities die wachten op verzending: {count}',
	'boefPhone.share.keepOpen':
		'Laat deze pagina open staan. Alleen de spelleider ziet uw positie; deelnemers nooit.',
	'boefPhone.gps.waiting': 'Wachten op GPS…',
	'boefPhone.gps.accuracy': 'GPS-nauwkeurigheid: ongeveer {metres} meter',
	'boefPhone.gps.denied':
		'De telefoon geeft geen locatie door: toestemming geweigerd. Sta locatie toe voor deze site in de instellingen van de browser en druk opnieuw op starten.',
	'boefPhone.gps.unavailable': 'Geen GPS-signaal. Ga zo mogelijk naar buiten; de telefoon blijft zoeken.',
	'boefPhone.gps.unsupported':
		'Deze browser kan geen locatie doorgeven. Gebruik een andere browser of telefoon.',
	'boefPhone.wake.on': 'Het scherm blijft aan zolang deze pagina openstaat.',
	'boefPhone.wake.off':
		'Zet de automatische schermvergrendeling uit: met een vergrendeld scherm stopt het delen op veel telefoons.'
} as const;
