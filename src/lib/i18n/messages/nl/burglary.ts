/** Dutch messages shared by every part of Houd u de boef tegen?: errors, prevention points, phases, e-mails. */
export const burglary = {
	'burglary.name': 'Houd u de boef tegen?',

	'burglary.error.notFound': 'Deze actie bestaat niet (meer).',
	'burglary.error.closed': 'Deze actie is afgelopen.',
	'burglary.error.title': 'Geef de actie een naam.',
	'burglary.error.date': 'Vul een geldige datum in.',
	'burglary.error.targetCount': 'Kies 1 tot 10 doelwoningen.',
	'burglary.error.stopWindow': 'Kies een tijd van 1 tot 240 minuten.',
	'burglary.error.retention': 'Kies een bewaartermijn van 1 tot 365 dagen.',
	'burglary.error.noBoef': 'Er is minstens één boef nodig.',
	'burglary.error.tooManyBoeven': 'Hoogstens 5 boeven.',
	'burglary.error.boefName': 'Geef de boef een naam.',
	'burglary.error.boefInUse': 'Deze boef heeft al een poging; verwijder hem niet.',
	'burglary.error.periodOrder': 'De periode eindigt vóór het begin.',
	'burglary.error.periodLength': 'De periode mag hoogstens 92 dagen duren.',
	'burglary.error.area': 'Een gebied heeft minstens 3 punten.',
	'burglary.error.workshop': 'Kies een workshop van uw eigen organisatie.',
	'burglary.error.published': 'De uitslag is al bekendgemaakt; er kan niets meer veranderen.',
	'burglary.error.meldkamerWho': 'Vul in wie bij de meldkamer is ingelicht.',
	'burglary.error.meldkamerWhen': 'Vul in wanneer de meldkamer is ingelicht (niet in de toekomst).',
	'burglary.error.attemptLive': 'Dat kan niet terwijl een poging loopt.',
	'burglary.error.drawClosed': 'Loten kan alleen zolang er nog geen poging is begonnen.',
	'burglary.error.drawDate': 'De geplande datum moet binnen de periode vallen.',
	'burglary.error.unknownBoef': 'Deze boef bestaat niet in deze actie.',
	'burglary.error.unknownAttempt': 'Deze poging bestaat niet.',
	'burglary.error.unknownRegistration': 'Deze aanmelding bestaat niet (meer).',
	'burglary.error.preconditions':
		'Vink eerst alle voorwaarden aan: meldkamer, briefing van de boef en het gebied.',
	'burglary.error.noTarget': 'Het gelote huishouden heeft zich afgemeld. Loot opnieuw.',
	'burglary.error.otherAttemptLive': 'Er loopt al een andere poging. Beëindig die eerst.',
	'burglary.error.alreadyStarted': 'Deze poging is al begonnen.',
	'burglary.error.notStarted': 'Deze poging is nog niet begonnen.',
	'burglary.error.notDone': 'Maak de uitslag pas bekend als er een poging is geweest en er geen meer loopt.',
	'burglary.error.call': 'Kies 112 of 0900-8844 en een geldige tijd.',
	'burglary.error.callTime': 'Die tijd past niet bij deze poging.',
	'burglary.error.prevention': 'Deze controlelijst klopt niet.',
	'burglary.error.name': 'Vul uw naam in.',
	'burglary.error.email': 'Vul een geldig e-mailadres in.',
	'burglary.error.postcode': 'Vul een postcode in als 1234 AB.',
	'burglary.error.houseNumber': 'Vul een huisnummer in, eventueel met toevoeging (12a).',
	'burglary.error.place': 'Zet een speld op uw huis op de kaart.',
	'burglary.error.awayDate': 'Afwezige dagen moeten binnen de periode vallen.',
	'burglary.error.tooManyDates': 'Hoogstens 60 afwezige dagen.',
	'burglary.error.consent': 'Zonder uw toestemming kunnen we u niet inschrijven.',
	'burglary.error.registrationClosed': 'Aanmelden kan niet meer: de uitslag is al bekend.',
	'burglary.error.tooManyRegistrations':
		'Te veel aanmeldingen vanaf dit netwerk. Probeer het over {minutes} minuten opnieuw.',
	'burglary.error.tooManyReports':
		'U heeft veel meldingen kort na elkaar verstuurd. Probeer het over {minutes} minuten opnieuw; bij spoed: bel 112.',
	'burglary.error.tooManyLinkRequests':
		'Te veel aanvragen voor een nieuwe link vanaf dit netwerk. Probeer het over {minutes} minuten opnieuw.',
	'burglary.error.tooManyMails':
		'Er zijn vandaag al te veel aanmeldingen met dit e-mailadres gedaan. Probeer het morgen opnieuw.',
	'burglary.error.duplicate': 'Dit e-mailadres is al aangemeld voor dit adres.',
	'burglary.error.linkInvalid':
		'Deze persoonlijke link werkt niet (meer). Misschien zijn uw gegevens al verwijderd.',

	'burglary.phase.registering': 'Aanmelden',
	'burglary.phase.drawn': 'Geloot',
	'burglary.phase.live': 'Poging bezig',
	'burglary.phase.done': 'Pogingen klaar',
	'burglary.phase.published': 'Uitslag bekend',
	'burglary.phase.deleted': 'Persoonsgegevens verwijderd',

	'burglary.precondition.meldkamer': 'Meldkamer ingelicht',
	'burglary.precondition.briefing': 'Boef gebriefd',
	'burglary.precondition.area': 'Gebied gecontroleerd',

	'burglary.prevention.windows-closed': 'Ramen en deuren dicht',
	'burglary.prevention.doors-locked-with-key': 'Deuren op slot met de sleutel (niet alleen dichtgetrokken)',
	'burglary.prevention.lights': 'Verlichting: buitenlamp of licht aan, huis ziet er bewoond uit',
	'burglary.prevention.no-climbing-aids': 'Geen klimhulp: ladder, kliko of tuinmeubel weggezet',
	'burglary.prevention.no-keys-in-sight': 'Geen sleutels of waardevolle spullen in het zicht',
	'burglary.prevention.visible-from-street':
		'Voor- en achterkant zichtbaar vanaf de straat (geen hoge schutting of struiken)',
	'burglary.prevention.quality-locks': 'Goed hang- en sluitwerk (politiekeurmerk, SKG-sterren)',
	'burglary.finding.ok': 'In orde',
	'burglary.finding.weak': 'Zwakke plek',
	'burglary.finding.not-checked': 'Niet gecontroleerd',

	'burglary.callNumber.112': '112',
	'burglary.callNumber.0900-8844': '0900-8844',

	'burglary.mail.confirm.subject': 'Aangemeld voor {title}',
	'burglary.mail.confirm.text':
		'Beste bewoner,\n\nU bent aangemeld voor "{title}". Ergens tussen {periodStart} en {periodEnd} probeert een agent die de boef speelt bij een van de deelnemers "in te breken". Er wordt niets opengebroken en niemand komt binnen: we kijken of het huis goed is afgesloten en of buren 112 bellen als ze verdacht gedrag zien.\n\nZiet u iets verdachts? Bel 112 als het nu gebeurt, anders 0900-8844. Ook als u denkt dat het de oefening is: bel. De meldkamer weet ervan.\n\nUw aanmelding bekijken, wijzigen of intrekken kan altijd via uw persoonlijke link:\n{link}\n\nUw naam, adres en e-mailadres gebruiken we alleen voor deze actie. Ze worden uiterlijk op {deletionDate} verwijderd.\n\nMet vriendelijke groet,\nDe wijkagent',
	'burglary.mail.newLink.subject': 'Uw nieuwe persoonlijke link voor {title}',
	'burglary.mail.newLink.text':
		'Beste bewoner,\n\nU heeft gevraagd om een nieuwe persoonlijke link voor uw aanmelding bij "{title}" ({address}). Hier is hij:\n{link}\n\nMet deze link kunt u uw aanmelding bekijken, wijzigen of intrekken. Uw oude link werkt vanaf nu niet meer.\n\nHeeft u hier niet om gevraagd? Dan kunt u dit bericht negeren: aan uw aanmelding is niets veranderd, alleen de link is nieuw.\n\nMet vriendelijke groet,\nDe wijkagent',
	'burglary.mail.outcome.subject': 'De uitslag van {title}',
	'burglary.mail.outcome.stopped': 'De boef is tegengehouden!',
	'burglary.mail.outcome.notStopped': 'De boef is niet tegengehouden.',
	'burglary.mail.outcome.attempt':
		'Poging {number}: {verdict} Bij de meldkamer kwamen {calls112} telefoontjes binnen via 112 en {calls0900} via 0900-8844. Via de app kwamen {reports} meldingen binnen. {first}',
	'burglary.mail.outcome.attemptNotHeld': 'Poging {number} is niet doorgegaan.',
	'burglary.mail.outcome.first': 'De eerste reactie kwam na {minutes} minuten.',
	'burglary.mail.outcome.none': 'Niemand reageerde.',
	'burglary.mail.outcome.text':
		'Beste bewoner,\n\nDe actie "{title}" is voorbij. Hier is de uitslag.\n\n{attempts}\n\nWat we ervan leren:\n- Ziet u verdacht gedrag dat nu gebeurt? Bel direct 112. Geen spoed: 0900-8844.\n- Let op wat iemand doet, niet hoe iemand eruitziet.\n- Beschrijf goed: wie (signalement), wat, waar, wanneer, en welke kant iemand op ging.\n- Meld het daarna pas in de buurtapp, en ga er niet zelf op af.\n- Sluit uw huis goed af: deuren op slot met de sleutel, ramen dicht, geen klimhulp, sleutels uit het zicht.\n\nDe uitslag staat ook op {link}\n\nUw gegevens worden op {deletionDate} verwijderd. Eerder verwijderen kan met de persoonlijke link uit uw aanmeldbevestiging. Link kwijt? Vraag een nieuwe aan op {link}\n\nMet vriendelijke groet,\nDe wijkagent',
	'burglary.mail.weak.subject': 'Persoonlijk: wat de boef bij uw huis zag',
	'burglary.mail.weak.text':
		'Beste bewoner,\n\nBij uw huis deed de boef een poging. Dit bericht krijgt alleen u. Wat hij zag:\n\n{findings}\n\n{advice}\n\nMeer tips: politiekeurmerk.nl en politie.nl (inbraakpreventie).\n\nMet vriendelijke groet,\nDe wijkagent',
	'burglary.mail.weak.noneWeak': 'Hij vond geen zwakke plekken. Goed gedaan!',
	'burglary.mail.weak.advice':
		'Werk de zwakke plekken weg, dan maakt u het een echte inbreker een stuk moeilijker.',
	'burglary.mail.weak.line': '- {item}: {finding}'
} as const;
