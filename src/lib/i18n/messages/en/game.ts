import type { game as nl } from '../nl/game';

export const game: Record<keyof typeof nl, string> = {
	'game.name': 'Boef in de Wijk',

	'game.error.notInSetup': 'This is only possible before the game starts.',
	'game.error.notRunning': 'The game is not running now.',
	'game.error.notStarted': 'The game has not started yet.',
	'game.error.meldkamerMissing':
		'First record that the control room was informed (who and when). The game does not start without it.',
	'game.error.areaMissing': 'First draw the play area on the map (at least 3 points).',
	'game.error.noBoef': 'At least one boef must take part from the start.',
	'game.error.alreadyPaused': 'The game is already paused.',
	'game.error.notPaused': 'The game is not paused.',
	'game.error.unknownBoef': 'This boef does not exist in this game.',
	'game.error.boefAlreadyEntered': 'This boef is already in the game.',
	'game.error.boefNotInPlay': 'This boef is not in the game now.',
	'game.error.ended': 'This game has ended.',
	'game.error.informedInFuture': 'The time the control room was informed lies in the future.',
	'game.error.notFound': 'This game does not exist (any more).',
	'game.error.teamName': 'This team name is not possible. Use 2 to 20 letters, digits or spaces.',
	'game.error.tooManyCodes': 'Too many wrong codes. Try again in {minutes} minutes.',
	'game.error.reportNotFound': 'This report does not exist.',
	'game.error.titleRequired': 'Give the game a name.',
	'game.error.boefId': 'Every boef has its own short code (lower-case letters and digits).',
	'game.error.boefNameRequired': 'Give the boef a name, for example "Boef 1".',
	'game.error.codeWordShort': 'Choose a code word of at least 3 letters or digits.',
	'game.error.codeWordTaken': 'Every boef has a different code word.',
	'game.error.clueOutsideRound': 'This clue falls outside its round.',
	'boef.error.pausesWithoutWaypoint': 'There are more pauses than points on the route.',
	'boef.error.clueId': 'Every clue has its own code.',
	'boef.error.rangeReversed': 'The first value must be smaller than the second.',

	'game.phase.setup': 'Preparation',
	'game.phase.running': 'Running',
	'game.phase.paused': 'Paused',
	'game.phase.ended': 'Ended',

	'game.channel.112': 'Called 112',
	'game.channel.0900-8844': 'Called 0900-8844',
	'game.channel.buurtapp': 'Only in the neighbourhood app',

	'game.feedback.good-report': 'Good report, thank you!',
	'game.feedback.was-boef': 'This was the boef!',
	'game.feedback.not-boef-good': 'Not the boef, but well described.',
	'game.feedback.more-behaviour': 'Also describe what the person did: behaviour makes a report strong.',
	'game.feedback.call-112': 'Do you see it happening now? Then call 112 at once.',
	'game.feedback.appearance-only':
		'Appearance alone is no reason to report. Watch behaviour: what did the person do?',

	'game.boefStatus.waiting': 'Not in the game yet',
	'game.boefStatus.in-play': 'On the move',
	'game.boefStatus.caught': 'Caught',

	'game.round': 'Round {round} of {rounds}',
	'game.clue.defaultTitle': 'New clue about {boef}',
	'game.clue.generalTitle': 'Message from the game leader',
	'draw.error.noneEligible': 'Nobody is eligible: no consenting household is at home on that date.',
	'draw.error.badCount': 'Choose a valid date and a number of target homes that exists.',
	'game.clue.circle': 'The boef was seen within this circle of {radius} metres.'
};
