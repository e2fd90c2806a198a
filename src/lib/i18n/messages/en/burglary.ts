import type { burglary as nl } from '../nl/burglary';

export const burglary: Record<keyof typeof nl, string> = {
	'burglary.name': 'Will you stop the burglar?',

	'burglary.error.notFound': 'This campaign does not exist (any more).',
	'burglary.error.closed': 'This campaign has ended.',
	'burglary.error.title': 'Give the campaign a name.',
	'burglary.error.date': 'Enter a valid date.',
	'burglary.error.targetCount': 'Choose 1 to 10 target homes.',
	'burglary.error.stopWindow': 'Choose a time of 1 to 240 minutes.',
	'burglary.error.retention': 'Choose a retention period of 1 to 365 days.',
	'burglary.error.noBoef': 'At least one boef is needed.',
	'burglary.error.tooManyBoeven': 'At most 5 boeven.',
	'burglary.error.boefName': 'Give the boef a name.',
	'burglary.error.boefInUse': 'This boef already has an attempt; do not remove him.',
	'burglary.error.periodOrder': 'The period ends before it starts.',
	'burglary.error.periodLength': 'The period may last at most 92 days.',
	'burglary.error.area': 'An area needs at least 3 points.',
	'burglary.error.workshop': 'Choose a workshop of your own organisation.',
	'burglary.error.published': 'The outcome has been published; nothing can change any more.',
	'burglary.error.meldkamerWho': 'Enter who was informed at the control room.',
	'burglary.error.meldkamerWhen': 'Enter when the control room was informed (not in the future).',
	'burglary.error.attemptLive': 'Not possible while an attempt is running.',
	'burglary.error.drawClosed': 'The draw is only possible until an attempt has started.',
	'burglary.error.drawDate': 'The planned date must fall within the period.',
	'burglary.error.unknownBoef': 'This boef is not part of this campaign.',
	'burglary.error.unknownAttempt': 'This attempt does not exist.',
	'burglary.error.unknownRegistration': 'This registration does not exist (any more).',
	'burglary.error.preconditions':
		'First tick every precondition: control room, the boef’s briefing and the area.',
	'burglary.error.noTarget': 'The drawn household has withdrawn. Draw again.',
	'burglary.error.otherAttemptLive': 'Another attempt is running. End that one first.',
	'burglary.error.alreadyStarted': 'This attempt has already started.',
	'burglary.error.notStarted': 'This attempt has not started yet.',
	'burglary.error.notDone': 'Publish the outcome only after an attempt has taken place and none is running.',
	'burglary.error.call': 'Choose 112 or 0900-8844 and a valid time.',
	'burglary.error.callTime': 'That time does not fit this attempt.',
	'burglary.error.prevention': 'This checklist is not valid.',
	'burglary.error.name': 'Enter your name.',
	'burglary.error.email': 'Enter a valid e-mail address.',
	'burglary.error.postcode': 'Enter a postcode like 1234 AB.',
	'burglary.error.houseNumber': 'Enter a house number, with an addition if any (12a).',
	'burglary.error.place': 'Put a pin on your home on the map.',
	'burglary.error.awayDate': 'Days away must fall within the period.',
	'burglary.error.tooManyDates': 'At most 60 days away.',
	'burglary.error.consent': 'Without your consent we cannot register you.',
	'burglary.error.registrationClosed': 'Registration has closed: the outcome has been published.',
	'burglary.error.tooManyRegistrations':
		'Too many registrations from this network. Please try again in {minutes} minutes.',
	'burglary.error.tooManyReports':
		'You sent many reports in a short time. Please try again in {minutes} minutes; in an emergency, call 112.',
	'burglary.error.tooManyLinkRequests':
		'Too many requests for a new link from this network. Please try again in {minutes} minutes.',
	'burglary.error.tooManyMails':
		'Too many registrations with this e-mail address today. Please try again tomorrow.',
	'burglary.error.duplicate': 'This e-mail address is already registered for this address.',
	'burglary.error.linkInvalid':
		'This personal link no longer works. Your data may already have been deleted.',

	'burglary.phase.registering': 'Registration',
	'burglary.phase.drawn': 'Drawn',
	'burglary.phase.live': 'Attempt running',
	'burglary.phase.done': 'Attempts done',
	'burglary.phase.published': 'Outcome published',
	'burglary.phase.deleted': 'Personal data deleted',

	'burglary.precondition.meldkamer': 'Control room informed',
	'burglary.precondition.briefing': 'Boef briefed',
	'burglary.precondition.area': 'Area checked',

	'burglary.prevention.windows-closed': 'Windows and doors closed',
	'burglary.prevention.doors-locked-with-key': 'Doors locked with the key (not just pulled shut)',
	'burglary.prevention.lights': 'Lighting: outside lamp or lights on, the house looks lived in',
	'burglary.prevention.no-climbing-aids':
		'No climbing aids: ladder, wheelie bin or garden furniture put away',
	'burglary.prevention.no-keys-in-sight': 'No keys or valuables in sight',
	'burglary.prevention.visible-from-street':
		'Front and back visible from the street (no high fence or bushes)',
	'burglary.prevention.quality-locks': 'Good locks and hinges (police quality mark, SKG stars)',
	'burglary.finding.ok': 'Fine',
	'burglary.finding.weak': 'Weak spot',
	'burglary.finding.not-checked': 'Not checked',

	'burglary.callNumber.112': '112',
	'burglary.callNumber.0900-8844': '0900-8844',

	'burglary.mail.confirm.subject': 'Registered for {title}',
	'burglary.mail.confirm.text':
		'Dear resident,\n\nYou are registered for "{title}". Some time between {periodStart} and {periodEnd} a police officer playing the boef will try to "break in" at one of the participants. Nothing is forced and nobody enters: we check whether the house is well secured and whether neighbours call 112 when they see suspicious behaviour.\n\nSee something suspicious? Call 112 if it is happening now, otherwise 0900-8844. Even if you think it is the exercise: call. The control room knows about it.\n\nYou can view, change or withdraw your registration at any time with your personal link:\n{link}\n\nWe use your name, address and e-mail address only for this campaign. They are deleted on {deletionDate} at the latest.\n\nKind regards,\nYour neighbourhood officer',
	'burglary.mail.newLink.subject': 'Your new personal link for {title}',
	'burglary.mail.newLink.text':
		'Dear resident,\n\nYou asked for a new personal link for your registration for "{title}" ({address}). Here it is:\n{link}\n\nWith this link you can view, change or withdraw your registration. Your old link no longer works.\n\nDid you not ask for this? Then you can ignore this message: nothing about your registration has changed, only the link is new.\n\nKind regards,\nYour neighbourhood officer',
	'burglary.mail.outcome.subject': 'The outcome of {title}',
	'burglary.mail.outcome.stopped': 'The boef was stopped!',
	'burglary.mail.outcome.notStopped': 'The boef was not stopped.',
	'burglary.mail.outcome.attempt':
		'Attempt {number}: {verdict} The control room received {calls112} calls on 112 and {calls0900} on 0900-8844. {reports} reports came in through the app. {first}',
	'burglary.mail.outcome.attemptNotHeld': 'Attempt {number} did not take place.',
	'burglary.mail.outcome.first': 'The first response came after {minutes} minutes.',
	'burglary.mail.outcome.none': 'Nobody responded.',
	'burglary.mail.outcome.text':
		'Dear resident,\n\nThe campaign "{title}" is over. Here is the outcome.\n\n{attempts}\n\nWhat we learn from it:\n- See suspicious behaviour happening now? Call 112 at once. No emergency: 0900-8844.\n- Watch what someone does, not what someone looks like.\n- Describe well: who (description), what, where, when, and which way they went.\n- Only then post it in the neighbourhood app, and do not go after anyone yourself.\n- Secure your home: doors locked with the key, windows shut, no climbing aids, keys out of sight.\n\nThe outcome is also at {link}\n\nYour data will be deleted on {deletionDate}. You can delete it earlier with the personal link in your registration confirmation. Lost it? Ask for a new one at {link}\n\nKind regards,\nYour neighbourhood officer',
	'burglary.mail.weak.subject': 'Personal: what the boef saw at your home',
	'burglary.mail.weak.text':
		'Dear resident,\n\nThe boef made an attempt at your home. Only you receive this message. What he saw:\n\n{findings}\n\n{advice}\n\nMore tips: politiekeurmerk.nl and politie.nl (burglary prevention).\n\nKind regards,\nYour neighbourhood officer',
	'burglary.mail.weak.noneWeak': 'He found no weak spots. Well done!',
	'burglary.mail.weak.advice': 'Fix the weak spots and you make it much harder for a real burglar.',
	'burglary.mail.weak.line': '- {item}: {finding}'
};
