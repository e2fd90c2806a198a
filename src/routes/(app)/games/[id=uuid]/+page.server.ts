import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { failWith, parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { publicOrigin } from '$lib/server/origin';
import { qrPath } from '$lib/server/qr';
import { activeLinks } from '$lib/server/services/boef-links';
import { controllableGame, renewBoefLink, revokeBoefLinks } from '$lib/server/services/game/games';
import type { Actions, PageServerLoad } from './$types';

const idSchema = z.uuid();

/** First lines of the load and every action: login, permission, and a game this user runs. */
async function runGame(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url, 'sessions:host');
	if (!idSchema.safeParse(id).success) error(404, translate(locals.locale, 'game.error.notFound'));
	try {
		return { user, row: await controllableGame(user, id) };
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code));
		throw err;
	}
}

/**
 * The dashboard's frame: join details, the boeven and whether their secret links work. The
 * live game (reports, tracks, clock) comes over the socket.
 */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { row } = await runGame(locals, url, params.id);
	// The short URL is what people type; the QR code carries it too.
	const joinUrl = `${publicOrigin(url)}/${row.joinCode}`;
	const links = await activeLinks(row.id);
	return {
		id: row.id,
		title: row.title,
		joinCode: row.joinCode,
		joinUrl: joinUrl.replace(/^https?:\/\//, ''),
		qr: qrPath(joinUrl),
		phase: row.state.phase,
		boeven: row.plan.boeven.map((b) => ({ id: b.id, name: b.name, movement: b.movement.kind })),
		/** Boef id → when his working link was made (epoch ms). The link itself is never shown again. */
		activeLinks: Object.fromEntries(Object.entries(links).map(([boefId, at]) => [boefId, at.getTime()]))
	};
};

const boefForm = z.object({ boefId: z.string().min(1, 'error.required').max(20, 'error.tooLong') });

export const actions: Actions = {
	/** A new secret link for a boef; the old one stops working. Shown once, with a QR code. */
	renewLink: async ({ request, locals, url, params }) => {
		const { user, row } = await runGame(locals, url, params.id);
		const parsed = await parseForm(request, boefForm);
		if (parsed.failure) return parsed.failure;
		const { boefId } = parsed.data;
		try {
			const token = await renewBoefLink(user, row.id, boefId);
			const link = `${publicOrigin(url)}/boef/${token}`;
			return { newLink: { boefId, url: link, qr: qrPath(link) } };
		} catch (err) {
			return failWith(err, { boefId });
		}
	},
	revokeLink: async ({ request, locals, url, params }) => {
		const { user, row } = await runGame(locals, url, params.id);
		const parsed = await parseForm(request, boefForm);
		if (parsed.failure) return parsed.failure;
		const { boefId } = parsed.data;
		try {
			await revokeBoefLinks(user, row.id, boefId);
			return { revoked: boefId };
		} catch (err) {
			return failWith(err, { boefId });
		}
	}
};
