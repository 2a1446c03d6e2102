import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ReadabilityReportQuerySchema,
  ReadabilityReportSchema,
  ReadabilityTargetsBodySchema,
  ReadabilityTargetsSchema,
} from '../../../../core/schemas/glossary.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { GlossaryAbilities } from './glossary.policy.js';
import * as readability from './readability.service.js';

const tags = ['glossary'];

/** LIX targets per kind of text and the report of the organisation's texts (issue 9). */
export function readabilityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/readability/targets',
      {
        schema: {
          tags,
          summary: "The LIX target of every kind of text: the organisation's own, else the default",
          response: { 200: ReadabilityTargetsSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, GlossaryAbilities.report);
        return readability.getTargets(ctx, actor);
      },
    );

    app.put(
      '/api/readability/targets',
      {
        schema: {
          tags,
          summary: 'Set LIX targets (20–70) for the kinds of text given; the others stay',
          body: ReadabilityTargetsBodySchema,
          response: { 200: ReadabilityTargetsSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, GlossaryAbilities.edit);
        return readability.saveTargets(ctx, actor, request.body);
      },
    );

    app.get(
      '/api/readability/report',
      {
        schema: {
          tags,
          summary:
            "The organisation's texts (narrative parts, programme modules, event descriptions, glossary explanations) scored, hardest first",
          querystring: ReadabilityReportQuerySchema,
          response: { 200: ReadabilityReportSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, GlossaryAbilities.report);
        return readability.getReport(ctx, actor, request.query);
      },
    );
  };
}
