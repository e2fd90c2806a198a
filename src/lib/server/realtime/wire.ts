import { isDatabaseUnavailable } from '$lib/server/db/errors';
import { log } from '$lib/server/log';
import { registerHandlers } from './bridge';
import type { AppSocket } from './define';
import * as burglary from './handlers/burglary';
import * as game from './handlers/game';
import * as quiz from './handlers/quiz';
import { whoami } from './handlers/system';
import { resolveConnection } from './identity';
import { rooms } from './rooms';

/**
 * Registers the socket handlers with the socket server (see bridge.ts). Called from SvelteKit's
 * init hook, so the handlers share SvelteKit's single database client. Safe to call again
 * after a dev reload: the new handlers replace the old ones for new connections.
 */
export function wireRealtime(): void {
	registerHandlers({
		authenticate(socket, next) {
			resolveConnection(socket.handshake.headers, socket.handshake.auth).then(
				(resolved) => {
					socket.data = resolved;
					next();
				},
				(err: unknown) => {
					// The client tries again by itself (client.ts) once the database is back.
					if (isDatabaseUnavailable(err)) {
						log.warn({ err }, 'socket handshake: database unavailable');
						return next(new Error('unavailable'));
					}
					log.error({ err }, 'socket handshake failed');
					next(new Error('internal'));
				}
			);
		},
		onConnection(raw) {
			const socket = raw as unknown as AppSocket;
			const { identity, authSessionId } = socket.data;
			if (identity.kind === 'account' && authSessionId) {
				void socket.join([rooms.authSession(authSessionId), rooms.account(identity.accountId)]);
			} else if (identity.kind === 'participant') {
				void socket.join(rooms.participant(identity.participantId));
			}
			// Events without a listener are ignored by socket.io; only these are handled.
			socket.on('system:whoami', whoami(socket));
			socket.on('quiz:join', quiz.join(socket));
			socket.on('quiz:answer', quiz.answer(socket));
			socket.on('quiz:sync', quiz.sync(socket));
			socket.on('quiz:watch', quiz.watch(socket));
			socket.on('quiz:command', quiz.command(socket));
			socket.on('quiz:remove', quiz.remove(socket));
			socket.on('quiz:removeBurst', quiz.removeBurst(socket));
			socket.on('game:join', game.join(socket));
			socket.on('game:sync', game.sync(socket));
			socket.on('game:report', game.report(socket));
			socket.on('game:find', game.find(socket));
			socket.on('game:watch', game.watch(socket));
			socket.on('game:command', game.command(socket));
			socket.on('game:clue', game.clue(socket));
			socket.on('game:review', game.review(socket));
			socket.on('game:removeBurst', game.removeBurst(socket));
			socket.on('boef:position', burglary.position(socket));
			socket.on('boef:sync', burglary.boefSync(socket));
			socket.on('burglary:watch', burglary.watch(socket));
			socket.on('burglary:command', burglary.command(socket));
			socket.on('burglary:call', burglary.call(socket));
			socket.on('burglary:prevention', burglary.prevention(socket));
			socket.on('burglary:report', burglary.report(socket));
			quiz
				.participantConnected(socket)
				.catch((err: unknown) => log.error({ err }, 'participant connect failed'));
			game.connected(socket).catch((err: unknown) => log.error({ err }, 'game connect failed'));
			burglary.connected(socket).catch((err: unknown) => log.error({ err }, 'campaign connect failed'));
			log.debug({ kind: identity.kind }, 'socket connected');
		}
	});
}
