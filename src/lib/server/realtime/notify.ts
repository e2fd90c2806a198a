import type { AuthEndReason } from '$lib/realtime/events';
import { bridge } from './bridge';
import { rooms } from './rooms';

/**
 * Tells the sockets of ended login sessions why, then disconnects them. Works across
 * instances once a socket.io adapter (Redis) is configured, because it goes through rooms.
 */
export function endAuthSessions(authSessionIds: readonly string[], reason: AuthEndReason): void {
	const io = bridge().io;
	if (!io || authSessionIds.length === 0) return;
	for (const id of authSessionIds) {
		const room = rooms.authSession(id);
		io.to(room).emit('auth:ended', { reason });
		io.in(room).disconnectSockets(true);
	}
}
