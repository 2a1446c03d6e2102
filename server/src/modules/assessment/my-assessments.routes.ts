import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MyAnsweringSchema,
  MyAssessmentsSchema,
  ProfileSchema,
  SaveAnswersSchema,
  SharedProfilesSchema,
  ShareProfileSchema,
} from '../../../../core/schemas/assessment.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import type { AppContext } from '../../lib/context.js';
import { authorize, member } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { AssessmentAbilities } from './assessment.policy.js';
import * as my from './my-assessments.service.js';
import { sharedProfilesOfRound } from './shared-profiles.service.js';

const tags = ['assessment'];

/**
 * A leader's own rounds, answers and private profile; profiles shared with the facilitators.
 * The profile is read by the person (these `/api/my/…` routes) and by facilitators only when
 * shared: no other route returns it, for any role (my-assessments.service.ts).
 */
export function myAssessmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/my/assessments',
      {
        schema: {
          tags,
          summary: 'The assessment rounds I am invited to, newest first, with how far I am in each',
          response: { 200: MyAssessmentsSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => my.listMine(ctx, member(requireActor(request))),
    );

    app.get(
      '/api/my/assessments/:id',
      {
        schema: {
          tags,
          summary: 'One round to answer: the statements and my saved answers (404 when not invited)',
          params: IdParamsSchema,
          response: { 200: MyAnsweringSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => my.answering(ctx, member(requireActor(request)), request.params.id),
    );

    app.put(
      '/api/my/assessments/:id/answers',
      {
        schema: {
          tags,
          summary:
            'Save and continue: merge answers into my draft (null clears one); 409 when the round is not open or I submitted',
          params: IdParamsSchema,
          body: SaveAnswersSchema,
          response: { 200: MyAnsweringSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => my.saveAnswers(ctx, member(requireActor(request)), request.params.id, request.body),
    );

    app.post(
      '/api/my/assessments/:id/submit',
      {
        schema: {
          tags,
          summary: 'Submit my answers (every statement answered, "ved ikke" counts) and get my profile',
          params: IdParamsSchema,
          response: { 200: ProfileSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => my.submit(ctx, member(requireActor(request)), request.params.id),
    );

    app.get(
      '/api/my/assessments/:id/profile',
      {
        schema: {
          tags,
          summary: 'My private profile of a round I submitted: scores, bands, change and reflections',
          params: IdParamsSchema,
          response: { 200: ProfileSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => my.myProfile(ctx, member(requireActor(request)), request.params.id),
    );

    app.put(
      '/api/my/assessments/:id/share',
      {
        schema: {
          tags,
          summary: 'Share my submitted profile with the facilitators, or withdraw it',
          params: IdParamsSchema,
          body: ShareProfileSchema,
          response: { 200: ProfileSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => my.share(ctx, member(requireActor(request)), request.params.id, request.body.shared),
    );

    app.get(
      '/api/assessment/rounds/:id/shared-profiles',
      {
        schema: {
          tags,
          summary: 'Profiles participants shared with me as their facilitator (only those shared)',
          params: IdParamsSchema,
          response: { 200: SharedProfilesSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.view);
        return sharedProfilesOfRound(ctx, actor, request.params.id);
      },
    );
  };
}
