import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/domain/burglary/campaign';
import {
	addBoef,
	fieldId,
	MAX_CAMPAIGN_BOEVEN,
	removeBoef,
	setMovement,
	toDraft,
	type RouteDraft
} from './settings-draft';

const fresh = () => toDraft(defaultSettings('2025-05-01', 'Boef Bram'));

describe('the settings draft', () => {
	it('is a copy: editing it leaves the stored settings alone', () => {
		const stored = defaultSettings('2025-05-01', 'Boef Bram');
		const draft = toDraft(stored);
		draft.boeven[0]!.name = 'Anders';
		draft.area.push({ lat: 52, lng: 5 });
		expect(stored.boeven[0]!.name).toBe('Boef Bram');
		expect(stored.area).toEqual([]);
	});

	it('gives new boeven the first free id, up to the maximum', () => {
		const draft = fresh();
		expect(addBoef(draft, 'Twee')).toBe('b2');
		expect(addBoef(draft, 'Drie')).toBe('b3');
		removeBoef(draft, 'b2');
		expect(addBoef(draft, 'Weer twee')).toBe('b2');
		while (draft.boeven.length < MAX_CAMPAIGN_BOEVEN) addBoef(draft, 'x');
		expect(addBoef(draft, 'te veel')).toBeNull();
		expect(new Set(draft.boeven.map((b) => b.id)).size).toBe(draft.boeven.length);
	});

	it('keeps a drawn route when the boef switches to GPS and back', () => {
		const draft = fresh();
		const boef = draft.boeven[0]!;
		const stash: Record<string, RouteDraft> = {};
		setMovement(boef, 'route', stash);
		expect(boef.movement).toEqual({ kind: 'route', route: { waypoints: [] } });
		if (boef.movement.kind === 'route') boef.movement.route.waypoints.push({ lat: 52.1, lng: 5.1 });
		setMovement(boef, 'gps', stash);
		expect(boef.movement).toEqual({ kind: 'gps' });
		setMovement(boef, 'route', stash);
		expect(boef.movement.kind === 'route' && boef.movement.route.waypoints).toEqual([
			{ lat: 52.1, lng: 5.1 }
		]);
	});

	it('makes DOM ids of slots', () => {
		expect(fieldId('periodEnd')).toBe('settings-periodEnd');
		expect(fieldId('boef:b2:name')).toBe('settings-boef-b2-name');
	});
});
