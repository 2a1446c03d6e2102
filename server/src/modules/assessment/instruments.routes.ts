import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  InstrumentOverviewSchema,
  InstrumentVersionSchema,
  SaveOwnItemsSchema,
} from '../../../../core/schemas/assessment-instruments.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { InstrumentAbilities } from './instruments.policy.js';
import * as instruments from './instruments.service.js';

const tags = ['assessment'];
const VERSIONS = '/api/assessment/instrument/versions';

/** The organisation's versions of the instrument: draft, published (read-only), its own items. */
export function instrumentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/assessment/instrument',
      {
        schema: {
          tags,
          summary:
            "The built-in instrument (dimensions, statements, bands), the organisation's versions, and which one new rounds use",
          response: { 200: InstrumentOverviewSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InstrumentAbilities.read);
        return instruments.getOverview(ctx, actor);
      },
    );

    app.get(
      `${VERSIONS}/:id`,
      {
        schema: {
          tags,
          summary: "One version whole: the built-in statements and the organisation's own, per dimension",
          params: IdParamsSchema,
          response: { 200: InstrumentVersionSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InstrumentAbilities.read);
        return instruments.getVersion(ctx, actor, request.params.id);
      },
    );

    app.post(
      VERSIONS,
      {
        schema: {
          tags,
          summary:
            'Make a draft from the newest version (or the built-in instrument); one draft at a time (409 `draft_exists`)',
          response: { 201: InstrumentVersionSchema, ...errorResponses(401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, InstrumentAbilities.manage);
        return reply.status(201).send(await instruments.createDraft(ctx, actor));
      },
    );

    app.put(
      `${VERSIONS}/:id`,
      {
        schema: {
          tags,
          summary:
            "Replace a draft's own statements (keys made from the Danish text when left out); 409 `version_published` when published",
          params: IdParamsSchema,
          body: SaveOwnItemsSchema,
          response: { 200: InstrumentVersionSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InstrumentAbilities.manage);
        return instruments.saveDraft(ctx, actor, request.params.id, request.body);
      },
    );

    app.post(
      `${VERSIONS}/:id/publish`,
      {
        schema: {
          tags,
          summary: 'Publish the draft: read-only from now on; rounds opened from now on use it',
          params: IdParamsSchema,
          response: { 200: InstrumentVersionSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, InstrumentAbilities.manage);
        return instruments.publishDraft(ctx, actor, request.params.id);
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
        authorize(actor, InstrumentAbilities.manage);
        await instruments.deleteDraft(ctx, actor, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
