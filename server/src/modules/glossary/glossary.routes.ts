import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';

/** The glossary and readability targets and report (issue 9). */
export function glossaryRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async (_app) => {};
}
