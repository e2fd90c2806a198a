import { describe, expect, it } from 'vitest';
import { defaultSettings, NO_PRECONDITIONS } from '$lib/domain/burglary/campaign';
import type { BurglaryHostView } from '$lib/domain/burglary/views';
import { failureFor } from './form-result';
import { controlsFor, mayAssign, overviewOf } from './overview';

function view(over: Partial<BurglaryHostView> = {}): BurglaryHostView {
	return {
		id: 'c1',
		title: 'Oost',
		joinCode: '123456',
		phase: 'drawn',
		settings: defaultSettings('2025-05-01', 'Bram'),
		preconditions: NO_PRECONDITIONS,
		missing: ['meldkamer', 'briefing', 'area'],
		registrations: 3,
		draw: { date: '2025-05-10', atMs: 1, eligible: 3, excludedNoConsent: 0, excludedAway: 1, chosen: 1 },
		attempts: [
			{
				id: 'a1',
				number: 1,
				boefId: 'b1',
				plannedDate: '2025-05-10',
				startedAtMs: null,
				endedAtMs: null,
				target: {
					registrationId: 'r1',
					name: 'Fam. Jansen',
					postcode: '1234AB',
					houseNumber: '12',
					street: 'Dorpsstraat',
					city: 'Ergens',
					place: { lat: 52, lng: 5 }
				},
				prevention: {},
				preventionBy: null,
				override: null,
				calls: [],
				outcome: null
			}
		],
		reports: [],
		tracks: { b1: [{ at: 1, position: { lat: 52, lng: 5 } }] },
		publicOutcome: null,
		publishedAtMs: null,
		deletionDueAtMs: 2,
		personalDataDeletedAtMs: null,
		nowMs: 3,
		...over
	};
}

describe('overviewOf', () => {
	it('names who ticked instead of account ids, and keeps the meldkamer details', () => {
		const o = overviewOf(
			view({
				preconditions: {
					meldkamer: { by: 'acc1', atMs: 10, informedWho: 'J. de Vries', informedAtMs: 5 },
					briefing: { by: 'acc2', atMs: 11 },
					area: null
				}
			}),
			{ acc1: 'Wijkagent Demo' }
		);
		expect(o.preconditions.meldkamer).toEqual({
			byName: 'Wijkagent Demo',
			atMs: 10,
			informedWho: 'J. de Vries',
			informedAtMs: 5
		});
		expect(o.preconditions.briefing).toEqual({ byName: '?', atMs: 11 });
		expect(o.preconditions.area).toBeNull();
	});

	it('passes no tracks, reports, coordinates or registration ids to the page', () => {
		const o = overviewOf(view(), {});
		const text = JSON.stringify(o);
		expect(text).not.toContain('registrationId');
		expect(text).not.toContain('"lat"');
		expect(o).not.toHaveProperty('tracks');
		expect(o).not.toHaveProperty('reports');
		expect(o.attempts[0]!.target).toEqual({
			name: 'Fam. Jansen',
			street: 'Dorpsstraat',
			houseNumber: '12',
			postcode: '1234AB',
			city: 'Ergens'
		});
	});
});

describe('controls by phase', () => {
	it('allows editing until the outcome is out, taking a tick back only while no attempt runs', () => {
		expect(controlsFor('registering')).toEqual({ edit: true, untick: true, reveal: true });
		expect(controlsFor('live')).toEqual({ edit: true, untick: false, reveal: true });
		expect(controlsFor('published')).toEqual({ edit: false, untick: false, reveal: true });
		expect(controlsFor('deleted')).toEqual({ edit: false, untick: false, reveal: false });
	});

	it('lets a boef be reassigned only before his attempt starts', () => {
		expect(mayAssign('drawn', { startedAtMs: null })).toBe(true);
		expect(mayAssign('live', { startedAtMs: 5 })).toBe(false);
		expect(mayAssign('published', { startedAtMs: null })).toBe(false);
	});
});

describe('failureFor', () => {
	const form = { section: 'boeven', error: { key: 'error.forbidden' as const }, values: { boefId: 'b2' } };

	it('shows a refusal only at its own section and row', () => {
		expect(failureFor(form, 'boeven', { key: 'boefId', value: 'b2' })).toBe(form);
		expect(failureFor(form, 'boeven', { key: 'boefId', value: 'b1' })).toBeUndefined();
		expect(failureFor(form, 'draw')).toBeUndefined();
		expect(
			failureFor({ newLink: { boefId: 'b2', url: 'x', qr: { size: 1, d: '' } } }, 'boeven')
		).toBeUndefined();
		expect(failureFor(null, 'boeven')).toBeUndefined();
	});
});
