/**
 * A melding: what a participant sends when they think they saw the boef (or something else
 * suspicious). SAAR style: what they saw him do, a description, where, and which channel they
 * used; the server stamps the time when it arrives, because phone clocks drift. The schema of
 * what a phone sends is `reportInputSchema` in schemas.ts.
 */
import type { LatLng } from './geo';
import type { Signalement } from './signalement';

/**
 * Where the report went: 112 (suspicious situation happening now), 0900-8844 (police, no
 * urgency), or only the neighbourhood app group (which the police do not read).
 */
export const CHANNELS = ['112', '0900-8844', 'buurtapp'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Longest behaviour description, in characters. */
export const BEHAVIOUR_MAX_LENGTH = 1000;

export interface BoefReport {
	/** What the person did, in the reporter's words ('' when left empty). */
	behaviour: string;
	signalement: Signalement;
	channel: Channel;
	place: LatLng;
	/** When the report arrived, epoch ms. */
	atMs: number;
}
