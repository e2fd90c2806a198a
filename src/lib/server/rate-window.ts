/**
 * A sliding-window counter per key, in memory: "at most `limit` in `windowMs`". For limits
 * where losing the counts on a restart is harmless (they only slow abuse down). Keys that have
 * gone quiet are forgotten, so the map does not grow for ever.
 */
export class RateWindow {
	readonly #hits = new Map<string, number[]>();

	constructor(
		readonly limit: number,
		readonly windowMs: number
	) {}

	/** Counts a hit for `key` if it is within the limit; false (and nothing counted) when over it. */
	hit(key: string, now = Date.now()): boolean {
		const recent = (this.#hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
		if (recent.length >= this.limit) {
			this.#hits.set(key, recent);
			return false;
		}
		recent.push(now);
		this.#hits.set(key, recent);
		if (this.#hits.size > 10_000)
			for (const [k, list] of this.#hits)
				if (list.every((t) => now - t >= this.windowMs)) this.#hits.delete(k);
		return true;
	}
}
