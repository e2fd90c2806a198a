/** English messages of the limits against abuse of login and of e-mail to households. */
import type { securityAbuse as nl } from '../nl/security-abuse';

export const securityAbuse: Record<keyof typeof nl, string> = {
	'login.error.waitSeconds': 'Too many failed attempts. Try again in {seconds} seconds.',
	'burglary.error.mailBudgetClient':
		'Very many registrations came from this network in a short time. Try again in {minutes} minutes, or register through the invitation of the meeting.',
	'burglary.error.mailBudgetRegistration':
		'The e-mail address of this registration has been changed too often today. Try again tomorrow.',
	'burglary.own.mailWithheld':
		'No confirmation e-mail can be sent just now. Keep this page (as a bookmark, for example): it is your personal link. Later you can ask for a new link by e-mail with "Lost your link?" on the campaign\'s page.',
	'burglary.error.nameLooksLikeLink': 'Enter your name, without a web address or e-mail address.'
};
