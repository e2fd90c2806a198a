import type { securityHttp as nl } from '../nl/security-http';

/** English messages of the HTTP surface: requests for another site's name, links without ORIGIN. */
export const securityHttp: Record<keyof typeof nl, string> = {
	'security.http.wrongHost':
		'This address does not belong to this server. Open the site at the address the organiser gave you.',
	'security.http.noOrigin':
		'No e-mail with a personal link can be sent right now: this server does not know its own web address (ORIGIN is not set). Please tell the organiser.',
	'security.http.badInput': 'This input cannot be processed. Please check what you entered.'
};
