import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';

/** The responsibility matrix, its versions, named groups and my responsibilities (issue 9). */
export function responsibilityRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async (_app) => {};
}
