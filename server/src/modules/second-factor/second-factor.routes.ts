import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  RecoveryCodesSchema,
  SecondFactorCodeBodySchema,
  SecondFactorEnrolmentSchema,
  SecondFactorStatusSchema,
} from '../../../../core/schemas/second-factor.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { UserAbilities } from '../users/users.policy.js';
import * as secondFactor from './second-factor.service.js';

/** My second factor (open before enrolment, so an administrator can set it up), and the administrator's reset. */
export function secondFactorRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const mine = { config: { beforeSecondFactor: true } } as const;

    app.get(
      '/api/me/second-factor',
      {
        ...mine,
        schema: {
          tags: ['me'],
          summary: 'Whether my second factor is on, and how many recovery codes are left',
          response: { 200: SecondFactorStatusSchema, ...errorResponses(401) },
        },
      },
      async (request) => secondFactor.status(ctx, requireActor(request)),
    );

    app.post(
      '/api/me/second-factor',
      {
        ...mine,
        schema: {
          tags: ['me'],
          summary: 'Start enrolling an authenticator app (a new secret and its QR code)',
          response: { 200: SecondFactorEnrolmentSchema, ...errorResponses(401, 403, 409) },
        },
      },
      async (request) => secondFactor.startEnrolment(ctx, requireActor(request)),
    );

    app.post(
      '/api/me/second-factor/confirm',
      {
        ...mine,
        schema: {
          tags: ['me'],
          summary: 'Confirm enrolment with the first code; answers the recovery codes, shown only once',
          body: SecondFactorCodeBodySchema,
          response: { 200: RecoveryCodesSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request) => ({
        recoveryCodes: await secondFactor.confirmEnrolment(ctx, requireActor(request), request.body.code),
      }),
    );

    app.post(
      '/api/me/second-factor/recovery-codes',
      {
        schema: {
          tags: ['me'],
          summary: 'New recovery codes (the old ones stop working); needs a current code',
          body: SecondFactorCodeBodySchema,
          response: { 200: RecoveryCodesSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => ({
        recoveryCodes: await secondFactor.regenerateRecoveryCodes(
          ctx,
          requireActor(request),
          request.body.code,
        ),
      }),
    );

    app.post(
      '/api/me/second-factor/disable',
      {
        schema: {
          tags: ['me'],
          summary:
            'Turn my second factor off; needs a current code (refused for administrators outside the demo)',
          body: SecondFactorCodeBodySchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        await secondFactor.disable(ctx, requireActor(request), request.body.code);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/users/:id/second-factor/reset',
      {
        schema: {
          tags: ['users'],
          summary: 'Remove a user’s second factor (a lost phone); ends their sessions',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        await secondFactor.resetForUser(ctx, actor, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
