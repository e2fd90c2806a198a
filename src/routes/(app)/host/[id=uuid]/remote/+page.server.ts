import { hostedSession } from '../host.server';
import type { PageServerLoad } from './$types';

/** The remote control on the presenter's phone. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const row = await hostedSession(locals, url, params.id);
	return { liveSessionId: row.id, title: row.title, joinCode: row.joinCode };
};
