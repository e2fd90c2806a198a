import { describe, expect, it } from 'vitest';
import { outageWrite } from './outage-write';

const gone = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

describe('outageWrite', () => {
	it('replies with the result when the database is there', async () => {
		const w = outageWrite(async () => 42);
		await expect(w.reply()).resolves.toBe(42);
	});

	it('replies unavailable while the database is away, and writes once it is back', async () => {
		let tries = 0;
		let down = true;
		const w = outageWrite(
			async () => {
				tries++;
				if (down) throw gone();
				return 'stored';
			},
			{ retryMs: 5 }
		);
		await expect(w.reply()).rejects.toMatchObject({ code: 'error.unavailable', status: 503 });
		expect(w.waiting).toBe(true);
		// A resend during the outage gets the same answer at once.
		await expect(w.reply()).rejects.toMatchObject({ code: 'error.unavailable' });
		down = false;
		await expect(w.done).resolves.toBe('stored');
		await expect(w.reply()).resolves.toBe('stored');
		expect(tries).toBeGreaterThan(1);
	});

	it('does not retry other failures, and gives up after the limit', async () => {
		const bug = outageWrite(async () => {
			throw new Error('bug');
		});
		await expect(bug.reply()).rejects.toThrow('bug');
		let t = 0;
		const late = outageWrite(
			async () => {
				t += 1000;
				throw gone();
			},
			{ retryMs: 1, giveUpMs: 3000, now: () => t }
		);
		await expect(late.done).rejects.toMatchObject({ code: 'ECONNREFUSED' });
	});
});

describe('outageWrite.tried', () => {
	it('settles after the first try, also while the database is away', async () => {
		const w = outageWrite(
			async () => {
				throw gone();
			},
			{ retryMs: 5, giveUpMs: 20 }
		);
		await w.tried;
		expect(w.waiting).toBe(true);
		await expect(w.done).rejects.toMatchObject({ code: 'ECONNREFUSED' });
	});
});
