import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { AppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/guards';
import { exportWorkshop } from '$lib/server/services/workshops';
import type { RequestHandler } from './$types';

/** Downloads a workshop as a JSON file that the import form (of any installation) accepts. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url, 'workshops:edit');
	try {
		const { fileName, data } = await exportWorkshop(user, params.id);
		return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
			headers: {
				'Content-Type': 'application/json; charset=utf-8',
				// The name is already plain ASCII (exportFileName), so no filename* variant is needed.
				'Content-Disposition': `attachment; filename="${fileName}"`,
				'Cache-Control': 'no-store'
			}
		});
	} catch (err) {
		if (err instanceof AppError) error(err.status, translate(locals.locale, err.code, err.params));
		throw err;
	}
};
