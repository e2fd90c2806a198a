/**
 * Notices when one network address joins a session far faster than people can type: a
 * script filling the lobby with names. 200 phones on a venue's wifi join from one address too,
 * but spread over a minute (a person needs seconds to type a code and a name); a script does
 * hundreds in a second. Pure: the caller gives the time; the presenter sees the bursts and may
 * remove every name of one at once.
 */

export interface BurstPolicy {
	/** Joins from one address counted over this window, in ms. */
	windowMs: number;
	/** This many joins (or more) from one address within the window make a burst. */
	threshold: number;
}

/** More than 20 names in 2 s from one address (600 a minute): no room of people types that fast. */
export const BURST_POLICY: BurstPolicy = { windowMs: 2_000, threshold: 20 };

export interface JoinBurst {
	id: string;
	startedAtMs: number;
	lastAtMs: number;
	/** The participants who joined in it, in order. */
	participantIds: string[];
}

/** What the presenter sees of a burst: only names still in the session; the address stays on the server. */
export interface BurstView {
	id: string;
	startedAtMs: number;
	count: number;
	/** The first few names, so the presenter recognises them. */
	sample: string[];
}

export class BurstWatch {
	readonly bursts: JoinBurst[] = [];
	readonly #recent = new Map<string, { atMs: number; participantId: string }[]>();
	readonly #open = new Map<string, JoinBurst>();
	#seq = 0;

	constructor(readonly policy: BurstPolicy = BURST_POLICY) {}

	/** Records a join; returns the burst it belongs to, if any (new or growing). */
	record(address: string, participantId: string, nowMs: number): JoinBurst | null {
		const { windowMs, threshold } = this.policy;
		const recent = (this.#recent.get(address) ?? []).filter((j) => nowMs - j.atMs < windowMs);
		recent.push({ atMs: nowMs, participantId });
		this.#recent.set(address, recent);
		for (const [a, list] of this.#recent)
			if (a !== address && list.every((j) => nowMs - j.atMs >= windowMs)) this.#recent.delete(a);
		const open = this.#open.get(address);
		if (open && nowMs - open.lastAtMs < windowMs) {
			open.participantIds.push(participantId);
			open.lastAtMs = nowMs;
			return open;
		}
		if (recent.length < threshold) return null;
		const burst: JoinBurst = {
			id: `burst-${++this.#seq}`,
			startedAtMs: recent[0]!.atMs,
			lastAtMs: nowMs,
			participantIds: recent.map((j) => j.participantId)
		};
		this.bursts.push(burst);
		this.#open.set(address, burst);
		return burst;
	}

	find(id: string): JoinBurst | undefined {
		return this.bursts.find((b) => b.id === id);
	}
}

/** The bursts that still have names in the session, for the presenter's screens. */
export function burstViews(
	bursts: readonly JoinBurst[],
	participants: readonly { id: string; nickname: string; removed: boolean }[]
): BurstView[] {
	if (bursts.length === 0) return [];
	const present = new Map(participants.filter((p) => !p.removed).map((p) => [p.id, p.nickname]));
	const views: BurstView[] = [];
	for (const b of bursts) {
		const nicknames = b.participantIds.flatMap((id) => (present.has(id) ? [present.get(id)!] : []));
		if (nicknames.length)
			views.push({
				id: b.id,
				startedAtMs: b.startedAtMs,
				count: nicknames.length,
				sample: nicknames.slice(0, 8)
			});
	}
	return views;
}
