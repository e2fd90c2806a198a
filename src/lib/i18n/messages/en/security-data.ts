import type { securityData as nl } from '../nl/security-data';

/** English messages of data integrity. */
export const securityData: Record<keyof typeof nl, string> = {
	'error.unstorable': 'This contains characters that cannot be stored. Remove odd characters and try again.',
	'error.unavailable':
		'Temporarily unavailable. What you sent is not lost: it will be sent again as soon as possible.',
	'error.unavailablePage': 'Temporarily unavailable. Please try again in a minute.',
	'quiz.error.answerIdUsed':
		'This answer was already used for another question. Please choose your answer again.'
};
