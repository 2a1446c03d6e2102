import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';

/** Import of units and people (CSV and OS2mo JSON): dry run, then confirm. */
export function importRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
