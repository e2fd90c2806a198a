import type { boefPhone as nl } from '../nl/boef-phone';

export const boefPhone: Record<keyof typeof nl, string> = {
	'boefPhone.pageTitle': 'Crook’s phone',
	'boefPhone.title': 'You play {name}',
	'boefPhone.revoked':
		'This link has been revoked. Your position is no longer shared. Ask the game leader for a new link.',
	'boefPhone.invalid':
		'This link does not work (any more): it was replaced or revoked, or the game has ended. Ask the game leader for a new link.',
	'boefPhone.online': 'Connected',
	'boefPhone.offline': 'No connection. Positions are kept on the phone and sent later.',

	'boefPhone.status.label': 'Game status',
	'boefPhone.status.game': 'Game',
	'boefPhone.status.you': 'You',
	'boefPhone.status.connection': 'Connection',
	'boefPhone.paused': 'The game is paused for a real incident',
	'boefPhone.notStarted':
		'The game has not started yet. You can already start sharing your location; positions count from the start.',
	'boefPhone.ended': 'The game has ended. You can close this page. Thank you!',
	'boefPhone.waitingEntry': 'You enter the game later. The game leader will tell you when to begin.',
	'boefPhone.caught': 'You have been caught. Sharing your location has stopped.',

	'boefPhone.codeWord': 'Your code word',
	'boefPhone.codeWordHint':
		'Does someone ask you the agreed question? Do not deny it, do not walk away, and give this code word.',

	'boefPhone.share.title': 'Share location',
	'boefPhone.share.start': 'Start sharing location',
	'boefPhone.share.stop': 'Stop sharing location',
	'boefPhone.share.on': 'Your location is shared with the game leader.',
	'boefPhone.share.off': 'Your location is not being shared now.',
	'boefPhone.share.route':
		'You walk a route drawn in advance: your position follows that route over time. No need to share your location.',
	'boefPhone.share.lastSent': 'Last position sent: {seconds} seconds ago',
	'boefPhone.share.nothingSent': 'No position sent yet.',
	'boefPhone.share.waiting': 'Positions waiting to be sent: {count}',
	'boefPhone.share.keepOpen':
		'Keep this page open. Only the game leader sees your position; participants never do.',
	'boefPhone.gps.waiting': 'Waiting for GPS…',
	'boefPhone.gps.accuracy': 'GPS accuracy: about {metres} metres',
	'boefPhone.gps.denied':
		'The phone does not share its location: permission denied. Allow location for this site in the browser settings and press start again.',
	'boefPhone.gps.unavailable': 'No GPS signal. Go outside if you can; the phone keeps searching.',
	'boefPhone.gps.unsupported': 'This browser cannot share its location. Use another browser or phone.',
	'boefPhone.wake.on': 'The screen stays on while this page is open.',
	'boefPhone.wake.off':
		'Turn off the automatic screen lock: on many phones sharing stops when the screen locks.'
};
