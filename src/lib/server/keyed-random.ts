import { createHmac } from 'node:crypto';

/**
 * Numbers in [0, 1) that only the holder of `key` can predict: block i is
 * HMAC-SHA256(key, `${label}#${i}`), read as five 48-bit numbers. For draws whose outcome
 * participants must not learn (a clue circle's offset from the boef, the shown order of an
 * ordering question): seeded with ids alone, anyone who sees the ids can redo the draw and
 * undo it. The key is a live session's stored `drawSecret`, so a restart or another instance
 * draws the same, and it never leaves the server.
 */
export function keyedRandom(key: string, label: string): () => number {
	let block = 0;
	let bytes = Buffer.alloc(0);
	let offset = 0;
	return () => {
		if (offset + 6 > bytes.length) {
			bytes = createHmac('sha256', key).update(`${label}#${block++}`).digest();
			offset = 0;
		}
		const n = bytes.readUIntBE(offset, 6);
		offset += 6;
		return n / 2 ** 48;
	};
}

/** `keyedRandom` with the key fixed: what the domain functions take to draw per label. */
export function drawsFor(key: string, scope: string): (label: string) => () => number {
	return (label) => keyedRandom(key, `${scope}:${label}`);
}
