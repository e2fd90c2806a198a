import type { burglaryPhone as nl } from '../nl/burglary-phone';

export const burglaryPhone: Record<keyof typeof nl, string> = {
	'burglaryPhone.subtitle': 'Will you stop the burglar?',
	'burglaryPhone.notFoundTitle': 'Not found',
	'burglaryPhone.backHome': 'To the home page',

	'burglaryPhone.register.pageTitle': 'Sign up',
	'burglaryPhone.register.intro':
		'Between {periodStart} and {periodEnd} a police officer playing a burglar ("boef") will try to "break in" at one of the participants. Sign up, and afterwards you will hear whether the neighbourhood stopped the burglar.',
	'burglaryPhone.register.already': 'You have already signed up on this phone.',
	'burglaryPhone.register.alreadyLink': 'To your personal page',
	'burglaryPhone.register.heading': 'Your sign-up',
	'burglaryPhone.register.submit': 'Sign up',
	'burglaryPhone.register.sending': 'Signing up…',
	'burglaryPhone.register.closed': 'Signing up is no longer possible: this campaign is closed.',
	'burglaryPhone.register.published':
		'The campaign is over. This is the outcome, without names or addresses.',

	'burglaryPhone.newLink.heading': 'Lost your link?',
	'burglaryPhone.newLink.intro':
		'Already signed up, but cannot find the e-mail with your personal link? Enter your e-mail address and we will send you a new link. The old link will then stop working.',
	'burglaryPhone.newLink.email': 'Your e-mail (the one you signed up with)',
	'burglaryPhone.newLink.submit': 'Send me a new link',
	'burglaryPhone.newLink.sending': 'Sending…',
	'burglaryPhone.newLink.sent':
		'If this e-mail address is signed up, you will receive an e-mail with a new personal link within a few minutes.',

	'burglaryPhone.field.name': 'Name',
	'burglaryPhone.field.email': 'E-mail address',
	'burglaryPhone.field.emailHint': 'We send your personal link here, and later the outcome.',
	'burglaryPhone.field.postcode': 'Postcode',
	'burglaryPhone.field.postcodeHint': 'For example 1234 AB',
	'burglaryPhone.field.houseNumber': 'House number',
	'burglaryPhone.field.houseNumberHint': 'With its addition if there is one, for example 12a',
	'burglaryPhone.field.geocoder': 'We look up the street and town from your postcode and house number.',

	'burglaryPhone.pin.legend': 'Your home on the map',
	'burglaryPhone.pin.hint':
		'Tap your home on the map. Or move the map (the arrow keys work too) until the cross is on your home and choose "Pin in the middle of the map".',
	'burglaryPhone.pin.geocoderMissed':
		'We could not find your address. Please point out your home on the map.',
	'burglaryPhone.pin.map': 'Map to point out your home',
	'burglaryPhone.pin.centre': 'Pin in the middle of the map',
	'burglaryPhone.pin.gps': 'My current location (only if you are at home now)',
	'burglaryPhone.pin.remove': 'Remove pin',
	'burglaryPhone.pin.placed': 'Pin placed on your home.',
	'burglaryPhone.pin.none': 'No pin placed yet.',
	'burglaryPhone.pin.waitingGps': 'Finding your location…',
	'burglaryPhone.pin.gpsProblem': 'Your location cannot be found. Point out your home on the map.',
	'burglaryPhone.pin.marker': 'Your home',

	'burglaryPhone.away.legend': 'Days you are away (optional)',
	'burglaryPhone.away.hint':
		'On those days the burglar makes no attempt at your home. Choose days between {periodStart} and {periodEnd}; a period is fine, leave "Until" empty for a single day.',
	'burglaryPhone.away.from': 'From',
	'burglaryPhone.away.to': 'Until',
	'burglaryPhone.away.rowLabel': 'Away, period {number}',
	'burglaryPhone.away.add': 'Add a day or period',
	'burglaryPhone.away.remove': 'Remove',
	'burglaryPhone.away.removeLabel': 'Remove period {number}',

	'burglaryPhone.consent.legend': 'Consent',
	'burglaryPhone.consent.what': 'What you take part in:',
	'burglaryPhone.consent.attempt':
		'Between {periodStart} and {periodEnd} a police officer playing a burglar will try to "break in" at one of the participants. Nothing is forced or broken and nobody enters.',
	'burglaryPhone.consent.check':
		'The police check whether the home is well secured and whether neighbours call when they see something suspicious.',
	'burglaryPhone.consent.data':
		'We use your name, address and e-mail address for this only. Only the community officer organising the campaign sees them, and the officer playing the burglar if your home is drawn.',
	'burglaryPhone.consent.deletion':
		'Your data is deleted on {date} at the latest. You can stop earlier at any time: with your personal link you delete it yourself.',
	'burglaryPhone.consent.checkbox': 'I give my consent and take part',

	'burglaryPhone.own.pageTitle': 'Your sign-up',
	'burglaryPhone.own.registered':
		'You have signed up! You will receive an e-mail with the link to this page. Keep that e-mail: with the link you can always view, change or delete your data.',
	'burglaryPhone.own.updated': 'Your data has been updated.',
	'burglaryPhone.own.dataHeading': 'Your data',
	'burglaryPhone.own.name': 'Name',
	'burglaryPhone.own.address': 'Address',
	'burglaryPhone.own.email': 'E-mail address',
	'burglaryPhone.own.place': 'Place on the map',
	'burglaryPhone.own.placeMap': 'Map with your home',
	'burglaryPhone.own.away': 'Days away',
	'burglaryPhone.own.awayNone': 'None',
	'burglaryPhone.own.consent': 'Consent given on',
	'burglaryPhone.own.deletion': 'Deleted at the latest on',
	'burglaryPhone.own.period': 'Period of the campaign',
	'burglaryPhone.own.periodValue': '{periodStart} to {periodEnd}',
	'burglaryPhone.own.edit': 'Change',
	'burglaryPhone.own.save': 'Save changes',

	'burglaryPhone.delete.heading': 'Delete data',
	'burglaryPhone.delete.intro':
		'No longer want to take part? Then delete your data. This happens at once and cannot be undone.',
	'burglaryPhone.delete.start': 'Delete data',
	'burglaryPhone.delete.confirmHeading': 'Are you sure?',
	'burglaryPhone.delete.confirmText':
		'Your name, address, e-mail address and days away are deleted now. You no longer take part and will not receive the outcome by e-mail.',
	'burglaryPhone.delete.confirm': 'Yes, delete my data',
	'burglaryPhone.delete.cancel': 'No, keep it',
	'burglaryPhone.deleted.pageTitle': 'Data deleted',
	'burglaryPhone.deleted.text':
		'Your data has been deleted. You no longer take part. Reports you made earlier are kept, without your name or address.',

	'burglaryPhone.report.heading': 'Report suspicious behaviour',
	'burglaryPhone.report.emergency': 'A real emergency? Call 112 at once.',
	'burglaryPhone.report.intro':
		'Do you see someone behaving suspiciously? Call first, then report it here, even if you think it is the burglar.',
	'burglaryPhone.report.open': 'Make a report',
	'burglaryPhone.report.formIntro':
		'Describe above all what the person does; then what they look like, where and when.',
	'burglaryPhone.report.channel': 'What did you do?',
	'burglaryPhone.report.channelIntro':
		'Even if you think it is the exercise: call. The control room knows about it.',
	'burglaryPhone.report.channelError': 'Choose what you did.',
	'burglaryPhone.report.channel.112': 'I called 112',
	'burglaryPhone.report.channel.112.hint': 'It was happening now and it was suspicious.',
	'burglaryPhone.report.channel.0900-8844': 'I called 0900-8844',
	'burglaryPhone.report.channel.0900-8844.hint':
		'Police, no emergency; for example something that is already over.',
	'burglaryPhone.report.channel.buurtapp': 'Only reported here',
	'burglaryPhone.report.channel.buurtapp.hint': 'You have not called anyone (yet).',
	'burglaryPhone.report.placeHome': 'At my home',
	'burglaryPhone.report.placeHomeChosen': 'Chosen: at your home.',
	'burglaryPhone.report.map': 'Map to choose the place of your report',
	'burglaryPhone.report.mapPlace': 'Place of your report',
	'burglaryPhone.report.saved': 'Your report is ready to be sent. Below you see whether it has arrived.',
	'burglaryPhone.report.mine': 'Your reports',
	'burglaryPhone.report.item': 'Report of {time}',
	'burglaryPhone.report.sent': 'Sent',
	'burglaryPhone.report.waiting': 'Waiting for a connection',
	'burglaryPhone.report.refused': 'Not sent',
	'burglaryPhone.report.dismiss': 'Remove',
	'burglaryPhone.report.gone':
		'Not sent: your personal link no longer works (the outcome is out or your data has been deleted).',
	'burglaryPhone.report.loggedIn':
		'You are logged in with an account in this browser. Log out to send a report here as a participant.',
	'burglaryPhone.report.offline': 'No connection. Your reports are sent as soon as possible.',
	'burglaryPhone.report.channelShort.112': 'called 112',
	'burglaryPhone.report.channelShort.0900-8844': 'called 0900-8844',
	'burglaryPhone.report.channelShort.buurtapp': 'only reported here',
	'burglaryPhone.report.closed':
		'The campaign is over: reporting here is no longer possible. Thank you for taking part!',

	'burglaryPhone.invite.title': 'Join "Will you stop the burglar?"',
	'burglaryPhone.invite.text':
		'Soon a police officer playing a burglar will try to "break in" at one of the participants ({title}). Will your neighbourhood stop him? Sign up with your address and e-mail address.',
	'burglaryPhone.invite.link': 'Sign up',

	'burglaryPhone.boef.status': 'Your attempt',
	'burglaryPhone.boef.attempt': 'Attempt',
	'burglaryPhone.boef.planned': 'Planned for',
	'burglaryPhone.boef.state': 'State',
	'burglaryPhone.boef.notStarted': 'Not started yet',
	'burglaryPhone.boef.running': 'Running since {time}',
	'burglaryPhone.boef.ended': 'Ended at {time}',
	'burglaryPhone.boef.position': 'Your position',
	'burglaryPhone.boef.positionStored': 'is stored (your attempt is running)',
	'burglaryPhone.boef.positionNotStored': 'is not stored (only during your attempt)',
	'burglaryPhone.boef.connection': 'Connection',
	'burglaryPhone.boef.noAttempt':
		'You have no attempt (yet). The organiser will tell you when it is your turn.',
	'burglaryPhone.boef.waitStart':
		'The organiser starts your attempt. Only then is your position stored; not before and not after.',
	'burglaryPhone.boef.runningNote': 'Your attempt is running. Force nothing and enter nowhere.',
	'burglaryPhone.boef.endedNote':
		'Your attempt has ended. Thank you! Fill in the checklist if you have not yet.',
	'burglaryPhone.boef.target': 'The target home',
	'burglaryPhone.boef.targetNone':
		'No address yet: the draw has not been made, the drawn household withdrew, or the outcome is already out.',
	'burglaryPhone.boef.targetPrivacy':
		'Only you and the organiser see this address. Every time it is shown, that is logged. Do not write it down anywhere.',
	'burglaryPhone.boef.targetMap': 'Map with the target home',
	'burglaryPhone.boef.targetMarker': 'Target home',
	'burglaryPhone.boef.shareOn': 'Your location is shared with the organiser.',
	'burglaryPhone.boef.shareKeepOpen':
		'Keep this page open. Your position is stored only while your attempt runs, and only the organiser sees it.',
	'burglaryPhone.boef.shareRoute':
		'You walk a route drawn in advance: your position follows it from the start. Sharing your location is not needed.',
	'burglaryPhone.prevention.heading': 'Prevention checklist',
	'burglaryPhone.prevention.intro':
		'Look at the home and choose for each point what you saw. Only this household sees the weak spots; the outcome only gives numbers.',
	'burglaryPhone.prevention.later': 'You fill in the checklist at the home, once your attempt has started.',
	'burglaryPhone.prevention.save': 'Save checklist',
	'burglaryPhone.prevention.saving': 'Saving…',
	'burglaryPhone.prevention.saved': 'Saved at {time}.',
	'burglaryPhone.prevention.offline': 'No connection: not saved. Try again once you have a connection.'
};
