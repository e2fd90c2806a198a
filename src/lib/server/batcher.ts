/**
 * Collects items that arrive in a burst and writes them in small multi-row batches, one batch
 * at a time. Each `add` resolves only after its batch is durable (or rejects with the batch's
 * error), so callers can acknowledge after commit. On PGlite one awaited INSERT per answer
 * manages ~2,500 rows/s; a batch of 300 rows costs about as much as a single row.
 *
 * Group commit: while a write is in flight, new items wait, and the moment it finishes
 * everything that queued meanwhile goes out as the next batch. A slow commit therefore makes
 * the next batch bigger instead of lining up many tiny ones behind it.
 */
export interface BatcherOptions {
	/** Longest an item waits for companions when nothing is being written, in ms. */
	maxWaitMs: number;
	/** Largest batch. */
	maxItems: number;
	/**
	 * Whether a failed batch may hold one bad item among good ones (the database refused a row).
	 * Such a batch is split in halves and each half written again, down to the bad items, which
	 * alone get the error: batches mix sessions and organisations, and one client's input must
	 * never fail another's write. Other failures (the database is gone) fail the whole batch.
	 */
	isolate?: (err: unknown) => boolean;
}

export function createBatcher<T, R>(
	write: (items: T[]) => Promise<R[]>,
	{ maxWaitMs, maxItems, isolate = () => false }: BatcherOptions
) {
	type Entry = { item: T; resolve: (r: R) => void; reject: (e: unknown) => void };
	const queue: Entry[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;
	let inFlight: Promise<void> | undefined;

	function schedule() {
		// A running write flushes the queue when it ends.
		if (inFlight) return;
		if (queue.length >= maxItems) return flush();
		timer ??= setTimeout(flush, maxWaitMs);
	}

	function flush() {
		clearTimeout(timer);
		timer = undefined;
		if (inFlight || queue.length === 0) return;
		const batch = queue.splice(0, maxItems);
		inFlight = (async () => {
			try {
				await writeIsolating(batch);
			} finally {
				inFlight = undefined;
				flush();
			}
		})();
	}

	/** Writes the entries; a refused batch is bisected so only its bad items fail (log₂ n extra writes each). */
	async function writeIsolating(batch: Entry[]): Promise<void> {
		try {
			const results = await write(batch.map((e) => e.item));
			batch.forEach((e, i) => e.resolve(results[i]!));
		} catch (err) {
			if (batch.length === 1 || !isolate(err)) {
				for (const e of batch) e.reject(err);
				return;
			}
			const half = Math.ceil(batch.length / 2);
			await writeIsolating(batch.slice(0, half));
			await writeIsolating(batch.slice(half));
		}
	}

	return {
		add(item: T): Promise<R> {
			return new Promise<R>((resolve, reject) => {
				queue.push({ item, resolve, reject });
				schedule();
			});
		},
		/** Resolves when everything added so far has been written (used at shutdown). */
		async drain(): Promise<void> {
			flush();
			while (inFlight) {
				await inFlight;
				flush();
			}
		}
	};
}
