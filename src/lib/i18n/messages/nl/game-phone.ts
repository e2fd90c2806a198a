/** Dutch messages: the participant's phone in Boef in de Wijk (/game/[code]). */
export const gamePhone = {
	'gamePhone.playing': 'Boef in de Wijk: {title}',
	'gamePhone.ended': 'Dit spel is afgelopen. Bedankt voor het meedoen!',
	'gamePhone.gone':
		'Uw telefoon doet niet meer mee: het spel is afgelopen of de spelleider heeft u verwijderd.',
	'gamePhone.loggedIn':
		'U bent in deze browser ingelogd als medewerker. Open deze pagina in een privévenster of op een andere telefoon om mee te spelen.',
	'gamePhone.notStarted': 'U doet mee! Het spel begint zodra de spelleider start.',

	'gamePhone.join.title': 'Meedoen met Boef in de Wijk',
	'gamePhone.join.intro':
		'Zoek de boef in de wijk en meld wat u ziet, zoals u dat in het echt zou doen. U speelt alleen of als team (vanaf 14 jaar; jonger samen met een volwassene).',
	'gamePhone.join.team': 'Teamnaam (mag leeg)',
	'gamePhone.join.teamHint':
		'Speelt u samen? Vul allemaal dezelfde teamnaam in, dan ziet u elkaars meldingen. Alleen spelen: laat leeg.',

	'gamePhone.status.label': 'Stand van het spel',
	'gamePhone.you': 'U speelt als {nickname}',
	'gamePhone.youInTeam': 'U speelt als {nickname} in team {team}',
	'gamePhone.roundLeft': 'nog {time} in deze ronde',
	'gamePhone.online': 'Verbonden',
	'gamePhone.offline':
		'Geen verbinding. Uw meldingen blijven op de telefoon bewaard en gaan vanzelf mee zodra er weer verbinding is.',
	'gamePhone.paused.title': 'Het spel ligt even stil',
	'gamePhone.paused.wait':
		'De spelleider laat weten wanneer het verdergaat. Ziet u iets verdachts? Bel dan gewoon 112.',

	'gamePhone.alert.clue': 'Nieuwe tip!',
	'gamePhone.alert.clueMore': 'Kijk op de kaart en bij de tips hieronder.',
	'gamePhone.alert.feedback': 'Reactie van de spelleider',
	'gamePhone.alert.dismiss': 'Gezien',
	'gamePhone.feedback.onYours': 'Op uw melding:',
	'gamePhone.feedback.onTeam': 'Op de melding van {nickname}:',

	'gamePhone.map.heading': 'Kaart',
	'gamePhone.map.label': 'Kaart van het speelgebied met de tips en de meldingen van uw team',
	'gamePhone.map.report': 'Melding van {nickname} om {time}',
	'gamePhone.map.queued': 'Melding, nog niet verstuurd',
	'gamePhone.map.place': 'Plek van uw melding',
	'gamePhone.map.tapToPick': 'Tik op de kaart op de plek waar u het zag.',
	'gamePhone.legend.report': 'Melding van u of uw team',
	'gamePhone.legend.matched': 'Melding: dit was de boef',
	'gamePhone.me.show': 'Toon mijn positie',
	'gamePhone.me.hide': 'Verberg mijn positie',
	'gamePhone.me.searching': 'Uw positie wordt gezocht…',
	'gamePhone.me.accuracy': 'Nauwkeurig tot op ongeveer {metres} meter',
	'gamePhone.me.private':
		'Uw positie blijft op uw telefoon. Alleen de plek die u bij een melding kiest, gaat naar de spelleider.',
	'gamePhone.me.denied':
		'Uw telefoon geeft de positie niet door. Sta locatie toe in de instellingen van de browser, of kies de plek op de kaart.',
	'gamePhone.me.unavailable': 'Uw positie is nu niet te bepalen. Kies de plek op de kaart.',
	'gamePhone.me.unsupported': 'Deze browser kan de positie niet doorgeven. Kies de plek op de kaart.',

	'gamePhone.report.open': 'Melding maken',
	'gamePhone.report.title': 'Melding maken',
	'gamePhone.report.intro':
		'Signaleren: wat ziet u gebeuren, waar en wanneer? Beschrijf vooral wat de persoon doet; daarna hoe hij eruitziet.',
	'gamePhone.report.place': 'Waar zag u het?',
	'gamePhone.report.placeGps': 'Mijn huidige plek',
	'gamePhone.report.placeMap': 'Plek kiezen op de kaart',
	'gamePhone.report.placeCentre': 'Midden van de kaart (bij het kruisje)',
	'gamePhone.report.placeHint':
		'Tik op de kaart, of schuif de kaart tot het kruisje op de plek staat en kies "Midden van de kaart".',
	'gamePhone.report.placeNone': 'Nog geen plek gekozen.',
	'gamePhone.report.placeChosenGps': 'Gekozen: uw huidige plek (tot op ongeveer {metres} meter).',
	'gamePhone.report.placeChosenGpsPlain': 'Gekozen: uw huidige plek.',
	'gamePhone.report.placeChosenMap': 'Gekozen: de plek op de kaart (wit rondje).',
	'gamePhone.report.when': 'Wanneer zag u het?',
	'gamePhone.report.whenNow': 'Nu',
	'gamePhone.report.whenAgo': '{minutes} minuten geleden',
	'gamePhone.report.behaviour': 'Wat deed de persoon?',
	'gamePhone.report.behaviourHint':
		'Gedrag is het belangrijkst: bijvoorbeeld aan deurklinken voelen, in auto’s kijken, heen en weer lopen, lang wachten zonder doel. Uiterlijk alleen is geen reden om te melden.',
	'gamePhone.report.signalement': 'Hoe zag de persoon eruit?',
	'gamePhone.report.channel': 'Hoe zou u dit melden?',
	'gamePhone.report.channelIntro': 'In het spel belt u niemand echt: kies wat u in het echt zou doen.',
	'gamePhone.channel.112': '112 bellen, nu',
	'gamePhone.channel.112.hint': 'Het gebeurt nu en het is verdacht. Bij twijfel: 112.',
	'gamePhone.channel.0900-8844': '0900-8844 bellen',
	'gamePhone.channel.0900-8844.hint': 'Politie zonder spoed, bijvoorbeeld iets wat al voorbij is.',
	'gamePhone.channel.buurtapp': 'Alleen in de buurtapp zetten',
	'gamePhone.channel.buurtapp.hint':
		'De politie leest niet mee. Bel eerst 112 en zet daarna in de app dat 112 al is gebeld.',
	'gamePhone.report.errorPlace': 'Kies de plek: uw huidige plek of een plek op de kaart.',
	'gamePhone.report.errorWhat': 'Beschrijf wat de persoon deed, of hoe hij eruitzag.',
	'gamePhone.report.errorChannel': 'Kies hoe u dit zou melden.',
	'gamePhone.report.incomplete': 'De melding is nog niet compleet. Kijk bij de rode teksten hierboven.',
	'gamePhone.report.submit': 'Melding versturen',
	'gamePhone.report.cancel': 'Annuleren',
	'gamePhone.report.offlineNote':
		'Geen verbinding? Uw melding blijft op de telefoon bewaard en wordt verstuurd zodra dat kan.',
	'gamePhone.report.saved': 'Uw melding is bewaard. U ziet hieronder bij "Meldingen" of hij is aangekomen.',
	'gamePhone.report.gone': 'Niet verstuurd: het spel is afgelopen of u doet niet meer mee.',

	'gamePhone.reports.title': 'Meldingen van u en uw team',
	'gamePhone.reports.none': 'Nog geen meldingen.',
	'gamePhone.reports.yours': 'Uw melding',
	'gamePhone.reports.by': 'Melding van {nickname}',
	'gamePhone.reports.waiting': 'Wacht op verbinding',
	'gamePhone.reports.sending': 'Wordt verstuurd…',
	'gamePhone.reports.sent': 'Verzonden',
	'gamePhone.reports.refused': 'Niet verstuurd',
	'gamePhone.reports.behaviour': 'Gedrag: {text}',
	'gamePhone.reports.noBehaviour': 'Geen gedrag beschreven.',
	'gamePhone.reports.reply': 'Reactie van de spelleider:',
	'gamePhone.reports.noReply': 'Nog geen reactie van de spelleider.',
	'gamePhone.reports.edit': 'Aanpassen en opnieuw versturen',
	'gamePhone.reports.dismiss': 'Weghalen',

	'gamePhone.find.title': 'Boef gevonden?',
	'gamePhone.find.intro':
		'Denkt u de boef te zien? Stel hem op straat de vaste vraag. De echte boef ontkent niet en geeft u zijn codewoord. Vul dat hier in.',
	'gamePhone.find.label': 'Codewoord van de boef',
	'gamePhone.find.submit': 'Controleren',
	'gamePhone.find.checking': 'Het codewoord wordt gecontroleerd…',
	'gamePhone.find.waiting': 'Geen verbinding. Het codewoord wordt gecontroleerd zodra er weer verbinding is.',
	'gamePhone.find.foundFirst': 'Goed! U heeft {boef} gevonden, en u was de eerste!',
	'gamePhone.find.found': 'Goed! U heeft {boef} gevonden. Een ander was u net voor.',
	'gamePhone.find.wrong':
		'"{code}" is niet het goede codewoord. Controleer de spelling of vraag het nog eens.',
	'gamePhone.find.safety':
		'Loopt iemand weg of wordt iemand boos? Dan is het niet de boef. Houd afstand en bel 112 als het niet pluis is.',
	'gamePhone.find.teamFinds': 'Gevonden door u of uw team',
	'gamePhone.find.teamFind': '{boef}, door {nickname} om {time}',
	'gamePhone.find.first': '(als eerste)',
	'gamePhone.find.none': 'Uw team heeft geen boef gevonden.',

	'gamePhone.clues.title': 'Tips',
	'gamePhone.clues.none': 'Nog geen tips. Komt er een tip, dan trilt uw telefoon en ziet u hem hier.',
	'gamePhone.clues.latest': 'Nieuwste',
	'gamePhone.clues.meta': 'Ronde {round} · {time}',

	'gamePhone.result.title': 'Het spel is afgelopen',
	'gamePhone.result.rank': 'Plaats {rank} van {of}',
	'gamePhone.result.firstFinds': 'Als eerste een boef gevonden: {count} keer',
	'gamePhone.result.quality': 'Punten voor goede meldingen: {points}',
	'gamePhone.result.thanks': 'Bedankt voor het meedoen! In de nabespreking hoort u hoe het ging.',
	'gamePhone.result.lessonsTitle': 'Om te onthouden',
	'gamePhone.result.lessonBehaviour':
		'Let op gedrag, niet op uiterlijk: wat iemand doet maakt een situatie verdacht.',
	'gamePhone.result.lesson112':
		'Ziet u nu iets verdachts gebeuren? Bel eerst 112 en zet daarna in de buurtapp dat 112 al is gebeld.'
} as const;
