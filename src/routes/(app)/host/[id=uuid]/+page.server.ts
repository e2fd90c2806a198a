import { publicOrigin } from '$lib/server/origin';
import { qrPath } from '$lib/server/qr';
import { hostedSession } from './host.server';
import type { PageServerLoad } from './$types';

/** The projector page: its frame and the join details; the live state comes over the socket. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const row = await hostedSession(locals, url, params.id);
	// The short URL is what people type; the QR code carries it too.
	const joinUrl = `${publicOrigin(url)}/${row.joinCode}`;
	return {
		liveSessionId: row.id,
		title: row.title,
		joinCode: row.joinCode,
		joinUrl: joinUrl.replace(/^https?:\/\//, ''),
		qr: qrPath(joinUrl),
		// The projector shows no site header.
		bare: true
	};
};
