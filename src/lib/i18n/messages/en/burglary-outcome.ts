import type { burglaryOutcome as nl } from '../nl/burglary-outcome';

export const burglaryOutcome: Record<keyof typeof nl, string> = {
	'burglaryOutcome.heading': 'The outcome',
	'burglaryOutcome.allStopped': 'The burglar was stopped!',
	'burglaryOutcome.notAllStopped': 'The burglar was not stopped everywhere.',
	'burglaryOutcome.noneHeld': 'No attempt took place.',
	'burglaryOutcome.published': 'Published on {date}.',
	'burglaryOutcome.households': 'Households taking part',
	'burglaryOutcome.attempt': 'Attempt {number}',
	'burglaryOutcome.stopped': 'Stopped',
	'burglaryOutcome.notStopped': 'Not stopped',
	'burglaryOutcome.notHeld': 'This attempt did not take place.',
	'burglaryOutcome.overridden': "The organiser's decision.",
	'burglaryOutcome.rule':
		'The burglar counts as stopped if someone calls or reports within {minutes} minutes of the start.',
	'burglaryOutcome.meldkamer': 'Calls to the control room',
	'burglaryOutcome.calls112': 'To 112',
	'burglaryOutcome.calls0900': 'To 0900-8844',
	'burglaryOutcome.app': 'Reports via the app',
	'burglaryOutcome.reports': 'Reports',
	'burglaryOutcome.reportersCalled112': 'Said they called 112',
	'burglaryOutcome.reportersCalled0900': 'Said they called 0900-8844',
	'burglaryOutcome.firstResponse': 'First response',
	'burglaryOutcome.firstNone': 'Nobody responded',
	'burglaryOutcome.firstWithinMinute': 'Within a minute',
	'burglaryOutcome.firstMinutes': 'After {minutes} min.',
	'burglaryOutcome.firstWasCall': 'A call came first.',
	'burglaryOutcome.firstWasReport': 'A report via the app came first.',
	'burglaryOutcome.prevention': 'The house: prevention points',
	'burglaryOutcome.prevention.ok': 'Fine',
	'burglaryOutcome.prevention.weak': 'Weak spot',
	'burglaryOutcome.prevention.notChecked': 'Not checked',
	'burglaryOutcome.lessons': 'What we learn from it',
	'burglaryOutcome.lesson.call112':
		'See suspicious behaviour happening now? Call 112 at once. No emergency: 0900-8844. Only then post it in the neighbourhood app.',
	'burglaryOutcome.lesson.behaviour': 'Watch what someone does, not what someone looks like.',
	'burglaryOutcome.lesson.saar':
		'Follow SAAR: Spot, Alert (call 112 and describe who, what, where and which way they went), App, React.',
	'burglaryOutcome.lesson.secure':
		'Secure your home: doors locked with the key, windows closed, no climbing aids, keys out of sight.'
};
