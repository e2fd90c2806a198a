import { randomUUID } from 'node:crypto';
import type { ClientToServerEvents } from '$lib/realtime/events';
import type { HostileCase } from './hostile';
import { acceptRule } from './fuzz-socket';
import { reportPayload } from './game';
import type { World } from './world';

/**
 * Every client→server event with: who sends it so that the payload reaches the schema and the
 * use case (the right identity), a valid payload to bend, which other-organisation ids to try,
 * and which hostile cases are legitimately accepted. Those are decided here, one by one:
 * - NUL and lone surrogates in a free-text field (nickname, team, behaviour, clue text, pause
 *   message, code word): cleaned and accepted; the ack must not echo them.
 * - An optional field left out, an empty list or object where "nothing" is valid, null where
 *   the contract says null, and a number or boolean in a field of that type.
 * - An extra key in a nested object (not the payload itself, which is strict): zod drops it,
 *   nothing of it is stored or echoed.
 * Everything else must be refused with a translated error that is not `internal`.
 */

export type IdentityName =
	'anon' | 'quizPlayer' | 'gamePlayer' | 'gameBoef' | 'campBoef' | 'resident' | 'presenterA' | 'accountB';

export const IDENTITIES: readonly IdentityName[] = [
	'anon',
	'quizPlayer',
	'gamePlayer',
	'gameBoef',
	'campBoef',
	'resident',
	'presenterA',
	'accountB'
];

export interface EventSpec {
	/** Identities that may send it: the fuzz runs as each; every other identity must be refused. */
	as: readonly IdentityName[];
	valid: (who: IdentityName) => unknown;
	/** Field path → another organisation's id, for the organiser's events. */
	otherOrg?: Record<string, unknown>;
	accept?: (c: HostileCase, who: IdentityName) => boolean;
	/** Any identity may send it with success (joining with a code, whoami). */
	open?: boolean;
}

/** Ids made while the suite sets up (participants, reports), besides the seeded world. */
export interface LiveIds {
	reportA: string;
	reportB: string;
	participantB: string;
}

/** Cases both report events accept: free text, optional and empty parts of the signalement. */
const REPORT_ACCEPTS = [
	'behaviour:text',
	'behaviour:missing',
	'seenMinutesAgo:missing',
	'signalement:missing',
	'signalement:object',
	// Unknown keys of a nested object are dropped (zod's default), so these are an empty signalement.
	'signalement:deep-object',
	'signalement.person:deep-object',
	'signalement.person:missing',
	'signalement.person:object',
	'signalement.person.sex:missing',
	'signalement.person.clothing:missing',
	'signalement.person.clothing:array',
	'signalement.person.clothing.0:missing',
	'signalement.person.clothing.0.colours:missing',
	'signalement.person.clothing.0.colours:array',
	'signalement.person.clothing.0.colours.0:missing',
	'signalement.person.clothing.0.description:text',
	'signalement.person.clothing.0.description:missing',
	'signalement.person.carrying:text',
	'signalement.person.carrying:missing'
];

/** A report with every kind of field: enums, numbers, places and the signalement's free text. */
const fullReport = () =>
	reportPayload({
		signalement: {
			person: {
				sex: 'man',
				carrying: 'zwarte rugzak',
				clothing: [{ part: 'jas', colours: ['rood'], description: 'regenjas' }]
			}
		}
	});

export function eventSpecs(w: World, live: LiveIds): Record<keyof ClientToServerEvents, EventSpec> {
	const { a, b, campaign } = w;
	const attemptB1 = campaign.attempts.find((x) => x.boefId === 'b1')!.id;
	const attemptB2 = campaign.attempts.find((x) => x.boefId === 'b2')!.id;
	const now = () => Date.now();
	const fix = () => ({ sentAt: now(), fixes: [{ at: now(), lat: 52.0931, lng: 5.1001, accuracyM: 8 }] });
	return {
		'system:whoami': { as: ['anon'], open: true, valid: () => ({}) },
		'quiz:join': {
			as: ['anon'],
			open: true,
			valid: () => ({ code: a.quiz.joinCode, nickname: 'Fuzzer' }),
			accept: acceptRule(['nickname:text'])
		},
		'quiz:answer': {
			as: ['quizPlayer'],
			valid: () => ({ id: randomUUID(), slideId: 'q1', answer: { kind: 'choice', optionIds: ['a'] } })
		},
		'quiz:sync': { as: ['quizPlayer'], valid: () => ({}) },
		'quiz:watch': {
			as: ['presenterA'],
			valid: () => ({ liveSessionId: a.quiz.id }),
			otherOrg: { liveSessionId: b.quiz.id }
		},
		'quiz:command': {
			as: ['presenterA'],
			valid: () => ({ liveSessionId: a.quiz.id, command: 'lock' }),
			otherOrg: { liveSessionId: b.quiz.id }
		},
		'quiz:remove': {
			as: ['presenterA'],
			valid: () => ({ liveSessionId: a.quiz.id, participantId: live.participantB }),
			otherOrg: { liveSessionId: b.quiz.id }
		},
		'quiz:removeBurst': {
			as: ['presenterA'],
			valid: () => ({ liveSessionId: a.quiz.id, burstId: 'geen-burst' }),
			otherOrg: { liveSessionId: b.quiz.id }
		},
		'game:join': {
			as: ['anon'],
			open: true,
			valid: () => ({ code: a.game.joinCode, nickname: 'Fuzzer', team: 'Uilen' }),
			accept: acceptRule(['nickname:text', 'team:text', 'team:missing'])
		},
		'game:sync': { as: ['gamePlayer'], valid: () => ({}) },
		'game:report': { as: ['gamePlayer'], valid: fullReport, accept: acceptRule(REPORT_ACCEPTS) },
		'game:find': {
			as: ['gamePlayer'],
			valid: () => ({ id: randomUUID(), codeWord: 'Verkeerd woord' }),
			accept: acceptRule(['codeWord:text'])
		},
		'game:watch': {
			as: ['presenterA'],
			valid: () => ({ liveSessionId: a.game.id }),
			otherOrg: { liveSessionId: b.game.id }
		},
		'game:command': {
			as: ['presenterA'],
			valid: () => ({ liveSessionId: a.game.id, command: { type: 'pause', message: 'Echt incident' } }),
			otherOrg: { liveSessionId: b.game.id },
			accept: acceptRule(['command.message:text'])
		},
		'game:clue': {
			as: ['presenterA'],
			valid: () => ({
				liveSessionId: a.game.id,
				id: randomUUID(),
				boefId: null,
				text: 'Kijk bij de school.',
				fields: [],
				circle: false
			}),
			otherOrg: { liveSessionId: b.game.id },
			accept: acceptRule(['text:text'])
		},
		'game:review': {
			as: ['presenterA'],
			valid: () => ({
				liveSessionId: a.game.id,
				reportId: live.reportA,
				match: null,
				feedback: 'good-report'
			}),
			otherOrg: { liveSessionId: b.game.id, reportId: live.reportB },
			accept: acceptRule(['match:missing', 'feedback:missing'])
		},
		'game:removeBurst': {
			as: ['presenterA'],
			valid: () => ({ liveSessionId: a.game.id, burstId: 'geen-burst' }),
			otherOrg: { liveSessionId: b.game.id }
		},
		'boef:position': {
			as: ['gameBoef', 'campBoef'],
			valid: fix,
			accept: acceptRule(['fixes.0.accuracyM:missing'])
		},
		'boef:sync': { as: ['gameBoef', 'campBoef'], valid: () => ({}) },
		'burglary:watch': {
			as: ['presenterA'],
			valid: () => ({ liveSessionId: campaign.id }),
			// Organisation B runs no campaign: its game's id is the nearest foreign id.
			otherOrg: { liveSessionId: b.game.id }
		},
		'burglary:command': {
			as: ['presenterA'],
			valid: () => ({
				liveSessionId: campaign.id,
				command: { type: 'override', attemptId: attemptB2, stopped: null }
			}),
			otherOrg: { liveSessionId: b.game.id },
			accept: acceptRule(['command.stopped:boolean'])
		},
		'burglary:call': {
			as: ['presenterA'],
			valid: () => ({
				liveSessionId: campaign.id,
				id: randomUUID(),
				attemptId: attemptB1,
				number: '112',
				atMs: now()
			}),
			otherOrg: { liveSessionId: b.game.id }
		},
		'burglary:prevention': {
			as: ['presenterA', 'campBoef'],
			valid: () => ({ liveSessionId: campaign.id, attemptId: attemptB1, checklist: { lights: 'ok' } }),
			otherOrg: { liveSessionId: b.game.id },
			accept: (c, who) =>
				acceptRule(['checklist:object', 'checklist.lights:missing'])(c) ||
				// The boef's own attempt decides; a liveSessionId he sends is not used.
				(who === 'campBoef' && c.path === 'liveSessionId' && ['missing', 'other-org'].includes(c.kind))
		},
		'burglary:report': { as: ['resident'], valid: fullReport, accept: acceptRule(REPORT_ACCEPTS) }
	};
}
