import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EmbedOriginsBodySchema, EmbedOriginsSchema } from '../../../../core/schemas/embedding.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { EmbeddingAbilities } from './embedding.policy.js';
import * as embedding from './embedding.service.js';

/** The web sites that may show registration for the organisation's events (administrators). */
export function embeddingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/organisations/current/embed-origins',
      {
        schema: {
          tags: ['organisation'],
          summary: 'The web sites (origins) allowed to call the public event API from a browser',
          response: { 200: EmbedOriginsSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, EmbeddingAbilities.configure);
        return embedding.getOrigins(ctx, actor);
      },
    );

    app.put(
      '/api/organisations/current/embed-origins',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Replace the list of web sites (https://host[:port]); takes effect at once',
          body: EmbedOriginsBodySchema,
          response: { 200: EmbedOriginsSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, EmbeddingAbilities.configure);
        return embedding.replaceOrigins(ctx, actor, request.body);
      },
    );
  };
}
