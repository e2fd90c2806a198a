/**
 * The boef's phone keeps every GPS fix until the server has acknowledged it, so a lost
 * connection leaves a gap on the dashboard only while it lasts: the backlog follows in chunks
 * once the phone is back. Pure functions on plain data (fix-queue.test.ts).
 */

/** One GPS fix as 'boef:position' carries it: phone-clock time (ms), degrees, metres. */
export interface Fix {
	at: number;
	lat: number;
	lng: number;
	accuracyM?: number;
}

/** Most fixes one message may carry (the server's limit). */
export const CHUNK_SIZE = 600;
/** Four hours at one fix a second; beyond that the oldest go (a game lasts about 80 minutes). */
export const MAX_QUEUED = 4 * 3600;

/** A fix from the browser's Geolocation API, or null when it is unusable. */
export function toFix(
	coords: { latitude: number; longitude: number; accuracy: number },
	timestamp: number
): Fix | null {
	const { latitude: lat, longitude: lng, accuracy } = coords;
	if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
		return null;
	if (!Number.isFinite(timestamp) || timestamp < 0) return null;
	const fix: Fix = { at: Math.round(timestamp), lat, lng };
	// The server takes up to 100 km; a worse "fix" is no position at all, so leave accuracy out then.
	if (Number.isFinite(accuracy) && accuracy >= 0 && accuracy <= 100_000)
		fix.accuracyM = Math.round(accuracy * 10) / 10;
	return fix;
}

/** Adds a fix in time order; a second fix with the same time replaces nothing. */
export function addFix(queue: readonly Fix[], fix: Fix): Fix[] {
	const last = queue.at(-1);
	let out: Fix[];
	if (!last || fix.at > last.at) out = [...queue, fix];
	else if (queue.some((f) => f.at === fix.at)) return [...queue];
	else out = [...queue, fix].sort((a, b) => a.at - b.at);
	return out.length > MAX_QUEUED ? out.slice(out.length - MAX_QUEUED) : out;
}

/** The next message's fixes: the oldest, at most CHUNK_SIZE. */
export function nextChunk(queue: readonly Fix[]): Fix[] {
	return queue.slice(0, CHUNK_SIZE);
}

/** Removes an acknowledged chunk (its time span; the queue is in time order). */
export function dropSent(queue: readonly Fix[], sent: readonly Fix[]): Fix[] {
	if (sent.length === 0) return [...queue];
	const from = sent[0]!.at;
	const to = sent[sent.length - 1]!.at;
	return queue.filter((f) => f.at < from || f.at > to);
}

export function serialiseFixes(queue: readonly Fix[]): string {
	return JSON.stringify(queue);
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Reads a stored queue; damaged entries are dropped. */
export function parseFixes(text: string | null): Fix[] {
	if (!text) return [];
	try {
		const parsed: unknown = JSON.parse(text);
		if (!Array.isArray(parsed)) return [];
		return parsed
			.filter(
				(f): f is Fix =>
					typeof f === 'object' &&
					f !== null &&
					isNumber((f as Fix).at) &&
					isNumber((f as Fix).lat) &&
					isNumber((f as Fix).lng) &&
					((f as Fix).accuracyM === undefined || isNumber((f as Fix).accuracyM))
			)
			.sort((a, b) => a.at - b.at)
			.slice(-MAX_QUEUED);
	} catch {
		return [];
	}
}
