/** Dutch messages of the anonymous outcome display (public page, review, dashboard after publishing). */
export const burglaryOutcome = {
	'burglaryOutcome.heading': 'De uitslag',
	'burglaryOutcome.allStopped': 'De boef is tegengehouden!',
	'burglaryOutcome.notAllStopped': 'De boef is niet overal tegengehouden.',
	'burglaryOutcome.noneHeld': 'Er is geen poging geweest.',
	'burglaryOutcome.published': 'Bekendgemaakt op {date}.',
	'burglaryOutcome.households': 'Deelnemende huishoudens',
	'burglaryOutcome.attempt': 'Poging {number}',
	'burglaryOutcome.stopped': 'Tegengehouden',
	'burglaryOutcome.notStopped': 'Niet tegengehouden',
	'burglaryOutcome.notHeld': 'Deze poging is niet doorgegaan.',
	'burglaryOutcome.overridden': 'Besluit van de organisator.',
	'burglaryOutcome.rule':
		'De boef is tegengehouden als iemand binnen {minutes} minuten na het begin belt of meldt.',
	'burglaryOutcome.meldkamer': 'Telefoontjes bij de meldkamer',
	'burglaryOutcome.calls112': 'Naar 112',
	'burglaryOutcome.calls0900': 'Naar 0900-8844',
	'burglaryOutcome.app': 'Meldingen via de app',
	'burglaryOutcome.reports': 'Meldingen',
	'burglaryOutcome.reportersCalled112': 'Zei 112 te hebben gebeld',
	'burglaryOutcome.reportersCalled0900': 'Zei 0900-8844 te hebben gebeld',
	'burglaryOutcome.firstResponse': 'Eerste reactie',
	'burglaryOutcome.firstNone': 'Niemand reageerde',
	'burglaryOutcome.firstWithinMinute': 'Binnen een minuut',
	'burglaryOutcome.firstMinutes': 'Na {minutes} min.',
	'burglaryOutcome.firstWasCall': 'Eerst kwam een telefoontje.',
	'burglaryOutcome.firstWasReport': 'Eerst kwam een melding via de app.',
	'burglaryOutcome.prevention': 'Het huis: preventiepunten',
	'burglaryOutcome.prevention.ok': 'In orde',
	'burglaryOutcome.prevention.weak': 'Zwakke plek',
	'burglaryOutcome.prevention.notChecked': 'Niet gecontroleerd',
	'burglaryOutcome.lessons': 'Wat we ervan leren',
	'burglaryOutcome.lesson.call112':
		'Ziet u verdacht gedrag dat nu gebeurt? Bel direct 112. Geen spoed: 0900-8844. Meld het pas daarna in de buurtapp.',
	'burglaryOutcome.lesson.behaviour': 'Let op wat iemand doet, niet op hoe iemand eruitziet.',
	'burglaryOutcome.lesson.saar':
		'Volg SAAR: Signaleren, Alarmeren (bel 112 en beschrijf wie, wat, waar en welke kant iemand op ging), Appen, Reageren.',
	'burglaryOutcome.lesson.secure':
		'Sluit uw huis goed af: deuren op slot met de sleutel, ramen dicht, geen klimhulp, sleutels uit het zicht.'
} as const;
