/**
 * Dutch messages of Houd u de boef tegen? on phones: a household's registration (/r/[code]),
 * its personal page (/mijn/[token]), the invitation at the end of a workshop and the boef's
 * phone during his attempt (/boef/[token]).
 */
export const burglaryPhone = {
	'burglaryPhone.subtitle': 'Houd u de boef tegen?',
	'burglaryPhone.notFoundTitle': 'Niet gevonden',
	'burglaryPhone.backHome': 'Naar de startpagina',

	// ------------------------------------------------------------ the public page /r/[code]
	'burglaryPhone.register.pageTitle': 'Aanmelden',
	'burglaryPhone.register.intro':
		'Tussen {periodStart} en {periodEnd} probeert een agent die de boef speelt bij één van de deelnemers "in te breken". Meld u aan: dan hoort u daarna of de buurt de boef heeft tegengehouden.',
	'burglaryPhone.register.already': 'U bent op deze telefoon al aangemeld.',
	'burglaryPhone.register.alreadyLink': 'Naar uw persoonlijke pagina',
	'burglaryPhone.register.heading': 'Uw aanmelding',
	'burglaryPhone.register.submit': 'Aanmelden',
	'burglaryPhone.register.sending': 'Bezig met aanmelden…',
	'burglaryPhone.register.closed': 'Aanmelden is niet meer mogelijk: deze actie is gesloten.',
	'burglaryPhone.register.published': 'De actie is voorbij. Dit is de uitslag, zonder namen of adressen.',

	// ------------------------------------------------------------ "Link kwijt?" on /r/[code]
	'burglaryPhone.newLink.heading': 'Link kwijt?',
	'burglaryPhone.newLink.intro':
		'Al aangemeld, maar kunt u de e-mail met uw persoonlijke link niet meer vinden? Vul uw e-mailadres in: we sturen u een nieuwe link. De oude link werkt daarna niet meer.',
	'burglaryPhone.newLink.email': 'Uw e-mail (waarmee u zich aanmeldde)',
	'burglaryPhone.newLink.submit': 'Stuur mij een nieuwe link',
	'burglaryPhone.newLink.sending': 'Bezig met versturen…',
	'burglaryPhone.newLink.sent':
		'Als dit e-mailadres is aangemeld, krijgt u binnen enkele minuten een e-mail met een nieuwe persoonlijke link.',

	// ------------------------------------------------------------ the registration form (also: changing it)
	'burglaryPhone.field.name': 'Naam',
	'burglaryPhone.field.email': 'E-mailadres',
	'burglaryPhone.field.emailHint': 'Hierheen sturen we uw persoonlijke link en later de uitslag.',
	'burglaryPhone.field.postcode': 'Postcode',
	'burglaryPhone.field.postcodeHint': 'Bijvoorbeeld 1234 AB',
	'burglaryPhone.field.houseNumber': 'Huisnummer',
	'burglaryPhone.field.houseNumberHint': 'Met toevoeging als die er is, bijvoorbeeld 12a',
	'burglaryPhone.field.geocoder': 'Straat en woonplaats zoeken we op met uw postcode en huisnummer.',

	'burglaryPhone.pin.legend': 'Uw huis op de kaart',
	'burglaryPhone.pin.hint':
		'Tik op de kaart op uw huis. Of schuif de kaart (ook met de pijltjestoetsen) tot het kruisje op uw huis staat en kies "Speld in het midden van de kaart".',
	'burglaryPhone.pin.geocoderMissed': 'We konden uw adres niet vinden. Wijs uw huis daarom aan op de kaart.',
	'burglaryPhone.pin.map': 'Kaart om uw huis aan te wijzen',
	'burglaryPhone.pin.centre': 'Speld in het midden van de kaart',
	'burglaryPhone.pin.gps': 'Mijn huidige plek (alleen als u nu thuis bent)',
	'burglaryPhone.pin.remove': 'Speld weghalen',
	'burglaryPhone.pin.placed': 'Speld geplaatst op uw huis.',
	'burglaryPhone.pin.none': 'Nog geen speld geplaatst.',
	'burglaryPhone.pin.waitingGps': 'Uw plek wordt bepaald…',
	'burglaryPhone.pin.gpsProblem': 'Uw plek is niet te bepalen. Wijs uw huis aan op de kaart.',
	'burglaryPhone.pin.marker': 'Uw huis',

	'burglaryPhone.away.legend': 'Dagen dat u weg bent (niet verplicht)',
	'burglaryPhone.away.hint':
		'Op die dagen doet de boef geen poging bij u. Kies dagen tussen {periodStart} en {periodEnd}; een periode mag, laat "Tot en met" leeg voor één dag.',
	'burglaryPhone.away.from': 'Van',
	'burglaryPhone.away.to': 'Tot en met',
	'burglaryPhone.away.rowLabel': 'Afwezig, periode {number}',
	'burglaryPhone.away.add': 'Dag of periode toevoegen',
	'burglaryPhone.away.remove': 'Weghalen',
	'burglaryPhone.away.removeLabel': 'Periode {number} weghalen',

	'burglaryPhone.consent.legend': 'Toestemming',
	'burglaryPhone.consent.what': 'Waar u aan meedoet:',
	'burglaryPhone.consent.attempt':
		'Tussen {periodStart} en {periodEnd} probeert een agent die de boef speelt bij één van de deelnemers "in te breken". Er wordt niets geforceerd of opengebroken en niemand komt binnen.',
	'burglaryPhone.consent.check':
		'De politie kijkt of het huis goed is afgesloten en of buren bellen als ze iets verdachts zien.',
	'burglaryPhone.consent.data':
		'Uw naam, adres en e-mailadres gebruiken we alleen hiervoor. Alleen de wijkagent die de actie organiseert ziet ze, en de agent die de boef speelt als uw huis wordt geloot.',
	'burglaryPhone.consent.deletion':
		'Uw gegevens worden uiterlijk op {date} verwijderd. U kunt altijd eerder stoppen: met uw persoonlijke link verwijdert u ze zelf.',
	'burglaryPhone.consent.checkbox': 'Ik geef toestemming en doe mee',

	// ------------------------------------------------------------ the personal page /mijn/[token]
	'burglaryPhone.own.pageTitle': 'Uw aanmelding',
	'burglaryPhone.own.registered':
		'U bent aangemeld! U krijgt een e-mail met de link naar deze pagina. Bewaar die e-mail: met de link kunt u uw gegevens altijd bekijken, wijzigen of verwijderen.',
	'burglaryPhone.own.updated': 'Uw gegevens zijn bijgewerkt.',
	'burglaryPhone.own.dataHeading': 'Uw gegevens',
	'burglaryPhone.own.name': 'Naam',
	'burglaryPhone.own.address': 'Adres',
	'burglaryPhone.own.email': 'E-mailadres',
	'burglaryPhone.own.place': 'Plek op de kaart',
	'burglaryPhone.own.placeMap': 'Kaart met uw huis',
	'burglaryPhone.own.away': 'Dagen weg',
	'burglaryPhone.own.awayNone': 'Geen',
	'burglaryPhone.own.consent': 'Toestemming gegeven op',
	'burglaryPhone.own.deletion': 'Uiterlijk verwijderd op',
	'burglaryPhone.own.period': 'Periode van de actie',
	'burglaryPhone.own.periodValue': '{periodStart} tot en met {periodEnd}',
	'burglaryPhone.own.edit': 'Wijzigen',
	'burglaryPhone.own.save': 'Wijzigingen opslaan',

	'burglaryPhone.delete.heading': 'Gegevens verwijderen',
	'burglaryPhone.delete.intro':
		'Wilt u niet meer meedoen? Verwijder dan uw gegevens. Dat gebeurt meteen en kan niet ongedaan worden gemaakt.',
	'burglaryPhone.delete.start': 'Gegevens verwijderen',
	'burglaryPhone.delete.confirmHeading': 'Weet u het zeker?',
	'burglaryPhone.delete.confirmText':
		'Uw naam, adres, e-mailadres en afwezige dagen worden nu verwijderd. U doet dan niet meer mee en krijgt geen uitslag per e-mail.',
	'burglaryPhone.delete.confirm': 'Ja, verwijder mijn gegevens',
	'burglaryPhone.delete.cancel': 'Nee, toch niet',
	'burglaryPhone.deleted.pageTitle': 'Gegevens verwijderd',
	'burglaryPhone.deleted.text':
		'Uw gegevens zijn verwijderd. U doet niet meer mee. Meldingen die u eerder deed blijven bewaard, zonder uw naam of adres.',

	// ------------------------------------------------------------ reporting from the personal page
	'burglaryPhone.report.heading': 'Meld verdacht gedrag',
	'burglaryPhone.report.emergency': 'Een echte noodsituatie? Bel direct 112.',
	'burglaryPhone.report.intro':
		'Ziet u iemand die zich verdacht gedraagt? Bel eerst, en meld het daarna hier, ook als u denkt dat het de boef is.',
	'burglaryPhone.report.open': 'Melding maken',
	'burglaryPhone.report.formIntro':
		'Beschrijf vooral wat de persoon doet; daarna hoe hij eruitziet, waar en wanneer.',
	'burglaryPhone.report.channel': 'Wat heeft u gedaan?',
	'burglaryPhone.report.channelIntro':
		'Ook als u denkt dat het de oefening is: bel. De meldkamer weet ervan.',
	'burglaryPhone.report.channelError': 'Kies wat u heeft gedaan.',
	'burglaryPhone.report.channel.112': 'Ik heb 112 gebeld',
	'burglaryPhone.report.channel.112.hint': 'Het gebeurde nu en het was verdacht.',
	'burglaryPhone.report.channel.0900-8844': 'Ik heb 0900-8844 gebeld',
	'burglaryPhone.report.channel.0900-8844.hint': 'Politie zonder spoed, bijvoorbeeld iets wat al voorbij is.',
	'burglaryPhone.report.channel.buurtapp': 'Alleen hier gemeld',
	'burglaryPhone.report.channel.buurtapp.hint': 'U heeft (nog) niemand gebeld.',
	'burglaryPhone.report.placeHome': 'Bij mijn huis',
	'burglaryPhone.report.placeHomeChosen': 'Gekozen: bij uw huis.',
	'burglaryPhone.report.map': 'Kaart om de plek van uw melding te kiezen',
	'burglaryPhone.report.mapPlace': 'Plek van uw melding',
	'burglaryPhone.report.saved':
		'Uw melding staat klaar om te versturen. Hieronder ziet u of hij is aangekomen.',
	'burglaryPhone.report.mine': 'Uw meldingen',
	'burglaryPhone.report.item': 'Melding van {time}',
	'burglaryPhone.report.sent': 'Verzonden',
	'burglaryPhone.report.waiting': 'Wacht op verbinding',
	'burglaryPhone.report.refused': 'Niet verzonden',
	'burglaryPhone.report.dismiss': 'Weghalen',
	'burglaryPhone.report.gone':
		'Niet verzonden: uw persoonlijke link werkt niet meer (de uitslag is bekend of uw gegevens zijn verwijderd).',
	'burglaryPhone.report.loggedIn':
		'U bent in deze browser ingelogd met een account. Log uit om hier als deelnemer een melding te versturen.',
	'burglaryPhone.report.offline': 'Geen verbinding. Uw meldingen worden verstuurd zodra dat weer kan.',
	'burglaryPhone.report.channelShort.112': '112 gebeld',
	'burglaryPhone.report.channelShort.0900-8844': '0900-8844 gebeld',
	'burglaryPhone.report.channelShort.buurtapp': 'Alleen hier gemeld',
	'burglaryPhone.report.closed': 'De actie is voorbij: melden kan hier niet meer. Dank voor het meedoen!',

	// ------------------------------------------------------------ the invitation at the end of a workshop
	'burglaryPhone.invite.title': 'Doe mee met Houd u de boef tegen?',
	'burglaryPhone.invite.text':
		'Binnenkort probeert een agent die de boef speelt bij één van de deelnemers "in te breken" ({title}). Houdt uw buurt hem tegen? Meld u aan met uw adres en e-mailadres.',
	'burglaryPhone.invite.link': 'Meld u aan',

	// ------------------------------------------------------------ the boef's phone during a campaign
	'burglaryPhone.boef.status': 'Uw poging',
	'burglaryPhone.boef.attempt': 'Poging',
	'burglaryPhone.boef.planned': 'Gepland op',
	'burglaryPhone.boef.state': 'Stand',
	'burglaryPhone.boef.notStarted': 'Nog niet begonnen',
	'burglaryPhone.boef.running': 'Bezig sinds {time}',
	'burglaryPhone.boef.ended': 'Afgelopen om {time}',
	'burglaryPhone.boef.position': 'Uw positie',
	'burglaryPhone.boef.positionStored': 'wordt bewaard (uw poging loopt)',
	'burglaryPhone.boef.positionNotStored': 'wordt niet bewaard (alleen tijdens uw poging)',
	'burglaryPhone.boef.connection': 'Verbinding',
	'burglaryPhone.boef.noAttempt':
		'U heeft (nog) geen poging. De organisator laat weten wanneer u aan de beurt bent.',
	'burglaryPhone.boef.waitStart':
		'De organisator start uw poging. Pas dan wordt uw positie bewaard; ervoor en erna niet.',
	'burglaryPhone.boef.runningNote': 'Uw poging loopt. Forceer niets en ga nergens naar binnen.',
	'burglaryPhone.boef.endedNote':
		'Uw poging is afgelopen. Bedankt! Vul de controlelijst in als u dat nog niet deed.',
	'burglaryPhone.boef.target': 'Het doelhuis',
	'burglaryPhone.boef.targetNone':
		'Nog geen adres: er is nog niet geloot, het gelote huishouden heeft zich afgemeld, of de uitslag is al bekend.',
	'burglaryPhone.boef.targetPrivacy':
		'Alleen u en de organisator zien dit adres. Elke keer dat het wordt getoond, wordt dat vastgelegd. Schrijf het nergens op.',
	'burglaryPhone.boef.targetMap': 'Kaart met het doelhuis',
	'burglaryPhone.boef.targetMarker': 'Doelhuis',
	'burglaryPhone.boef.shareOn': 'Uw locatie wordt gedeeld met de organisator.',
	'burglaryPhone.boef.shareKeepOpen':
		'Laat deze pagina open staan. Uw positie wordt alleen bewaard zolang uw poging loopt, en alleen de organisator ziet hem.',
	'burglaryPhone.boef.shareRoute':
		'U loopt een vooraf getekende route: uw positie volgt die route vanaf de start. Locatie delen is niet nodig.',
	'burglaryPhone.prevention.heading': 'Controlelijst preventie',
	'burglaryPhone.prevention.intro':
		'Kijk bij het huis en kies per punt wat u zag. De zwakke plekken krijgt alleen dit huishouden te zien; de uitslag noemt alleen aantallen.',
	'burglaryPhone.prevention.later': 'De controlelijst vult u in bij het huis, zodra uw poging is begonnen.',
	'burglaryPhone.prevention.save': 'Controlelijst opslaan',
	'burglaryPhone.prevention.saving': 'Bezig met opslaan…',
	'burglaryPhone.prevention.saved': 'Opgeslagen om {time}.',
	'burglaryPhone.prevention.offline':
		'Geen verbinding: niet opgeslagen. Probeer het opnieuw zodra u verbinding heeft.'
} as const;
