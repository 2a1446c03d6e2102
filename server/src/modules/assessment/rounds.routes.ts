import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateRoundSchema,
  RemindersSentSchema,
  RoundListSchema,
  RoundSummarySchema,
  UpdateRoundSchema,
} from '../../../../core/schemas/assessment.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { AssessmentAbilities } from './assessment.policy.js';
import { createRound } from './rounds.create.js';
import * as rounds from './rounds.service.js';
import { settingsRoutes } from './settings.routes.js';

const tags = ['assessment'];

/**
 * Rounds of the assessment: open, change, close and remind (administrators; facilitators for
 * their cohorts' rounds, else 403 `not_round_manager`), and see every round of the organisation
 * as counts only (administrators, observers and facilitators). Another organisation's round is
 * 404. Individual answers have no route but a refusal.
 */
export function roundRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(settingsRoutes(ctx));

    app.get(
      '/api/assessment/rounds',
      {
        schema: {
          tags,
          summary:
            'Every round of the organisation, newest first, with how many are invited and have answered (counts only)',
          response: { 200: RoundListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.view);
        return rounds.listRounds(ctx, actor);
      },
    );

    app.post(
      '/api/assessment/rounds',
      {
        schema: {
          tags,
          summary:
            'Open a round for a cohort or (administrators) a group of leaders; 409 `too_few_invited` under k people',
          body: CreateRoundSchema,
          response: { 201: RoundSummarySchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.manage);
        return reply.status(201).send(await createRound(ctx, actor, request.body));
      },
    );

    app.get(
      '/api/assessment/rounds/:id',
      {
        schema: {
          tags,
          summary: 'One round (counts only)',
          params: IdParamsSchema,
          response: { 200: RoundSummarySchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.view);
        return rounds.getRound(ctx, actor, request.params.id);
      },
    );

    app.patch(
      '/api/assessment/rounds/:id',
      {
        schema: {
          tags,
          summary:
            'Change name and close date until the round closes (409 `round_closed`), the open date until it opens (409 `round_open`)',
          params: IdParamsSchema,
          body: UpdateRoundSchema,
          response: { 200: RoundSummarySchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.manage);
        return rounds.updateRound(ctx, actor, request.params.id, request.body);
      },
    );

    app.delete(
      '/api/assessment/rounds/:id',
      {
        schema: {
          tags,
          summary: 'Delete a round that has not opened (409 `round_not_scheduled` otherwise)',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.manage);
        await rounds.deleteRound(ctx, actor, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/assessment/rounds/:id/close',
      {
        schema: {
          tags,
          summary: 'Close an open round now: answers become anonymous and the results are computed once',
          params: IdParamsSchema,
          response: { 200: RoundSummarySchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.manage);
        return rounds.closeRoundNow(ctx, actor, request.params.id);
      },
    );

    app.post(
      '/api/assessment/rounds/:id/reminders',
      {
        schema: {
          tags,
          summary:
            'E-mail everyone invited (answered or not: who answered is never singled out); open rounds, at most once a day (409 `reminder_too_soon`)',
          params: IdParamsSchema,
          response: { 200: RemindersSentSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.manage);
        return rounds.remindNow(ctx, actor, request.params.id);
      },
    );

    app.get(
      '/api/assessment/rounds/:id/responses',
      {
        schema: {
          tags,
          summary:
            'Always refused (403 `raw_answers_refused`): individual answers are never handed out; see the results for groups of at least k',
          params: IdParamsSchema,
          response: errorResponses(401, 403, 404),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.view);
        return rounds.refuseRawAnswers(ctx, actor, request.params.id);
      },
    );
  };
}
