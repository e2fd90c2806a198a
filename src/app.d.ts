import type { Locale } from '$lib/i18n';
import type { SessionUser } from '$lib/server/services/auth';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			user: SessionUser | null;
			/** Hash of the login session token, when logged in. */
			sessionId: string | null;
			/** Set by handleError when the database could not be reached: the answer becomes 503. */
			unavailable?: boolean;
			/** Set by handleError when the database refused a value of the request: the answer becomes 400. */
			badInput?: boolean;
		}
		interface Error {
			message: string;
			errorId?: string;
		}
		interface PageData {
			locale: Locale;
			/** A page that fills the screen without the site header (the projector). */
			bare?: boolean;
			/** Background tiles for the map (root layout); null: none configured. */
			mapTiles?: { url: string; attribution: string } | null;
		}
	}
}

export {};
