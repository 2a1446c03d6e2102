import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  MeetingSchema,
  MyLearningSetsSchema,
  PlanMeetingSchema,
  SetMeetingsSchema,
  UpdateMeetingSchema,
} from '../../../../core/schemas/learning-set-meetings.js';
import { forbidden } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { authorize, type OrgActor } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { CohortAbilities } from '../cohorts/cohorts.policy.js';
import { listMeetings } from './meetings.read.js';
import * as meetings from './meetings.service.js';
import { myLearningSets } from './my-sets.service.js';

const tags = ['learning-sets'];

/**
 * Learning-set meetings, for those who run the set: administrators, the cohort's facilitators and
 * the set's own facilitator (anyone else with the facilitator role gets 404; participants and
 * observers 403). And a member's own view of their set, for any signed-in member.
 */
export function meetingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/learning-sets/:id/meetings',
      {
        schema: {
          tags,
          summary:
            "A set's meetings (with the facilitator's notes), its members, their projects and the plan",
          params: IdParamsSchema,
          response: { 200: SetMeetingsSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return listMeetings(ctx, actor, request.params.id);
      },
    );

    app.post(
      '/api/learning-sets/:id/meetings',
      {
        schema: {
          tags,
          summary:
            'Plan a meeting of the set: a time and place, or an activity of the cohort (which gives the time)',
          params: IdParamsSchema,
          body: PlanMeetingSchema,
          response: { 201: MeetingSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return reply
          .status(201)
          .send(await meetings.planMeeting(ctx, actor, request.params.id, request.body));
      },
    );

    app.patch(
      '/api/learning-set-meetings/:id',
      {
        schema: {
          tags,
          summary:
            'Record or change a meeting: time, who was there (members), whose projects, questions, next steps, notes; or move it to another set',
          params: IdParamsSchema,
          body: UpdateMeetingSchema,
          response: { 200: MeetingSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return meetings.updateMeeting(ctx, actor, request.params.id, request.body);
      },
    );

    app.delete(
      '/api/learning-set-meetings/:id',
      {
        schema: {
          tags,
          summary: 'Delete a meeting with what was recorded at it',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        await meetings.deleteMeeting(ctx, actor, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/my/learning-sets',
      {
        schema: {
          tags,
          summary:
            "My learning set in each current cohort: the others, the facilitator, and the meetings' questions and next steps (not the facilitator's notes)",
          response: { 200: MyLearningSetsSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        if (actor.organisationId === null) throw forbidden('no_organisation');
        return myLearningSets(ctx, actor as OrgActor);
      },
    );
  };
}
