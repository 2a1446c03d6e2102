import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ActivityAttendanceSchema,
  ActivityBodySchema,
  ActivityListSchema,
  ActivitySchema,
  DuplicateActivitySchema,
  MarkAttendanceSchema,
  UpdateActivitySchema,
} from '../../../../core/schemas/cohorts.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import * as activities from './activities.service.js';
import { CohortAbilities } from './cohorts.policy.js';

const tags = ['cohorts'];

/** A cohort's dated plan and the attendance of each activity. */
export function activityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/cohorts/:id/activities',
      {
        schema: {
          tags,
          summary: "The cohort's plan, in order of start",
          params: IdParamsSchema,
          response: { 200: ActivityListSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return activities.listActivities(ctx, actor, request.params.id);
      },
    );

    app.post(
      '/api/cohorts/:id/activities',
      {
        schema: {
          tags,
          summary:
            "Plan an activity of a module of the cohort's version (outside the period: saved, with a warning; with `signup`, participants sign up for its seats)",
          params: IdParamsSchema,
          body: ActivityBodySchema,
          response: { 201: ActivitySchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return reply
          .status(201)
          .send(await activities.createActivity(ctx, actor, request.params.id, request.body));
      },
    );

    app.get(
      '/api/activities/:id',
      {
        schema: {
          tags,
          summary: 'One activity',
          params: IdParamsSchema,
          response: { 200: ActivitySchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return activities.getActivity(ctx, actor, request.params.id);
      },
    );

    app.patch(
      '/api/activities/:id',
      {
        schema: {
          tags,
          summary:
            'Change or move an activity; its seats follow (409: fewer than are taken, or sign-up turned off while in use)',
          params: IdParamsSchema,
          body: UpdateActivitySchema,
          response: { 200: ActivitySchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return activities.updateActivity(ctx, actor, request.params.id, request.body);
      },
    );

    app.post(
      '/api/activities/:id/duplicate',
      {
        schema: {
          tags,
          summary: 'Copy an activity, at the same time or moved to `startsAt` (send `{}` for the same time)',
          params: IdParamsSchema,
          body: DuplicateActivitySchema,
          response: { 201: ActivitySchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return reply
          .status(201)
          .send(await activities.duplicateActivity(ctx, actor, request.params.id, request.body));
      },
    );

    app.get(
      '/api/activities/:id/attendance',
      {
        schema: {
          tags,
          summary: 'Every current participant with their mark for the activity, or none',
          params: IdParamsSchema,
          response: { 200: ActivityAttendanceSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return activities.getAttendance(ctx, actor, request.params.id);
      },
    );

    app.put(
      '/api/activities/:id/attendance',
      {
        schema: {
          tags,
          summary: 'Mark participants present or absent (with a reason); null takes a mark back',
          params: IdParamsSchema,
          body: MarkAttendanceSchema,
          response: { 200: ActivityAttendanceSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return activities.markAttendance(ctx, actor, request.params.id, request.body);
      },
    );
  };
}
