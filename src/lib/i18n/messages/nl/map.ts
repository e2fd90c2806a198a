/** Dutch messages: map (Boef in de Wijk). */
export const map = {
	'map.legend': 'Legenda',
	'map.zoomIn': 'Inzoomen',
	'map.zoomOut': 'Uitzoomen',
	'map.tilesUnavailable': 'Achtergrondkaart niet beschikbaar. De kaart werkt verder gewoon.',
	'map.style.area': 'Speelgebied',
	'map.style.area-draft': 'Speelgebied (concept)',
	'map.style.clue': 'Tip (gebied)',
	'map.style.clue-old': 'Eerdere tip',
	'map.style.track': 'Gelopen route',
	'map.style.route': 'Route',
	'map.style.route-draft': 'Route (concept)',
	'map.style.report': 'Melding',
	'map.style.report-matched': 'Melding die klopt',
	'map.style.report-waiting': 'Melding, nog niet beoordeeld',
	'map.style.boef': 'Boef',
	'map.style.boef-caught': 'Boef gepakt',
	'map.style.me': 'Uw positie',
	'map.style.find': 'Boef gevonden',
	'map.style.vertex': 'Punt'
} as const;
