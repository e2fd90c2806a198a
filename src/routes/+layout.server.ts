import { can } from '$lib/server/auth/roles';
import { config } from '$lib/server/config';
import type { LayoutServerLoad } from './$types';

/** What every page needs: about the viewer (never the e-mail or ids of others) and the map tiles. */
export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	mapTiles: mapTiles(),
	user: locals.user && {
		name: locals.user.name,
		role: locals.user.role,
		organisationName: locals.user.organisationName
	},
	canEditWorkshops: !!locals.user && can(locals.user.role, 'workshops:edit'),
	canSeeSessions:
		!!locals.user && (can(locals.user.role, 'sessions:host') || can(locals.user.role, 'outcomes:review'))
});

/** Background tiles for LeafletMap; null when MAP_TILE_URL is empty (no tile layer at all). */
function mapTiles(): { url: string; attribution: string } | null {
	const cfg = config();
	return cfg.MAP_TILE_URL ? { url: cfg.MAP_TILE_URL, attribution: cfg.MAP_TILE_ATTRIBUTION } : null;
}
