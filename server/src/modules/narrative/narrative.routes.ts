import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';

/** The base narrative, its versions and leaders' questions (issue 9). */
export function narrativeRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async (_app) => {};
}
