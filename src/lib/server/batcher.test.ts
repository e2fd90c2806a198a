import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher';

describe('createBatcher', () => {
	it('writes a burst as few batches and resolves each item with its own result', async () => {
		const batches: number[][] = [];
		const b = createBatcher(
			async (items: number[]) => {
				batches.push(items);
				return items.map((i) => i * 10);
			},
			{ maxWaitMs: 5, maxItems: 100 }
		);
		const results = await Promise.all(Array.from({ length: 250 }, (_, i) => b.add(i)));
		expect(results).toEqual(Array.from({ length: 250 }, (_, i) => i * 10));
		expect(batches.map((x) => x.length)).toEqual([100, 100, 50]);
	});

	it('writes one batch at a time, in arrival order', async () => {
		let active = 0;
		let maxActive = 0;
		const seen: number[] = [];
		const b = createBatcher(
			async (items: number[]) => {
				active++;
				maxActive = Math.max(maxActive, active);
				await new Promise((r) => setTimeout(r, 5));
				seen.push(...items);
				active--;
				return items;
			},
			{ maxWaitMs: 1, maxItems: 3 }
		);
		await Promise.all(Array.from({ length: 10 }, (_, i) => b.add(i)));
		expect(maxActive).toBe(1);
		expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('rejects every item of a failed batch, and later batches still work', async () => {
		let fail = true;
		const b = createBatcher(
			async (items: string[]) => {
				if (fail) throw new Error('disk full');
				return items;
			},
			{ maxWaitMs: 1, maxItems: 10 }
		);
		const failed = await Promise.allSettled([b.add('a'), b.add('b')]);
		expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
		fail = false;
		expect(await b.add('c')).toBe('c');
	});

	it('drain waits for pending writes', async () => {
		const written: number[] = [];
		const b = createBatcher(
			async (items: number[]) => {
				await new Promise((r) => setTimeout(r, 10));
				written.push(...items);
				return items;
			},
			{ maxWaitMs: 1000, maxItems: 100 }
		);
		void b.add(1);
		void b.add(2);
		await b.drain();
		expect(written).toEqual([1, 2]);
	});
});

describe('group commit', () => {
	it('sends everything that queued during a slow write as one next batch', async () => {
		const sizes: number[] = [];
		let release!: () => void;
		const slow = new Promise<void>((r) => (release = r));
		const b = createBatcher(
			async (items: number[]) => {
				sizes.push(items.length);
				if (sizes.length === 1) await slow;
				return items;
			},
			{ maxWaitMs: 1, maxItems: 100 }
		);
		const first = b.add(0);
		await new Promise((r) => setTimeout(r, 10)); // the first write is now in flight
		// Items trickle in during the slow write, each well past maxWaitMs after the previous one.
		const rest: Promise<number>[] = [];
		for (let i = 1; i <= 30; i++) {
			rest.push(b.add(i));
			await new Promise((r) => setTimeout(r, 3));
		}
		expect(sizes).toEqual([1]);
		release();
		await Promise.all([first, ...rest]);
		expect(sizes).toEqual([1, 30]);
	});

	it('isolates a refused item: only it fails, every other item of its batch is written', async () => {
		const written: number[] = [];
		let writes = 0;
		const b = createBatcher(
			async (items: number[]) => {
				writes++;
				// Like PostgreSQL refusing a multi-row INSERT for one row with a NUL in it.
				if (items.includes(13)) throw Object.assign(new Error('bad row'), { code: '22021' });
				written.push(...items);
				return items;
			},
			{ maxWaitMs: 5, maxItems: 100, isolate: (err) => (err as { code?: string }).code === '22021' }
		);
		const results = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => b.add(i)));
		expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
		expect(results[13]).toMatchObject({ status: 'rejected' });
		expect(written.sort((x, y) => x - y)).toEqual(
			Array.from({ length: 100 }, (_, i) => i).filter((i) => i !== 13)
		);
		// Bisecting costs about 2·log₂(100) writes, not one per item.
		expect(writes).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(100)));
	});

	it('does not split a batch for a failure that is not about its rows (database gone)', async () => {
		let writes = 0;
		const b = createBatcher(
			async () => {
				writes++;
				throw Object.assign(new Error('gone'), { code: 'ECONNREFUSED' });
			},
			{ maxWaitMs: 5, maxItems: 100, isolate: (err) => (err as { code?: string }).code === '22021' }
		);
		const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => b.add(i)));
		expect(results.every((r) => r.status === 'rejected')).toBe(true);
		expect(writes).toBe(1);
	});
});
