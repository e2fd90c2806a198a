import { z } from 'zod';
import { defineHandler } from '../define';

/** Tells a client who the server takes it for; any connection may ask. */
export const whoami = defineHandler({
	schema: z.object({}).strict(),
	allow: () => true,
	run: async (_input, socket) => socket.data.identity
});
