import type { Workshop } from '$lib/domain/workshop';

/**
 * The ready-made workshop "Meld Verdacht Gedrag", written by us from the facts in
 * shared/DOMAIN.md. Every organisation gets a copy at set-up, which it may edit.
 *
 * Order of the parts: warming up, what is verdacht gedrag, SAAR, which number, a good
 * signalement, the WhatsApp group, feedback from the police, burglary prevention, closing.
 */
export const MELD_VERDACHT_GEDRAG_KEY = 'meld-verdacht-gedrag';

export const meldVerdachtGedrag: Workshop = {
	title: 'Meld Verdacht Gedrag',
	description: 'Verdacht gedrag herkennen en goed doorgeven aan de politie.',
	slides: [
		// --- Welkom en opwarmen ---
		{
			id: 'welkom',
			kind: 'info',
			title: 'Welkom bij Meld Verdacht Gedrag',
			body: 'Vanavond oefenen we samen: wat is verdacht gedrag, wanneer belt u 112 en hoe geeft u een goed signalement door?',
			illustration: 'eyes'
		},
		{
			id: 'veilig-gevoel',
			kind: 'question',
			type: 'poll',
			prompt: 'Hoe veilig voelt u zich in uw buurt?',
			options: [
				{ id: 'heel-veilig', text: 'Heel veilig' },
				{ id: 'veilig', text: 'Meestal veilig' },
				{ id: 'soms', text: 'Soms onveilig' },
				{ id: 'onveilig', text: 'Vaak onveilig' }
			],
			correct: [],
			timeLimitSec: 20,
			points: false,
			explanation:
				'Er is geen goed of fout antwoord. Zo ziet u hoe de zaal zich voelt. Na vanavond weet u wat u zelf kunt doen.'
		},
		{
			id: 'in-groep',
			kind: 'question',
			type: 'poll',
			prompt: 'Zit u in een WhatsApp-buurtpreventiegroep?',
			options: [
				{ id: 'ja', text: 'Ja, ik ben lid' },
				{ id: 'beheerder', text: 'Ja, ik beheer een groep' },
				{ id: 'wil-wel', text: 'Nee, maar ik wil graag' },
				{ id: 'nee', text: 'Nee' }
			],
			correct: [],
			timeLimitSec: 20,
			points: false,
			explanation:
				'In Nederland zijn er meer dan 8.000 van deze groepen. Ook zonder groep heeft u veel aan vanavond: 112 bellen kan iedereen.'
		},
		{
			id: 'waarom-melden',
			kind: 'info',
			title: 'Uw ogen en oren zijn belangrijk',
			body: 'Bewoners zien vaak als eerste dat er iets niet klopt. Maar lang niet iedereen belt dan de politie. Hoe sneller de politie het hoort, hoe groter de kans dat ze iemand op heterdaad betrapt.',
			illustration: 'eyes'
		},
		{
			id: 'een-op-negen',
			kind: 'question',
			type: 'single',
			prompt: 'Hoeveel mensen geven een misdrijf direct door aan de politie?',
			options: [
				{ id: 'a', text: 'Ongeveer 1 op de 3' },
				{ id: 'b', text: 'Ongeveer 1 op de 5' },
				{ id: 'c', text: 'Ongeveer 1 op de 9' },
				{ id: 'd', text: 'Ongeveer 1 op de 20' }
			],
			correct: ['c'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Maar ongeveer 1 op de 9 mensen meldt een misdrijf direct bij de politie. Daarom oefenen we vanavond: hoe meer mensen melden, hoe beter.'
		},

		// --- Wat is verdacht gedrag? ---
		{
			id: 'wat-is-verdacht',
			kind: 'info',
			title: 'Wat is verdacht gedrag?',
			body: 'Verdacht is gedrag dat afwijkt van wat normaal is op die plek en op dat moment. Kijk dus naar wat iemand doet. Hoe iemand eruitziet, zoals huidskleur, kleding of leeftijd, is nooit een reden.',
			illustration: 'person'
		},
		{
			id: 'klink',
			kind: 'question',
			type: 'truefalse',
			prompt: 'Iemand loopt langs de voordeuren in uw straat en voelt aan elke deurklink. Verdacht?',
			options: [],
			correct: ['true'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Ja. Aan deurklinken voelen is gedrag dat afwijkt van wat normaal is in uw straat. Bel 112.'
		},
		{
			id: 'alleen-uiterlijk',
			kind: 'question',
			type: 'truefalse',
			prompt:
				'Een jongeman in een trainingspak met een capuchon op loopt om 22:00 door uw straat naar de bushalte. U kent hem niet. Verdacht?',
			options: [],
			correct: ['false'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Nee. U weet alleen iets over zijn uiterlijk, en hij doet niets wat afwijkt. Uiterlijk, zoals huidskleur, kleding of leeftijd, is nooit een reden om iemand verdacht te vinden. Gedrag wel.'
		},
		{
			id: 'auto-wachten',
			kind: 'question',
			type: 'truefalse',
			prompt:
				'Al een half uur zit iemand in een geparkeerde auto in uw straat. Hij kijkt steeds naar de huizen en schrijft iets op als een buur wegrijdt. Verdacht?',
			options: [],
			correct: ['true'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Ja. Lang wachten zonder duidelijk doel en bijhouden wie er weggaat, wijkt af van normaal. Het gaat om wat hij doet. Bel 112.',
			illustration: 'car'
		},
		{
			id: 'verdacht-gedrag',
			kind: 'question',
			type: 'multiple',
			prompt: 'Welk gedrag vindt u verdacht? Kies alle goede antwoorden.',
			options: [
				{ id: 'a', text: 'Iemand loopt steeds op en neer en kijkt goed naar de huizen' },
				{ id: 'b', text: 'Een auto rijdt heel langzaam door de straat en stopt vaak' },
				{ id: 'c', text: 'Een buurman laat om 23:00 zijn hond uit' },
				{ id: 'd', text: 'Iemand kijkt door de ramen van geparkeerde auto’s' },
				{ id: 'e', text: 'Iemand draagt een dikke winterjas terwijl het 30 graden is' }
			],
			correct: ['a', 'b', 'd', 'e'],
			timeLimitSec: 40,
			points: true,
			explanation:
				'Op en neer lopen, langzaam rijden en vaak stoppen, in auto’s kijken en kleding die niet past bij het weer wijken af van normaal. Een hond uitlaten is gewoon.'
		},
		{
			id: 'goede-reden',
			kind: 'question',
			type: 'single',
			prompt: 'Wat is een goede reden om iemand verdacht te vinden?',
			options: [
				{ id: 'a', text: 'Zijn huidskleur' },
				{ id: 'b', text: 'Hij is jong' },
				{
					id: 'c',
					text: 'Hij staat al een half uur zonder doel in een portiek en kijkt steeds om zich heen'
				},
				{ id: 'd', text: 'Zijn kleding is anders dan u gewend bent' }
			],
			correct: ['c'],
			timeLimitSec: 25,
			points: true,
			explanation:
				'Alleen het gedrag telt: lang wachten zonder doel en steeds rondkijken. Huidskleur, leeftijd of kledingstijl zeggen niets over wat iemand van plan is.'
		},

		// --- SAAR ---
		{
			id: 'saar',
			kind: 'info',
			title: 'SAAR: vier stappen',
			body: 'Signaleren: u ziet iets verdachts. Alarmeren: u belt 112 en vertelt wat u ziet. Appen: u meldt het in de buurtgroep en zegt dat 112 al gebeld is. Reageren: u laat merken dat de persoon gezien is, maar alleen als dat veilig kan.',
			illustration: 'saar'
		},
		{
			id: 'saar-volgorde',
			kind: 'question',
			type: 'order',
			prompt: 'Zet de vier stappen van SAAR in de goede volgorde.',
			options: [
				{ id: 'signaleren', text: 'Signaleren' },
				{ id: 'alarmeren', text: 'Alarmeren' },
				{ id: 'appen', text: 'Appen' },
				{ id: 'reageren', text: 'Reageren' }
			],
			correct: ['signaleren', 'alarmeren', 'appen', 'reageren'],
			timeLimitSec: 30,
			points: true,
			explanation:
				'Eerst ziet u iets (Signaleren). Dan belt u 112 (Alarmeren). Daarna meldt u het in de groep (Appen) en pas dan laat u merken dat u de persoon ziet (Reageren).',
			illustration: 'saar'
		},
		{
			id: 'alarmeren',
			kind: 'question',
			type: 'single',
			prompt: 'Wat doet u bij de stap Alarmeren?',
			options: [
				{ id: 'a', text: 'U belt 112 en vertelt wat u ziet' },
				{ id: 'b', text: 'U zet een bericht in de WhatsApp-groep' },
				{ id: 'c', text: 'U gaat naar de persoon toe' },
				{ id: 'd', text: 'U belt de wijkagent op zijn mobiele nummer' }
			],
			correct: ['a'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Alarmeren is 112 bellen. De meldkamer kan dan meteen een politieauto sturen. De wijkagent werkt niet altijd en zit niet in de meldkamer.'
		},
		{
			id: 'eerst-appen',
			kind: 'question',
			type: 'truefalse',
			prompt: 'Het is slim om eerst de WhatsApp-groep te waarschuwen en daarna pas 112 te bellen.',
			options: [],
			correct: ['false'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Niet waar. Eerst 112 bellen, want elke minuut telt. De politie leest de buurtgroep niet mee en komt alleen als u 112 belt.'
		},
		{
			id: 'appen-112-gebeld',
			kind: 'question',
			type: 'single',
			prompt: 'U heeft 112 gebeld en zet daarna een bericht in de buurtgroep. Wat zet u er zeker bij?',
			options: [
				{ id: 'a', text: 'Dat 112 al gebeld is' },
				{ id: 'b', text: 'Dat iedereen ook 112 moet bellen' },
				{ id: 'c', text: 'Uw eigen huisadres' },
				{ id: 'd', text: 'Wat u van de persoon vindt' }
			],
			correct: ['a'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Meld altijd dat 112 al gebeld is. Zo krijgt de meldkamer niet tientallen telefoontjes over hetzelfde, en blijft de lijn vrij voor andere noodgevallen.'
		},
		{
			id: 'reageren-info',
			kind: 'info',
			title: 'Reageren: veilig en vriendelijk',
			body: 'Een inbreker wil niet gezien worden. Doe de buitenlamp aan, stap naar buiten of maak een vriendelijk praatje. Durft u het niet alleen? Vraag een buur mee, of blijf binnen. Speel nooit zelf politie.',
			illustration: 'lamp'
		},
		{
			id: 'reageren-veilig',
			kind: 'question',
			type: 'multiple',
			prompt: 'Welke manieren van Reageren zijn goed? Kies alle goede antwoorden.',
			options: [
				{ id: 'a', text: 'Een vriendelijk praatje maken, als dat veilig kan' },
				{ id: 'b', text: 'Samen met een buur naar buiten gaan als u het alleen niet durft' },
				{ id: 'c', text: 'De persoon vastpakken tot de politie er is' },
				{ id: 'd', text: 'De persoon met uw auto achtervolgen' },
				{ id: 'e', text: 'De buitenlamp aandoen, zodat de persoon merkt dat hij gezien wordt' }
			],
			correct: ['a', 'b', 'e'],
			timeLimitSec: 40,
			points: true,
			explanation:
				'Het doel is dat de persoon merkt dat hij gezien wordt, zodat zijn plan mislukt. Iemand vastpakken of achtervolgen is eigenrichting en kan gevaarlijk zijn: laat dat aan de politie over.'
		},

		// --- Welk nummer? ---
		{
			id: 'welk-nummer',
			kind: 'info',
			title: 'Welk nummer belt u?',
			body: '112: er gebeurt nu iets verdachts of er is nu een misdrijf bezig. 0900-8844: de politie, als er geen spoed is. 0800-7000: Meld Misdaad Anoniem, als u uw naam niet wilt noemen. Twijfelt u? Bel 112.',
			illustration: 'phone-112'
		},
		{
			id: 'nummer-nu',
			kind: 'question',
			type: 'single',
			prompt:
				'Om 23:00 ziet u iemand met een zaklamp in de tuin van uw buren. Zij zijn op vakantie. Wat doet u?',
			options: [
				{ id: 'a', text: 'Bellen met 112' },
				{ id: 'b', text: 'Bellen met 0900-8844' },
				{ id: 'c', text: 'Bellen met 0800-7000' },
				{ id: 'd', text: 'Morgen de buren een berichtje sturen' }
			],
			correct: ['a'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Dit gebeurt nu en het kan een inbraak zijn. Bel dus direct 112. De politie kan dan meteen komen kijken.',
			illustration: 'phone-112'
		},
		{
			id: 'nummer-geen-spoed',
			kind: 'question',
			type: 'single',
			prompt:
				'Al een paar weken staat er een kapotte fiets tegen uw schuur. Niemand weet van wie hij is. U wilt dit aan de politie vragen. Welk nummer belt u?',
			options: [
				{ id: 'a', text: '112' },
				{ id: 'b', text: '0900-8844' },
				{ id: 'c', text: '0800-7000' }
			],
			correct: ['b'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Er is geen spoed en er gebeurt nu niets. Dan belt u 0900-8844, het gewone nummer van de politie. 112 is voor situaties die nu spelen.'
		},
		{
			id: 'nummer-anoniem',
			kind: 'question',
			type: 'single',
			prompt:
				'U weet iets over een misdrijf in uw buurt, maar u wilt uw naam niet noemen. Welk nummer belt u?',
			options: [
				{ id: 'a', text: '112' },
				{ id: 'b', text: '0900-8844' },
				{ id: 'c', text: '0800-7000 (Meld Misdaad Anoniem)' }
			],
			correct: ['c'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Bij Meld Misdaad Anoniem, 0800-7000, kunt u iets melden zonder uw naam te geven. Gebeurt er nu iets? Bel dan toch 112.'
		},
		{
			id: 'bij-twijfel',
			kind: 'question',
			type: 'truefalse',
			prompt: 'U twijfelt of iets echt verdacht is. Dan belt u toch 112.',
			options: [],
			correct: ['true'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Waar: bij twijfel 112. De meldkamer beslist of er iemand gaat kijken. U valt de politie er niet mee lastig, u helpt juist.'
		},

		// --- Een goed signalement ---
		{
			id: 'signalement',
			kind: 'info',
			title: 'Een goed signalement',
			body: 'Beschrijf een persoon van top tot teen: man of vrouw, leeftijd, lengte, postuur, haar, bril of baard, kleding met kleuren, schoenen en opvallende dingen zoals een tatoeage of een tas. Zeg ook welke kant de persoon op gaat, hoe laat het is en waar precies.',
			illustration: 'person'
		},
		{
			id: 'top-tot-teen',
			kind: 'question',
			type: 'order',
			prompt: 'U beschrijft iemand van top tot teen. Zet de onderdelen in de goede volgorde.',
			options: [
				{ id: 'haar', text: 'Haar en pet of muts' },
				{ id: 'gezicht', text: 'Gezicht: bril, baard of snor' },
				{ id: 'jas', text: 'Jas of trui, met kleur' },
				{ id: 'broek', text: 'Broek, met kleur' },
				{ id: 'schoenen', text: 'Schoenen' }
			],
			correct: ['haar', 'gezicht', 'jas', 'broek', 'schoenen'],
			timeLimitSec: 40,
			points: true,
			explanation:
				'Van boven naar beneden: zo vergeet u niets en kan de meldkamer het makkelijk opschrijven. Noem bij kleding altijd de kleur.',
			illustration: 'person'
		},
		{
			id: 'signalement-persoon',
			kind: 'question',
			type: 'multiple',
			prompt: 'Wat hoort in een goed signalement van een persoon? Kies alle goede antwoorden.',
			options: [
				{ id: 'a', text: 'Man of vrouw en geschatte leeftijd' },
				{ id: 'b', text: 'Lengte en postuur' },
				{ id: 'c', text: 'Kleding met kleuren, van boven naar beneden' },
				{ id: 'd', text: 'Welke kant de persoon op loopt' },
				{ id: 'e', text: 'Of u de persoon eng vindt' }
			],
			correct: ['a', 'b', 'c', 'd'],
			timeLimitSec: 35,
			points: true,
			explanation:
				'Geef door wat u ziet, niet wat u ervan vindt. Wat u ziet helpt de politie om de persoon snel te vinden.'
		},
		{
			id: 'signalement-oefenen',
			kind: 'question',
			type: 'open',
			prompt:
				'Om 02:30 ziet u in de Lindelaan een man aan de achterdeur van nummer 12. Hij draagt witte sneakers en een groene bodywarmer, heeft kort blond haar, een baard en een grijze joggingbroek. Hij is ongeveer 30 jaar en zo’n 1,90 m. Hij loopt naar het park. Schrijf op wat u tegen 112 zegt.',
			options: [],
			correct: [],
			timeLimitSec: 90,
			points: false,
			explanation:
				'Bijvoorbeeld: "Om 02:30, Lindelaan 12, achterdeur. Man, ongeveer 30, zo’n 1,90 m. Kort blond haar, baard. Groene bodywarmer, grijze joggingbroek, witte sneakers. Loopt richting het park." Eerst tijd en plek, dan van top tot teen.'
		},
		{
			id: 'voertuig',
			kind: 'info',
			title: 'Een voertuig beschrijven',
			body: 'Geef de kleur, het merk, het type en het kenteken door. Let ook op opvallende dingen, zoals letters op een busje of schade. Zeg welke kant het voertuig op rijdt.',
			illustration: 'car'
		},
		{
			id: 'voertuig-kenmerken',
			kind: 'question',
			type: 'multiple',
			prompt: 'Welke dingen over een verdachte auto geeft u door aan 112? Kies alle goede antwoorden.',
			options: [
				{ id: 'a', text: 'De kleur' },
				{ id: 'b', text: 'Het merk en het type' },
				{ id: 'c', text: 'Het kenteken' },
				{ id: 'd', text: 'De richting waarin de auto rijdt' },
				{ id: 'e', text: 'Wat de auto volgens u kost' }
			],
			correct: ['a', 'b', 'c', 'd'],
			timeLimitSec: 35,
			points: true,
			explanation:
				'Kleur, merk, type, kenteken en rijrichting helpen de politie om de auto te vinden. Ziet u maar een deel van het kenteken? Geef dat dan ook door.',
			illustration: 'car'
		},
		{
			id: 'voertuig-oefenen',
			kind: 'question',
			type: 'open',
			prompt:
				'Om 14:10 rijdt een wit busje heel langzaam door de Eikenstraat en stopt bij bijna elk huis. Het is een Ford Transit met kenteken AB-123-C en de tekst "Dakwerken" op de zijkant. Het rijdt richting de Dorpsstraat. Schrijf op wat u tegen 112 zegt.',
			options: [],
			correct: [],
			timeLimitSec: 75,
			points: false,
			explanation:
				'Bijvoorbeeld: "Om 14:10, Eikenstraat. Wit busje, Ford Transit, kenteken AB-123-C, tekst Dakwerken op de zijkant. Rijdt heel langzaam en stopt bij elk huis. Nu richting Dorpsstraat."'
		},
		{
			id: 'tijd-en-plek',
			kind: 'question',
			type: 'single',
			prompt: 'Wat geeft u naast het signalement altijd door?',
			options: [
				{ id: 'a', text: 'De tijd en de precieze plek' },
				{ id: 'b', text: 'Hoeveel mensen in uw buurtgroep zitten' },
				{ id: 'c', text: 'Wie er volgens u nog meer bij hoort' },
				{ id: 'd', text: 'Hoe vaak u al eerder 112 heeft gebeld' }
			],
			correct: ['a'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Zonder tijd en plek weet de politie niet waar ze moet zoeken. Noem de straat, het huisnummer of een herkenningspunt, zoals "bij de speeltuin".'
		},

		// --- De WhatsApp-groep ---
		{
			id: 'app-regels',
			kind: 'info',
			title: 'Spelregels van de buurtgroep',
			body: 'U bent 18 jaar of ouder en woont in de buurt. U meldt alleen wat nu gebeurt, volgens SAAR, en zegt dat 112 gebeld is. Geen scheldwoorden of discriminatie, geen eigen rechter spelen en geen privégesprekken in de groep.',
			illustration: 'whatsapp-group'
		},
		{
			id: 'wie-mag-meedoen',
			kind: 'question',
			type: 'truefalse',
			prompt:
				'Iedereen mag in een WhatsApp-buurtpreventiegroep, ook iemand van 15 of iemand uit een andere wijk.',
			options: [],
			correct: ['false'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Niet waar. Leden zijn 18 jaar of ouder en wonen in de buurt van de groep. Zo blijft de groep klein en betrouwbaar.',
			illustration: 'whatsapp-group'
		},
		{
			id: 'hoort-in-groep',
			kind: 'question',
			type: 'multiple',
			prompt: 'Welke berichten horen in de buurtgroep? Kies alle goede antwoorden.',
			options: [
				{ id: 'a', text: 'Nu: man voelt aan deurklinken in de Lindelaan. 112 is gebeld.' },
				{ id: 'b', text: 'Wie heeft mijn kat gezien? Hij is sinds gisteren weg.' },
				{ id: 'c', text: 'Morgen komt er een collecte langs de deuren.' },
				{ id: 'd', text: 'Vorige maand is er bij nummer 5 ingebroken.' },
				{ id: 'e', text: 'Nu: busje rijdt stapvoets door de Eikenstraat en stopt overal. 112 is gebeld.' }
			],
			correct: ['a', 'e'],
			timeLimitSec: 45,
			points: true,
			explanation:
				'Alleen wat nu gebeurt en waar buren meteen iets mee kunnen. Een weggelopen kat, een collecte of een oude inbraak zonder verdachte horen er niet in. Anders haken mensen af.'
		},
		{
			id: 'foto-verdachte',
			kind: 'question',
			type: 'truefalse',
			prompt:
				'Een foto van een verdachte zet u alleen in de buurtgroep als die echt iets toevoegt aan het signalement.',
			options: [],
			correct: ['true'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Waar. Vaak is een goede beschrijving genoeg. Heeft u een foto? Geef die liever aan de politie.'
		},
		{
			id: 'groepsregels',
			kind: 'question',
			type: 'multiple',
			prompt: 'Welke regels gelden in de buurtgroep? Kies alle goede antwoorden.',
			options: [
				{ id: 'a', text: 'Geen scheldwoorden en geen discriminatie' },
				{ id: 'b', text: 'Geen eigen rechter spelen' },
				{ id: 'c', text: 'Niet appen terwijl u autorijdt of fietst' },
				{ id: 'd', text: 'Privégesprekken mogen gewoon in de groep' },
				{ id: 'e', text: 'Achter een verdachte aan gaan mag, als u met meer mensen bent' }
			],
			correct: ['a', 'b', 'c'],
			timeLimitSec: 40,
			points: true,
			explanation:
				'Netjes en eerlijk schrijven, de wet volgen en geen eigenrichting. Ook met meer mensen gaat u niet achter iemand aan. Privéberichten stuurt u apart, niet in de groep.'
		},

		// --- Terugkoppeling ---
		{
			id: 'terugkoppeling',
			kind: 'info',
			title: 'Wat doet de politie met uw melding?',
			body: 'De politie zit niet in de buurtgroep: die is van de bewoners, met een bewoner als beheerder. Na een melding gaat de politie vaak kijken of geeft ze het door. Het helpt veel als u daarna hoort wat er met uw melding is gebeurd.',
			illustration: 'phone-112'
		},
		{
			id: 'tilburg',
			kind: 'question',
			type: 'single',
			prompt:
				'In Tilburg hoorden melders binnen tien minuten van de politie wat er met hun melding gebeurde. Samen met andere maatregelen: wat gebeurde er met het aantal inbraken?',
			options: [
				{ id: 'a', text: 'Bleef gelijk' },
				{ id: 'b', text: 'Ongeveer 10% minder' },
				{ id: 'c', text: 'Ongeveer 40% minder' },
				{ id: 'd', text: 'Het werden er meer' }
			],
			correct: ['c'],
			timeLimitSec: 25,
			points: true,
			explanation:
				'Er waren ongeveer 40% minder inbraken. Snel horen wat er met uw melding gebeurt, maakt dat mensen blijven melden.'
		},
		{
			id: 'politie-niet-in-groep',
			kind: 'question',
			type: 'single',
			prompt: 'Waarom zit de politie zelf niet in de WhatsApp-buurtgroep?',
			options: [
				{ id: 'a', text: 'Om privacy en omdat de groep van de bewoners zelf is' },
				{ id: 'b', text: 'Agenten mogen geen smartphone gebruiken' },
				{ id: 'c', text: 'De politie vindt meldingen van bewoners niet belangrijk' },
				{ id: 'd', text: 'WhatsApp is in Nederland verboden' }
			],
			correct: ['a'],
			timeLimitSec: 25,
			points: true,
			explanation:
				'Zo is het landelijk afgesproken: vanwege privacy en omdat buurtpreventie van de bewoners is. De wijkagent helpt wel, bijvoorbeeld met deze workshop. Voor de politie belt u 112.'
		},
		{
			id: 'niets-gehoord',
			kind: 'question',
			type: 'truefalse',
			prompt: 'Hoort u niets terug van de politie? Dan is er niets met uw melding gedaan.',
			options: [],
			correct: ['false'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Niet waar. De politie gaat vaak kijken of geeft de melding door, ook als u dat niet hoort. In een Amsterdamse buurt leidden 5 meldingen zelfs tot een aanhouding. Blijf dus melden.'
		},

		// --- Inbraak voorkomen ---
		{
			id: 'inbraak-voorkomen',
			kind: 'info',
			title: 'Maak het inbrekers moeilijk',
			body: 'Doe ramen en deuren dicht, ook als u maar even weg bent, en draai de deur op slot met de sleutel. Zet lampen op een tijdschakelaar en houd sleutels uit het zicht. Kies sloten met het PKVW-keurmerk.',
			illustration: 'house'
		},
		{
			id: 'even-weg',
			kind: 'question',
			type: 'multiple',
			prompt: 'U gaat tien minuten naar de supermarkt. Wat doet u? Kies alle goede antwoorden.',
			options: [
				{ id: 'a', text: 'Alle ramen dicht, ook het kleine raam boven' },
				{ id: 'b', text: 'De voordeur op slot draaien met de sleutel' },
				{ id: 'c', text: 'Het raam op de kiep laten staan voor frisse lucht' },
				{ id: 'd', text: 'De reservesleutel onder de deurmat leggen' }
			],
			correct: ['a', 'b'],
			timeLimitSec: 30,
			points: true,
			explanation:
				'Een inbreker heeft maar een paar minuten nodig. Een raam op de kiep of een sleutel onder de mat maakt het hem makkelijk.',
			illustration: 'house'
		},
		{
			id: 'klimhulp',
			kind: 'question',
			type: 'truefalse',
			prompt: 'Een ladder of kliko achter uw huis laten staan is geen probleem voor de veiligheid.',
			options: [],
			correct: ['false'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'Niet waar. Een inbreker klimt er zo mee naar een raam of balkon op de eerste verdieping. Berg ladders op en zet kliko’s niet onder een raam.',
			illustration: 'ladder'
		},
		{
			id: 'lampen',
			kind: 'question',
			type: 'single',
			prompt: 'U bent een avond weg. Wat helpt het best tegen inbraak?',
			options: [
				{ id: 'a', text: 'Lampen op een tijdschakelaar, zodat het lijkt of er iemand thuis is' },
				{ id: 'b', text: 'Alle lampen uit en alle gordijnen dicht' },
				{ id: 'c', text: 'Een briefje op de deur: "Ben om 23:00 terug"' },
				{ id: 'd', text: 'De sleutel aan een haakje vlak achter de voordeur' }
			],
			correct: ['a'],
			timeLimitSec: 25,
			points: true,
			explanation:
				'Een huis waar licht aangaat, lijkt bewoond. Een donker huis, een briefje of een sleutel die vanaf buiten te zien of te pakken is, trekt inbrekers juist aan.',
			illustration: 'lamp'
		},
		{
			id: 'keurmerk',
			kind: 'question',
			type: 'single',
			prompt: 'Aan welk keurmerk herkent u goede sloten en goed hang- en sluitwerk?',
			options: [
				{ id: 'a', text: 'APK' },
				{ id: 'b', text: 'PKVW' },
				{ id: 'c', text: 'RDW' },
				{ id: 'd', text: 'BKR' }
			],
			correct: ['b'],
			timeLimitSec: 20,
			points: true,
			explanation:
				'PKVW staat voor Politiekeurmerk Veilig Wonen. Sloten en ramen met dit keurmerk houden een inbreker langer tegen.',
			illustration: 'lock'
		},
		{
			id: 'zicht-straat',
			kind: 'question',
			type: 'multiple',
			prompt: 'Wat maakt uw huis minder aantrekkelijk voor inbrekers? Kies alle goede antwoorden.',
			options: [
				{ id: 'a', text: 'Buren kunnen uw voordeur en ramen goed zien vanaf de straat' },
				{ id: 'b', text: 'Een hoge heg vlak voor de ramen' },
				{ id: 'c', text: 'Sleutels liggen uit het zicht, niet bij de deur of het raam' },
				{ id: 'd', text: 'Sloten met het PKVW-keurmerk' }
			],
			correct: ['a', 'c', 'd'],
			timeLimitSec: 35,
			points: true,
			explanation:
				'Een inbreker wil niet gezien worden. Een hoge heg geeft hem juist een plek om ongezien te werken. Goed zicht, sleutels uit het zicht en goede sloten helpen wel.'
		},

		// --- Afsluiting ---
		{
			id: 'na-vanavond',
			kind: 'question',
			type: 'poll',
			prompt: 'Belt u na vanavond sneller 112 als u iets verdachts ziet?',
			options: [
				{ id: 'ja', text: 'Ja, zeker' },
				{ id: 'misschien', text: 'Misschien' },
				{ id: 'nee', text: 'Nee, ik vind het nog lastig' }
			],
			correct: [],
			timeLimitSec: 20,
			points: false,
			explanation:
				'Vindt u het nog lastig? Dat is normaal. Onthoud: u hoeft het niet zeker te weten. Bij twijfel belt u 112, de meldkamer doet de rest.'
		},
		{
			id: 'tot-slot',
			kind: 'info',
			title: 'Bedankt voor uw komst!',
			body: 'Onthoud SAAR en vooral: bij twijfel 112. Misschien hoort u binnenkort meer over "Houd u de boef tegen?": dan kunt u laten zien wat u vanavond heeft geleerd.',
			illustration: 'saar'
		}
	]
};
