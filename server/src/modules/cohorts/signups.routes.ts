import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import { MySignupSchema } from '../../../../core/schemas/my-programme.js';
import type { AppContext } from '../../lib/context.js';
import { member } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import * as signups from './signups.service.js';

const tags = ['my-programme'];

/**
 * A participant's own sign-up for a date of their cohort with limited seats. Anyone who is not a
 * current participant of the activity's cohort gets 404; the seats are the events module's.
 */
export function signupRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/my/activities/:id/signup',
      {
        schema: {
          tags,
          summary:
            'Sign up for this date: a seat, else the waiting list; a seat gives up my places on other dates of the module',
          params: IdParamsSchema,
          response: { 200: MySignupSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => signups.signUp(ctx, member(requireActor(request)), request.params.id),
    );

    app.delete(
      '/api/my/activities/:id/signup',
      {
        schema: {
          tags,
          summary: 'Cancel my seat, offer or waiting place on this date (until it begins)',
          params: IdParamsSchema,
          response: { 200: MySignupSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => signups.cancelSignup(ctx, member(requireActor(request)), request.params.id),
    );

    app.post(
      '/api/my/activities/:id/signup/accept',
      {
        schema: {
          tags,
          summary:
            'Take the seat offered to me from the waiting list, while the offer holds; gives up my places on other dates of the module',
          params: IdParamsSchema,
          response: { 200: MySignupSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => signups.acceptOffer(ctx, member(requireActor(request)), request.params.id),
    );
  };
}
