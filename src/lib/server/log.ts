import pino from 'pino';
import { config } from './config';

/**
 * Structured JSON logs on stdout. Never log personal data: no e-mail addresses, names,
 * IP addresses, tokens or positions. Log ids and counts instead.
 */
export const log = pino({
	level: config().LOG_LEVEL,
	base: { app: 'duizend-ogen' },
	redact: { paths: ['password', '*.password', 'token', '*.token', 'email', '*.email'], remove: true }
});
