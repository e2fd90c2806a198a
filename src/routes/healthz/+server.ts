import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { log } from '$lib/server/log';
import type { RequestHandler } from './$types';

/** For load balancers and monitoring: 200 when the database answers, 503 otherwise. */
export const GET: RequestHandler = async () => {
	const started = performance.now();
	try {
		await db().execute(sql`select 1`);
		return json(
			{ status: 'ok', database: 'ok', latencyMs: Math.round(performance.now() - started) },
			{ headers: { 'cache-control': 'no-store' } }
		);
	} catch (err) {
		log.error({ err }, 'health check failed');
		return json(
			{ status: 'error', database: 'unreachable' },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
