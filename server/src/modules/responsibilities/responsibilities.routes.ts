import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  MatrixOverviewSchema,
  MatrixVersionSchema,
  PublishVersionSchema,
  SaveMatrixSchema,
} from '../../../../core/schemas/responsibilities.js';
import type { AppContext } from '../../lib/context.js';
import type { DocumentRaceHooks } from '../../lib/document-versions.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { groupRoutes } from './groups.routes.js';
import { ResponsibilityAbilities } from './responsibilities.policy.js';
import * as matrices from './responsibilities.service.js';
import { versionReadRoutes } from './version-reads.routes.js';

const tags = ['responsibilities'];
const VERSIONS = '/api/responsibilities/versions';

/**
 * The responsibility matrix, its versions, named groups and my responsibilities (issue 9).
 * `race` is test-only (lib/document-versions.ts): the lost-update control test, and a pause that
 * lets parallel publishes meet.
 */
export function responsibilityRoutes(ctx: AppContext, race?: DocumentRaceHooks): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/responsibilities',
      {
        schema: {
          tags,
          summary:
            'The newest published matrix (what everybody sees), with its validation; for managers also the draft and every version',
          response: { 200: MatrixOverviewSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.read);
        return matrices.getOverview(ctx, actor);
      },
    );

    app.post(
      VERSIONS,
      {
        schema: {
          tags,
          summary:
            'Make a draft from the newest version, or the first time from the built-in starting matrix; one draft at a time (409 `draft_exists`)',
          response: { 201: MatrixVersionSchema, ...errorResponses(401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.manage);
        return reply.status(201).send(await matrices.createDraft(ctx, actor));
      },
    );

    app.get(
      `${VERSIONS}/:id`,
      {
        schema: {
          tags,
          summary: 'One version whole, with its validation; a draft only for managers (404 for others)',
          params: IdParamsSchema,
          response: { 200: MatrixVersionSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.read);
        return matrices.getVersion(ctx, actor, request.params.id);
      },
    );

    app.put(
      `${VERSIONS}/:id`,
      {
        schema: {
          tags,
          summary:
            'Save the draft whole; 409 `stale_edit` when someone saved since `revision`, `version_published` when published',
          params: IdParamsSchema,
          body: SaveMatrixSchema,
          response: { 200: MatrixVersionSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.manage);
        return matrices.saveDraft(ctx, actor, request.params.id, request.body, race);
      },
    );

    app.post(
      `${VERSIONS}/:id/publish`,
      {
        schema: {
          tags,
          summary:
            'Publish the draft as it stood at `revision` (read-only from now on); 409 `stale_edit` when someone saved since, `matrix_empty` without tasks or columns, `matrix_invalid` with the problems per task when a RACI rule is broken',
          params: IdParamsSchema,
          body: PublishVersionSchema,
          response: { 200: MatrixVersionSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.manage);
        return matrices.publishDraft(ctx, actor, request.params.id, request.body.revision, race);
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
        authorize(actor, ResponsibilityAbilities.manage);
        await matrices.deleteDraft(ctx, actor, request.params.id);
        return reply.code(204).send(null);
      },
    );

    await app.register(versionReadRoutes(ctx));
    await app.register(groupRoutes(ctx));
  };
}
