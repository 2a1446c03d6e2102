import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import { UpdateRolesSchema, UserListSchema, UserSchema } from '../../../../core/schemas/users.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { UserAbilities } from './users.policy.js';
import * as users from './users.service.js';

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users',
      {
        schema: {
          tags: ['users'],
          summary: 'The organisation’s users',
          response: { 200: UserListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        return { items: await users.listUsers(ctx, actor) };
      },
    );

    app.put(
      '/api/users/:id/roles',
      {
        schema: {
          tags: ['users'],
          summary: 'Change a user’s roles in this organisation',
          params: IdParamsSchema,
          body: UpdateRolesSchema,
          response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        return users.updateRoles(ctx, actor, request.params.id, request.body.roles);
      },
    );

    app.post(
      '/api/users/:id/deactivate',
      {
        schema: {
          tags: ['users'],
          summary: 'Deactivate a user in this organisation (ends their sessions here)',
          params: IdParamsSchema,
          response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        return users.deactivateUser(ctx, actor, request.params.id);
      },
    );

    app.post(
      '/api/users/:id/reactivate',
      {
        schema: {
          tags: ['users'],
          summary: 'Reactivate a deactivated user',
          params: IdParamsSchema,
          response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        return users.reactivateUser(ctx, actor, request.params.id);
      },
    );
  };
}
