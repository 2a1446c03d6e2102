import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcceptInvitationSchema,
  InvitationInfoSchema,
  MeSchema,
  TokenParamsSchema,
} from '../../../../core/schemas/auth.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import { SecondFactorChallengeSchema } from '../../../../core/schemas/second-factor.js';
import { InvitationListSchema, InvitationSchema, InviteSchema } from '../../../../core/schemas/users.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { startSession } from '../auth/auth.routes.js';
import { createLoginChallenge } from '../second-factor/second-factor.service.js';
import * as invitations from './invitations.service.js';
import { UserAbilities } from './users.policy.js';

export function invitationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/invitations',
      {
        schema: {
          tags: ['users'],
          summary: 'Invitations sent in this organisation',
          response: { 200: InvitationListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        return { items: await invitations.listInvitations(ctx, actor) };
      },
    );

    app.post(
      '/api/invitations',
      {
        schema: {
          tags: ['users'],
          summary: 'Invite a person by e-mail',
          body: InviteSchema,
          response: { 201: InvitationSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        return reply.status(201).send(await invitations.invite(ctx, actor, request.body));
      },
    );

    app.post(
      '/api/invitations/:id/revoke',
      {
        schema: {
          tags: ['users'],
          summary: 'Revoke a pending invitation',
          params: IdParamsSchema,
          response: { 200: InvitationSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        return invitations.revokeInvitation(ctx, actor, request.params.id);
      },
    );

    app.get(
      '/api/auth/invitations/:token',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'What an invitation link is for',
          params: TokenParamsSchema,
          response: { 200: InvitationInfoSchema, ...errorResponses(400, 410) },
        },
      },
      async (request) => invitations.describeInvitation(ctx, request.params.token),
    );

    app.post(
      '/api/auth/invitations/accept',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Accept an invitation and sign in',
          body: AcceptInvitationSchema,
          response: {
            200: z.union([MeSchema, SecondFactorChallengeSchema]),
            ...errorResponses(400, 401, 409, 410),
          },
        },
      },
      async (request, reply) => {
        const accepted = await invitations.acceptInvitation(ctx, request.body, request.ip);
        if (accepted.kind === 'second_factor') {
          return createLoginChallenge(ctx, accepted.userId, accepted.organisationId);
        }
        return startSession(ctx, request, reply, accepted.token);
      },
    );
  };
}
