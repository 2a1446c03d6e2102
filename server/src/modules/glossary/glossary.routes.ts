import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  GlossarySchema,
  GlossaryTermBodySchema,
  GlossaryTermSchema,
  StarterAddedSchema,
} from '../../../../core/schemas/glossary.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { GlossaryAbilities } from './glossary.policy.js';
import * as glossary from './glossary.service.js';
import { readabilityRoutes } from './readability.routes.js';

const tags = ['glossary'];
const TERMS = '/api/glossary/terms';

/** The glossary and readability targets and report (issue 9). */
export function glossaryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/glossary',
      {
        schema: {
          tags,
          summary:
            "The organisation's glossary in Danish order, each term with the terms its explanation uses unexplained",
          response: { 200: GlossarySchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, GlossaryAbilities.read);
        return glossary.getGlossary(ctx, actor);
      },
    );

    app.post(
      TERMS,
      {
        schema: {
          tags,
          summary: 'Add a term; a term or variant already in the glossary (any case) is 409 `term_exists`',
          body: GlossaryTermBodySchema,
          response: { 201: GlossaryTermSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, GlossaryAbilities.edit);
        return reply.status(201).send(await glossary.createTerm(ctx, actor, request.body));
      },
    );

    app.put(
      `${TERMS}/:id`,
      {
        schema: {
          tags,
          summary: 'Change a term; a form taken by another term is 409 `term_exists`',
          params: IdParamsSchema,
          body: GlossaryTermBodySchema,
          response: { 200: GlossaryTermSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, GlossaryAbilities.edit);
        return glossary.updateTerm(ctx, actor, request.params.id, request.body);
      },
    );

    app.delete(
      `${TERMS}/:id`,
      {
        schema: {
          tags,
          summary: 'Delete a term',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, GlossaryAbilities.edit);
        await glossary.deleteTerm(ctx, actor, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/glossary/starter',
      {
        schema: {
          tags,
          summary:
            "Add the built-in starting terms the glossary lacks; the organisation's own stay as they are",
          response: { 200: StarterAddedSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, GlossaryAbilities.edit);
        return glossary.addStarter(ctx, actor);
      },
    );

    await app.register(readabilityRoutes(ctx));
  };
}
