import { isDatabaseUnavailable } from './db/errors';
import { AppError } from './errors';

/**
 * A write that outlives a database outage. An answer that arrived before its deadline must not
 * be lost because PostgreSQL was away for a minute: the server keeps the row and tries again
 * itself, while the phone hears at once "temporarily unavailable, will be sent again" and
 * resends with the same id (which joins the write already waiting here). Once the database is
 * back the row is written and the phone's next resend gets the ordinary acknowledgement.
 */
export interface OutageWrite<T> {
	/** Settles when the row is written, or with the error that made it give up. */
	readonly done: Promise<T>;
	/** Whether a try has failed because the database was away. */
	readonly waiting: boolean;
	/** Settles once the first try is over (written, failed, or waiting for the database). */
	readonly tried: Promise<void>;
	/** What a caller replies: the result, or `unavailable` once the database has been found away. */
	reply(): Promise<T>;
}

export interface OutageWriteOptions {
	/** Pause between tries while the database is away, ms. */
	retryMs?: number;
	/** Give up after this long, ms (the phone still holds the answer and resends it). */
	giveUpMs?: number;
	now?: () => number;
}

export function outageWrite<T>(
	write: () => Promise<T>,
	{ retryMs = 1000, giveUpMs = 15 * 60_000, now = Date.now }: OutageWriteOptions = {}
): OutageWrite<T> {
	const started = now();
	let waiting = false;
	let signalOutage!: () => void;
	const outage = new Promise<void>((resolve) => (signalOutage = resolve));
	let signalTried!: () => void;
	const tried = new Promise<void>((resolve) => (signalTried = resolve));

	const done = (async () => {
		for (;;) {
			try {
				return await write();
			} catch (err) {
				if (!isDatabaseUnavailable(err) || now() - started > giveUpMs) throw err;
				waiting = true;
				signalOutage();
				signalTried();
				await new Promise((r) => setTimeout(r, retryMs));
			}
		}
	})();
	// Nobody may be listening by the time a given-up write fails.
	done.then(signalTried, signalTried);

	const unavailable = () => Promise.reject(new AppError('error.unavailable', 503));
	return {
		done,
		get waiting() {
			return waiting;
		},
		tried,
		reply: () =>
			waiting ? Promise.race([done, unavailable()]) : Promise.race([done, outage.then(unavailable)])
	};
}
