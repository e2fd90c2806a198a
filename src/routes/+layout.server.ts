import { can } from '$lib/server/auth/roles';
import type { LayoutServerLoad } from './$types';

/** Only what every page needs about the viewer; never the e-mail or ids of others. */
export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	user: locals.user && {
		name: locals.user.name,
		role: locals.user.role,
		organisationName: locals.user.organisationName
	},
	canEditWorkshops: !!locals.user && can(locals.user.role, 'workshops:edit'),
	canSeeSessions:
		!!locals.user && (can(locals.user.role, 'sessions:host') || can(locals.user.role, 'outcomes:review'))
});
