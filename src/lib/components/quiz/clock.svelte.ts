/**
 * Seconds left until a server deadline, ticking. The phone's clock may be off by minutes, so
 * the offset to the server's clock is taken from each state message (serverNow).
 */
export class Countdown {
	now = $state(Date.now());
	#offset = 0;
	#timer: ReturnType<typeof setInterval> | undefined;

	/** Call with every message that carries serverNow. */
	sync(serverNow: number) {
		this.#offset = serverNow - Date.now();
		this.now = Date.now();
	}

	secondsLeft(deadline: number | null): number | null {
		if (deadline === null) return null;
		return Math.max(0, Math.ceil((deadline - (this.now + this.#offset)) / 1000));
	}

	start() {
		this.#timer ??= setInterval(() => (this.now = Date.now()), 250);
		return () => {
			clearInterval(this.#timer);
			this.#timer = undefined;
		};
	}
}
