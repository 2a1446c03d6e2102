import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, IdSchema } from '../../../../core/schemas/common.js';
import {
  NarrativeDiffSchema,
  NarrativeReadingSchema,
  NarrativeVersionSchema,
  PublishNarrativeSchema,
  SaveNarrativeSchema,
} from '../../../../core/schemas/narrative.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { NarrativeAbilities } from './narrative.policy.js';
import * as narrative from './narrative.service.js';
import { questionRoutes } from './questions.routes.js';

const tags = ['narrative'];
const VERSIONS = '/api/narrative/versions';
/** Leave `against` out to compare with the version before. */
const DiffQuerySchema = z.strictObject({ against: IdSchema.optional() });

/** The base narrative, its versions and leaders' questions (issue 9). */
export function narrativeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/narrative',
      {
        schema: {
          tags,
          summary:
            'The published narrative and the questions the reader may see (never who asked); administrators also get the draft and every version',
          response: { 200: NarrativeReadingSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.read);
        return narrative.getReading(ctx, actor);
      },
    );

    app.get(
      `${VERSIONS}/:id`,
      {
        schema: {
          tags,
          summary: 'One version whole; only administrators see a draft',
          params: IdParamsSchema,
          response: { 200: NarrativeVersionSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.read);
        return narrative.getVersion(ctx, actor, request.params.id);
      },
    );

    app.post(
      VERSIONS,
      {
        schema: {
          tags,
          summary:
            'Make a draft from the newest version (or an empty narrative); one at a time (409 `draft_exists`)',
          response: { 201: NarrativeVersionSchema, ...errorResponses(401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.manage);
        return reply.status(201).send(await narrative.createDraft(ctx, actor));
      },
    );

    app.put(
      `${VERSIONS}/:id`,
      {
        schema: {
          tags,
          summary:
            'Save the draft whole, naming the revision it was loaded at (409 `stale_edit` when someone saved since)',
          params: IdParamsSchema,
          body: SaveNarrativeSchema,
          response: { 200: NarrativeVersionSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.manage);
        return narrative.saveDraft(ctx, actor, request.params.id, request.body);
      },
    );

    app.delete(
      `${VERSIONS}/:id`,
      {
        schema: {
          tags,
          summary: 'Delete the draft (a published version stays: 409 `version_published`)',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.manage);
        await narrative.deleteDraft(ctx, actor, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      `${VERSIONS}/:id/publish`,
      {
        schema: {
          tags,
          summary:
            'Publish the draft as it stood at `revision`: read-only from now on, and what everybody reads (409 `stale_edit` when someone saved since, `narrative_empty` without parts)',
          params: IdParamsSchema,
          body: PublishNarrativeSchema,
          response: { 200: NarrativeVersionSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.manage);
        return narrative.publishDraft(ctx, actor, request.params.id, request.body.revision);
      },
    );

    app.get(
      `${VERSIONS}/:id/diff`,
      {
        schema: {
          tags,
          summary:
            'What changed by part, from `against` (default: the version before; 404 `no_earlier_version` when there is none) to this version',
          params: IdParamsSchema,
          querystring: DiffQuerySchema,
          response: { 200: NarrativeDiffSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.manage);
        return narrative.diff(ctx, actor, request.params.id, request.query.against);
      },
    );

    await app.register(questionRoutes(ctx));
  };
}
