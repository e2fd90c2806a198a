/** Dutch messages of the HTTP surface: requests for another site's name, links without ORIGIN. */
export const securityHttp = {
	'security.http.wrongHost':
		'Dit adres hoort niet bij deze server. Open de site via het adres dat de organisator heeft gegeven.',
	'security.http.noOrigin':
		'Er kan nu geen e-mail met een persoonlijke link worden verstuurd: deze server weet zijn eigen webadres niet (ORIGIN is niet ingesteld). Meld dit aan de organisator.',
	'security.http.badInput': 'Deze invoer kan niet worden verwerkt. Controleer wat u hebt ingevuld.'
} as const;
