import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The short URL on the projector: /482913 leads to the phone page of that session. */
export const load: PageServerLoad = ({ params }) => redirect(308, `/play/${params.code}`);
