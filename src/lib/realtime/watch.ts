import type { AppClientSocket } from './client';
import type { Ack } from './events';

/**
 * For the live dashboards (Boef in de Wijk, Houd u de boef tegen?): rooms do not survive a
 * reconnect, so the dashboard asks to watch again on every connect. `send` emits the watch
 * event; its answer is the whole view, or the server's translated refusal as the problem
 * (cleared again by the next view).
 */
export function watchOnConnect<V>(
	socket: AppClientSocket,
	send: (ack: (answer: Ack<V>) => void) => void,
	on: { view: (view: V) => void; problem: (message: string | null) => void }
) {
	socket.on('connect', () =>
		send((ack) => {
			if (ack.ok) {
				on.problem(null);
				on.view(ack.data);
			} else on.problem(ack.error.message);
		})
	);
}
