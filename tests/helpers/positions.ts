import { expect } from 'vitest';
import { emit } from './quiz';
import type { TestClient } from './realtime';

interface Fix {
	at: number;
	lat: number;
	lng: number;
	accuracyM?: number;
}

/**
 * The boef's phone sends a backlog of fixes, and after a reconnect the same backlog again (it
 * never saw the answer): the first send stores them all, the second nothing. Both games.
 */
export async function expectBacklogStoredOnce(boef: TestClient, sentAt: number, fixes: Fix[]) {
	expect(await emit(boef, 'boef:position', { sentAt, fixes })).toEqual({
		ok: true,
		data: { stored: fixes.length, sharing: true }
	});
	expect(await emit(boef, 'boef:position', { sentAt, fixes })).toEqual({
		ok: true,
		data: { stored: 0, sharing: true }
	});
}
