import { describe, expect, it } from 'vitest';
import {
	addFix,
	CHUNK_SIZE,
	dropSent,
	MAX_QUEUED,
	nextChunk,
	parseFixes,
	serialiseFixes,
	toFix,
	type Fix
} from './fix-queue';

const fix = (at: number): Fix => ({ at, lat: 51.44 + at / 1e7, lng: 5.47, accuracyM: 8 });

describe('boef fix queue', () => {
	it('turns a browser position into a fix with whole milliseconds', () => {
		expect(toFix({ latitude: 51.4, longitude: 5.4, accuracy: 7.25 }, 1000.6)).toEqual({
			at: 1001,
			lat: 51.4,
			lng: 5.4,
			accuracyM: 7.3
		});
		expect(toFix({ latitude: 51.4, longitude: 5.4, accuracy: Infinity }, 1000)).toEqual({
			at: 1000,
			lat: 51.4,
			lng: 5.4
		});
		expect(toFix({ latitude: NaN, longitude: 5.4, accuracy: 5 }, 1000)).toBeNull();
		expect(toFix({ latitude: 95, longitude: 5.4, accuracy: 5 }, 1000)).toBeNull();
	});

	it('keeps fixes in time order without duplicates and caps the backlog', () => {
		let q = addFix([], fix(2));
		q = addFix(q, fix(1));
		q = addFix(q, fix(2));
		q = addFix(q, fix(3));
		expect(q.map((f) => f.at)).toEqual([1, 2, 3]);
		let big: Fix[] = [];
		for (let i = 0; i < MAX_QUEUED + 5; i++) big = addFix(big, fix(i));
		expect(big).toHaveLength(MAX_QUEUED);
		expect(big[0]!.at).toBe(5);
	});

	it('sends a backlog in chunks and drops only what was acknowledged', () => {
		let q: Fix[] = [];
		for (let i = 0; i < CHUNK_SIZE + 10; i++) q = addFix(q, fix(i));
		const chunk = nextChunk(q);
		expect(chunk).toHaveLength(CHUNK_SIZE);
		// A fix arriving while the chunk is on its way stays.
		q = addFix(q, fix(10_000));
		q = dropSent(q, chunk);
		expect(q.map((f) => f.at)).toEqual([...Array.from({ length: 10 }, (_, i) => CHUNK_SIZE + i), 10_000]);
		expect(dropSent(q, [])).toEqual(q);
	});

	it('survives a reload and drops damaged entries', () => {
		const q = [fix(1), fix(2)];
		expect(parseFixes(serialiseFixes(q))).toEqual(q);
		expect(parseFixes(null)).toEqual([]);
		expect(parseFixes('nope')).toEqual([]);
		expect(parseFixes(JSON.stringify([fix(3), { at: 'x' }, fix(1), null]))).toEqual([fix(1), fix(3)]);
	});
});
