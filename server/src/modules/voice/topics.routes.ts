import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';

/** Employee voice (issue 10): to be filled. */
export function voiceTopicsRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async (_app) => {};
}
