import type { securityGuess as nl } from '../nl/security-guess';

/** English messages: limits on guessing codes, bursts of names from one address (issue 11, item 7). */
export const securityGuess: Record<keyof typeof nl, string> = {
	'codeWord.suggest': 'Suggest a code word',
	'burst.error.notFound': 'This group of names does not exist (any more).',
	'burst.error.gameLocked': 'The game takes no new participants any more.',
	'burst.warning.title': 'Suspiciously many sign-ups',
	'burst.warning.body':
		'{count} names came in within a few seconds from one network, faster than people can type.',
	'burst.warning.sample': 'Among them: {names}',
	'burst.warning.remove': 'Remove these {count} names',
	'burst.warning.removed': '{count} names removed.',
	'burst.lock': 'Close sign-up',
	'burst.unlock': 'Reopen sign-up',
	'burst.locked': 'Sign-up is closed: new participants can no longer join.'
};
