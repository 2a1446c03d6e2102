import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CohortOverviewSchema } from '../../../../core/schemas/cohort-overview.js';
import {
  AddParticipantsResSchema,
  AddParticipantsSchema,
  CohortAttendanceSchema,
  CohortListSchema,
  CohortSchema,
  CreateCohortSchema,
  EnrolmentPreviewResSchema,
  EnrolmentPreviewSchema,
  ParticipantListSchema,
  ParticipantParamsSchema,
  ParticipantQuerySchema,
  ParticipantSchema,
  UpdateCohortSchema,
} from '../../../../core/schemas/cohorts.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { cohortAttendance } from './activities.service.js';
import { CohortAbilities } from './cohorts.policy.js';
import * as cohorts from './cohorts.service.js';
import { cohortOverview } from './overview.service.js';

const tags = ['cohorts'];

/** Cohorts and their participants. Administrators: all cohorts; facilitators: the ones they run. */
export function cohortRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/cohorts',
      {
        schema: {
          tags,
          summary: 'Cohorts the caller runs (administrators and observers: all), newest period first',
          response: { 200: CohortListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.view);
        return { items: await cohorts.listCohorts(ctx, actor) };
      },
    );

    app.post(
      '/api/cohorts',
      {
        schema: {
          tags,
          summary: 'Start a cohort from a published programme version (409 for a draft or archived one)',
          body: CreateCohortSchema,
          response: { 201: CohortSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return reply.status(201).send(await cohorts.createCohort(ctx, actor, request.body));
      },
    );

    app.get(
      '/api/cohorts/:id',
      {
        schema: {
          tags,
          summary: 'One cohort',
          params: IdParamsSchema,
          response: { 200: CohortSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.view);
        return cohorts.getCohort(ctx, actor, request.params.id);
      },
    );

    app.put(
      '/api/cohorts/:id',
      {
        schema: {
          tags,
          summary: "Change a cohort's name, period and facilitators",
          params: IdParamsSchema,
          body: UpdateCohortSchema,
          response: { 200: CohortSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return cohorts.updateCohort(ctx, actor, request.params.id, request.body);
      },
    );

    app.post(
      '/api/cohorts/:id/participants/preview',
      {
        schema: {
          tags,
          summary: 'Who the people filter would add, and who is already enrolled (changes nothing)',
          params: IdParamsSchema,
          body: EnrolmentPreviewSchema,
          response: { 200: EnrolmentPreviewResSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return cohorts.previewEnrolment(ctx, actor, request.params.id, request.body);
      },
    );

    app.post(
      '/api/cohorts/:id/participants',
      {
        schema: {
          tags,
          summary: 'Enrol people by id (as confirmed after the preview); removed ones come back',
          params: IdParamsSchema,
          body: AddParticipantsSchema,
          response: { 200: AddParticipantsResSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return cohorts.addParticipants(ctx, actor, request.params.id, request.body);
      },
    );

    app.get(
      '/api/cohorts/:id/participants',
      {
        schema: {
          tags,
          summary: 'Participants with unit and level, by name',
          params: IdParamsSchema,
          querystring: ParticipantQuerySchema,
          response: { 200: ParticipantListSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return cohorts.listParticipants(
          ctx,
          actor,
          request.params.id,
          request.query.includeRemoved === 'true',
        );
      },
    );

    app.post(
      '/api/cohorts/:id/participants/:personId/remove',
      {
        schema: {
          tags,
          summary: 'Remove a participant; their attendance history stays',
          params: ParticipantParamsSchema,
          response: { 200: ParticipantSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return cohorts.removeParticipant(ctx, actor, request.params.id, request.params.personId);
      },
    );

    app.get(
      '/api/cohorts/:id/attendance',
      {
        schema: {
          tags,
          summary:
            'Attendance over the activities that have begun: per participant (with two absences in a row) and per activity',
          params: IdParamsSchema,
          response: { 200: CohortAttendanceSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return cohortAttendance(ctx, actor, request.params.id);
      },
    );

    app.get(
      '/api/cohorts/:id/overview',
      {
        schema: {
          tags,
          summary:
            'Enrolment by area and level, attendance per activity, two absences in a row; observers get counts only, small groups withheld',
          params: IdParamsSchema,
          response: { 200: CohortOverviewSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.view);
        return cohortOverview(ctx, actor, request.params.id);
      },
    );
  };
}
