import type { LatLng } from '$lib/domain/boef/geo';

/** The place of a report being made: the phone's own position, a point on the map, or the reporter's home. */
export type ChosenPlace = { at: LatLng; source: 'gps' | 'map' | 'home'; accuracyM?: number };

export type PositionProblem = 'denied' | 'unavailable' | 'unsupported' | null;

/**
 * The participant's own position, only after they ask for it ("Toon mijn positie"): shown on
 * their map and used as the place of a report when they choose so. It is never sent on its own;
 * it reaches the server only as the place inside a report.
 */
export class MyPosition {
	position = $state<LatLng | null>(null);
	accuracyM = $state<number | null>(null);
	watching = $state(false);
	problem = $state<PositionProblem>(null);
	#watchId: number | null = null;

	/** Starts following the position (call from a tap: some phones ask permission only then). */
	start() {
		if (this.#watchId !== null) return;
		if (typeof navigator === 'undefined' || !navigator.geolocation) {
			this.problem = 'unsupported';
			return;
		}
		this.problem = null;
		this.watching = true;
		this.#watchId = navigator.geolocation.watchPosition(
			(p) => {
				this.position = { lat: p.coords.latitude, lng: p.coords.longitude };
				this.accuracyM = Math.round(p.coords.accuracy);
				this.problem = null;
			},
			(err) => {
				this.problem = err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable';
				// Without permission nothing will come: stop, so a later tap asks again.
				if (err.code === err.PERMISSION_DENIED) this.stop();
			},
			{ enableHighAccuracy: true, maximumAge: 10_000, timeout: 30_000 }
		);
	}

	stop() {
		if (this.#watchId !== null) navigator.geolocation.clearWatch(this.#watchId);
		this.#watchId = null;
		this.watching = false;
	}
}
