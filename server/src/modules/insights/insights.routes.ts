import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  CreateInsightSchema,
  InsightListSchema,
  InsightOptionsSchema,
  InsightQuerySchema,
  InsightSchema,
  InsightSourceQuerySchema,
  InsightSourceSchema,
  InsightVersionListSchema,
  UpdateInsightSchema,
} from '../../../../core/schemas/insights.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { createInsight, deleteInsight, updateInsight } from './insights.editing.js';
import { InsightAbilities } from './insights.policy.js';
import * as insights from './insights.service.js';

const tags = ['insights'];

/**
 * The insights library: every member reads what its visibility lets them see (an insight they may
 * not see is 404, as another organisation's is) and writes their own; only the author changes or
 * deletes one (403 for others who see it).
 */
export function insightRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/insights',
      {
        schema: {
          tags,
          summary:
            'Insights the reader may see; `q` searches statement and tags in Danish (every word, any inflected form), best first; else newest first',
          querystring: InsightQuerySchema,
          response: { 200: InsightListSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InsightAbilities.use);
        return insights.listInsights(ctx, actor, request.query);
      },
    );

    app.post(
      '/api/insights',
      {
        schema: {
          tags,
          summary:
            'Write an insight, from scratch or from my own journal entry or project, or a meeting of my learning set',
          body: CreateInsightSchema,
          response: { 201: InsightSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, InsightAbilities.use);
        return reply.status(201).send(await createInsight(ctx, actor, request.body));
      },
    );

    app.get(
      '/api/insights/options',
      {
        schema: {
          tags,
          summary: 'Focus areas, fields and cohorts to filter by, and the cohorts I may share with',
          response: { 200: InsightOptionsSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InsightAbilities.use);
        return insights.getOptions(ctx, actor);
      },
    );

    app.get(
      '/api/insights/source',
      {
        schema: {
          tags,
          summary: 'A journal entry, project or meeting I may make an insight from, as the form shows it',
          querystring: InsightSourceQuerySchema,
          response: { 200: InsightSourceSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InsightAbilities.use);
        return insights.getSource(ctx, actor, request.query);
      },
    );

    app.get(
      '/api/insights/:id',
      {
        schema: {
          tags,
          summary: 'One insight I may see',
          params: IdParamsSchema,
          response: { 200: InsightSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InsightAbilities.use);
        return insights.getInsight(ctx, actor, request.params.id);
      },
    );

    app.patch(
      '/api/insights/:id',
      {
        schema: {
          tags,
          summary:
            'Change my insight (statement, tags, focus areas, field, visibility) as its next version; 409 `stale` when it changed since `version`',
          params: IdParamsSchema,
          body: UpdateInsightSchema,
          response: { 200: InsightSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InsightAbilities.use);
        return updateInsight(ctx, actor, request.params.id, request.body);
      },
    );

    app.delete(
      '/api/insights/:id',
      {
        schema: {
          tags,
          summary: 'Delete my insight and its history',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, InsightAbilities.use);
        await deleteInsight(ctx, actor, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/insights/:id/versions',
      {
        schema: {
          tags,
          summary: 'The saved versions, newest first (others see only the versions shared with them)',
          params: IdParamsSchema,
          response: { 200: InsightVersionListSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InsightAbilities.use);
        return insights.listVersions(ctx, actor, request.params.id);
      },
    );
  };
}
