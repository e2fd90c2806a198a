/** How often the replay moves on while playing, ms of real time: smooth enough, light on the map. */
const STEP_MS = 100;
export const SPEEDS = [10, 60] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * The debrief's clock: a moment between the start and the end of the game that the time slider
 * sets and the play button moves on at ×10 or ×60. Everything on screen is derived from `atMs`.
 */
export class Replay {
	atMs = $state(0);
	playing = $state(false);
	speed = $state<Speed>(60);
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(
		readonly startMs: number,
		readonly endMs: number
	) {
		this.atMs = startMs;
	}

	get durationMs() {
		return Math.max(0, this.endMs - this.startMs);
	}

	seek(ms: number) {
		this.atMs = Math.min(this.endMs, Math.max(this.startMs, ms));
	}

	play() {
		// Pressing play at the end starts the evening over.
		if (this.atMs >= this.endMs) this.atMs = this.startMs;
		this.playing = true;
		clearInterval(this.#timer);
		this.#timer = setInterval(() => {
			this.seek(this.atMs + STEP_MS * this.speed);
			if (this.atMs >= this.endMs) this.pause();
		}, STEP_MS);
	}

	pause() {
		this.playing = false;
		clearInterval(this.#timer);
		this.#timer = undefined;
	}

	toggle() {
		if (this.playing) this.pause();
		else this.play();
	}
}
