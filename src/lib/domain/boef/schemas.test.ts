import { describe, expect, it } from 'vitest';
import { CHANNELS } from './report';
import { reportInputSchema } from './schemas';

const place = { lat: 52.0907, lng: 5.1214 };

describe('reportInputSchema', () => {
	it('accepts a minimal report and fills the defaults', () => {
		expect(reportInputSchema.parse({ channel: '112', place })).toEqual({
			behaviour: '',
			signalement: {},
			channel: '112',
			place
		});
	});
	it('trims behaviour and normalises the plate in the signalement', () => {
		const r = reportInputSchema.parse({
			behaviour: '  Kijkt in auto’s  ',
			signalement: { vehicle: { plate: '12-ab-cd' } },
			channel: 'buurtapp',
			place
		});
		expect(r.behaviour).toBe('Kijkt in auto’s');
		expect(r.signalement.vehicle?.plate).toBe('12ABCD');
	});
	it('rejects unknown channels, missing places and overlong behaviour', () => {
		expect(CHANNELS).toEqual(['112', '0900-8844', 'buurtapp']);
		expect(reportInputSchema.safeParse({ channel: '0800-7000', place }).success).toBe(false);
		expect(reportInputSchema.safeParse({ channel: '112' }).success).toBe(false);
		expect(reportInputSchema.safeParse({ channel: '112', place, behaviour: 'x'.repeat(1001) }).success).toBe(
			false
		);
	});
});

describe('module boundaries', () => {
	// The browser imports the pure modules (map animation, report form); zod stays on the server.
	const sources = import.meta.glob(['./*.ts', '!./*.test.ts'], {
		query: '?raw',
		import: 'default',
		eager: true
	}) as Record<string, string>;

	it('keeps zod out of every module except schemas.ts', () => {
		expect(Object.keys(sources).length).toBeGreaterThan(10);
		for (const [path, source] of Object.entries(sources)) {
			if (path === './schemas.ts') continue;
			expect(source, path).not.toMatch(/^import (?!type )[^;]*from '(zod|\.\/schemas)';/m);
		}
	});
});
