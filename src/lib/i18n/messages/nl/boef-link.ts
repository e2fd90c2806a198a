/** Dutch messages of a new boef link (shared by Boef in de Wijk and Houd u de boef tegen?). */
export const boefLink = {
	'boefLink.newTitle': 'Nieuwe boeflink voor {boef}',
	'boefLink.url': 'Link',
	'boefLink.copy': 'Kopiëren',
	'boefLink.copied': 'Gekopieerd.',
	'boefLink.copyFailed': 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C.',
	'boefLink.qr': 'QR-code van de boeflink voor {boef}'
} as const;
