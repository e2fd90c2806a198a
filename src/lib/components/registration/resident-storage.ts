/**
 * What a household's phone keeps of its registration: the personal link's token (so the
 * public page can lead back to the personal page), and the report outbox and sent list of the
 * personal page. Private mode or a full storage must never break a page: every access may fail.
 */
export type ResidentKey = 'token' | 'queue' | 'sent';

export function residentKey(code: string, what: ResidentKey): string {
	return what === 'token' ? `duizend-ogen:resident:${code}` : `duizend-ogen:resident:${code}:${what}`;
}

export function readResident(code: string, what: ResidentKey): string | null {
	try {
		return localStorage.getItem(residentKey(code, what));
	} catch {
		return null;
	}
}

export function writeResident(code: string, what: ResidentKey, value: string | null): void {
	try {
		if (value === null) localStorage.removeItem(residentKey(code, what));
		else localStorage.setItem(residentKey(code, what), value);
	} catch {
		// ignore: the page works without storage, it only forgets on reload
	}
}

/** After withdrawing: nothing of the registration stays on the phone. */
export function forgetResident(code: string): void {
	for (const what of ['token', 'queue', 'sent'] as const) writeResident(code, what, null);
}

/** The token in a personal page's address (`/mijn/<token>?...`), or null. */
export function tokenFromLocation(location: string): string | null {
	const m = /\/mijn\/([A-Za-z0-9_-]{22,100})(?:[?#]|$)/.exec(location);
	return m ? m[1]! : null;
}
