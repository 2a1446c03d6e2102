import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  ResponsibilityGroupBodySchema,
  ResponsibilityGroupSchema,
} from '../../../../core/schemas/responsibilities.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import * as groups from './groups.service.js';
import { ResponsibilityAbilities } from './responsibilities.policy.js';

const tags = ['responsibilities'];
const GROUPS = '/api/responsibilities/groups';

/** Named groups a matrix column can stand for (the MED committee, a steering group). */
export function groupRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      GROUPS,
      {
        schema: {
          tags,
          summary: "The organisation's named groups by name, each with its members",
          response: {
            200: z.object({ items: z.array(ResponsibilityGroupSchema) }),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.manage);
        return { items: await groups.listGroups(ctx, actor) };
      },
    );

    app.post(
      GROUPS,
      {
        schema: {
          tags,
          summary:
            "Make a named group of the organisation's persons; a name already taken (any case) is 409 `group_exists`",
          body: ResponsibilityGroupBodySchema,
          response: { 201: ResponsibilityGroupSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.manage);
        return reply.status(201).send(await groups.createGroup(ctx, actor, request.body));
      },
    );

    app.put(
      `${GROUPS}/:id`,
      {
        schema: {
          tags,
          summary: "Rename a group and set its members (the organisation's persons)",
          params: IdParamsSchema,
          body: ResponsibilityGroupBodySchema,
          response: { 200: ResponsibilityGroupSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.manage);
        return groups.updateGroup(ctx, actor, request.params.id, request.body);
      },
    );

    app.delete(
      `${GROUPS}/:id`,
      {
        schema: {
          tags,
          summary: 'Delete a group; columns linked to it then stand for nobody until linked again',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.manage);
        await groups.deleteGroup(ctx, actor, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
