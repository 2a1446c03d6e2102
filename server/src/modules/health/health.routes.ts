import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.js';
import { errorResponses } from '../../lib/route-schemas.js';

export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { public: true },
        schema: {
          tags: ['health'],
          summary: 'Is the app up and its database reachable?',
          response: { 200: z.object({ status: z.literal('ok') }), ...errorResponses() },
        },
      },
      async () => {
        await sql`select 1`.execute(ctx.db.kysely);
        return { status: 'ok' as const };
      },
    );
  };
}
