import type { gamePhone as nl } from '../nl/game-phone';

export const gamePhone: Record<keyof typeof nl, string> = {
	'gamePhone.playing': 'Catch the Crook: {title}',
	'gamePhone.ended': 'This game has ended. Thank you for taking part!',
	'gamePhone.gone': 'Your phone is no longer in the game: the game has ended or the game leader removed you.',
	'gamePhone.loggedIn':
		'You are logged in as a staff member in this browser. Open this page in a private window or on another phone to play.',
	'gamePhone.notStarted': 'You are in! The game begins as soon as the game leader starts it.',

	'gamePhone.join.title': 'Join Catch the Crook',
	'gamePhone.join.intro':
		'Find the crook in the neighbourhood and report what you see, as you would for real. Play alone or as a team (age 14 and over; younger with an adult).',
	'gamePhone.join.team': 'Team name (optional)',
	'gamePhone.join.teamHint':
		'Playing together? Everyone enters the same team name, so you see each other’s reports. Playing alone: leave it empty.',

	'gamePhone.status.label': 'Game status',
	'gamePhone.you': 'You play as {nickname}',
	'gamePhone.youInTeam': 'You play as {nickname} in team {team}',
	'gamePhone.roundLeft': '{time} left in this round',
	'gamePhone.online': 'Connected',
	'gamePhone.offline':
		'No connection. Your reports stay on your phone and are sent as soon as the connection is back.',
	'gamePhone.paused.title': 'The game is paused',
	'gamePhone.paused.wait':
		'The game leader will tell you when it continues. See something suspicious? Just call 112.',

	'gamePhone.alert.clue': 'New clue!',
	'gamePhone.alert.clueMore': 'Look at the map and the clues below.',
	'gamePhone.alert.feedback': 'Reply from the game leader',
	'gamePhone.alert.dismiss': 'Got it',
	'gamePhone.feedback.onYours': 'On your report:',
	'gamePhone.feedback.onTeam': 'On the report by {nickname}:',

	'gamePhone.map.heading': 'Map',
	'gamePhone.map.label': 'Map of the play area with the clues and your team’s reports',
	'gamePhone.map.report': 'Report by {nickname} at {time}',
	'gamePhone.map.queued': 'Report, not sent yet',
	'gamePhone.map.place': 'Place of your report',
	'gamePhone.map.tapToPick': 'Tap the map where you saw it.',
	'gamePhone.legend.report': 'Report by you or your team',
	'gamePhone.legend.matched': 'Report: this was the crook',
	'gamePhone.me.show': 'Show my position',
	'gamePhone.me.hide': 'Hide my position',
	'gamePhone.me.searching': 'Finding your position…',
	'gamePhone.me.accuracy': 'Accurate to about {metres} metres',
	'gamePhone.me.private':
		'Your position stays on your phone. Only the place you choose for a report goes to the game leader.',
	'gamePhone.me.denied':
		'Your phone does not share its position. Allow location in the browser settings, or choose the place on the map.',
	'gamePhone.me.unavailable': 'Your position cannot be found right now. Choose the place on the map.',
	'gamePhone.me.unsupported': 'This browser cannot share its position. Choose the place on the map.',

	'gamePhone.report.open': 'Make a report',
	'gamePhone.report.title': 'Make a report',
	'gamePhone.report.intro':
		'Notice: what do you see happening, where and when? Above all describe what the person does; then what they look like.',
	'gamePhone.report.place': 'Where did you see it?',
	'gamePhone.report.placeGps': 'My current place',
	'gamePhone.report.placeMap': 'Choose the place on the map',
	'gamePhone.report.placeCentre': 'Centre of the map (at the cross)',
	'gamePhone.report.placeHint':
		'Tap the map, or move the map until the cross is on the place and choose "Centre of the map".',
	'gamePhone.report.placeNone': 'No place chosen yet.',
	'gamePhone.report.placeChosenGps': 'Chosen: your current place (to about {metres} metres).',
	'gamePhone.report.placeChosenGpsPlain': 'Chosen: your current place.',
	'gamePhone.report.placeChosenMap': 'Chosen: the place on the map (white circle).',
	'gamePhone.report.when': 'When did you see it?',
	'gamePhone.report.whenNow': 'Now',
	'gamePhone.report.whenAgo': '{minutes} minutes ago',
	'gamePhone.report.behaviour': 'What did the person do?',
	'gamePhone.report.behaviourHint':
		'Behaviour matters most: for example trying door handles, looking into cars, walking up and down, waiting a long time without purpose. Appearance alone is never a reason to report.',
	'gamePhone.report.signalement': 'What did the person look like?',
	'gamePhone.report.channel': 'How would you report this?',
	'gamePhone.report.channelIntro':
		'In the game you do not really call anyone: choose what you would do for real.',
	'gamePhone.channel.112': 'Call 112, now',
	'gamePhone.channel.112.hint': 'It is happening now and it is suspicious. When in doubt: 112.',
	'gamePhone.channel.0900-8844': 'Call 0900-8844',
	'gamePhone.channel.0900-8844.hint': 'Police without urgency, for example something that is already over.',
	'gamePhone.channel.buurtapp': 'Only post it in the neighbourhood app',
	'gamePhone.channel.buurtapp.hint':
		'The police do not read along. Call 112 first, then say in the app that 112 has been called.',
	'gamePhone.report.errorPlace': 'Choose the place: your current place or a place on the map.',
	'gamePhone.report.errorWhat': 'Describe what the person did, or what they looked like.',
	'gamePhone.report.errorChannel': 'Choose how you would report this.',
	'gamePhone.report.incomplete': 'The report is not complete yet. See the red texts above.',
	'gamePhone.report.submit': 'Send report',
	'gamePhone.report.cancel': 'Cancel',
	'gamePhone.report.offlineNote':
		'No connection? Your report stays on your phone and is sent as soon as possible.',
	'gamePhone.report.saved': 'Your report is saved. Under "Reports" below you see whether it has arrived.',
	'gamePhone.report.gone': 'Not sent: the game has ended or you are no longer in it.',

	'gamePhone.reports.title': 'Reports by you and your team',
	'gamePhone.reports.none': 'No reports yet.',
	'gamePhone.reports.yours': 'Your report',
	'gamePhone.reports.by': 'Report by {nickname}',
	'gamePhone.reports.waiting': 'Waiting for a connection',
	'gamePhone.reports.sending': 'Sending…',
	'gamePhone.reports.sent': 'Sent',
	'gamePhone.reports.refused': 'Not sent',
	'gamePhone.reports.behaviour': 'Behaviour: {text}',
	'gamePhone.reports.noBehaviour': 'No behaviour described.',
	'gamePhone.reports.reply': 'Reply from the game leader:',
	'gamePhone.reports.noReply': 'No reply from the game leader yet.',
	'gamePhone.reports.edit': 'Correct and send again',
	'gamePhone.reports.dismiss': 'Remove',

	'gamePhone.find.title': 'Found the crook?',
	'gamePhone.find.intro':
		'Think you see the crook? Ask him the agreed question in the street. The real crook never denies it and gives you his code word. Enter it here.',
	'gamePhone.find.label': 'The crook’s code word',
	'gamePhone.find.submit': 'Check',
	'gamePhone.find.checking': 'Checking the code word…',
	'gamePhone.find.waiting': 'No connection. The code word is checked as soon as the connection is back.',
	'gamePhone.find.foundFirst': 'Well done! You found {boef}, and you were the first!',
	'gamePhone.find.found': 'Well done! You found {boef}. Someone else was just ahead of you.',
	'gamePhone.find.wrong': '"{code}" is not the right code word. Check the spelling or ask again.',
	'gamePhone.find.safety':
		'Does someone walk away or get angry? Then it is not the crook. Keep your distance and call 112 if something is wrong.',
	'gamePhone.find.teamFinds': 'Found by you or your team',
	'gamePhone.find.teamFind': '{boef}, by {nickname} at {time}',
	'gamePhone.find.first': '(first)',
	'gamePhone.find.none': 'Your team did not find a crook.',

	'gamePhone.clues.title': 'Clues',
	'gamePhone.clues.none': 'No clues yet. When a clue comes, your phone vibrates and you see it here.',
	'gamePhone.clues.latest': 'Newest',
	'gamePhone.clues.meta': 'Round {round} · {time}',

	'gamePhone.result.title': 'The game has ended',
	'gamePhone.result.rank': 'Place {rank} of {of}',
	'gamePhone.result.firstFinds': 'First to find a crook: {count} times',
	'gamePhone.result.quality': 'Points for good reports: {points}',
	'gamePhone.result.thanks': 'Thank you for taking part! You will hear how it went in the debrief.',
	'gamePhone.result.lessonsTitle': 'To remember',
	'gamePhone.result.lessonBehaviour':
		'Watch behaviour, not appearance: what someone does makes a situation suspicious.',
	'gamePhone.result.lesson112':
		'See something suspicious happening now? Call 112 first, then say in the neighbourhood app that 112 has been called.'
};
