import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  LearningSetProposalSchema,
  LearningSetsSchema,
  ProposeLearningSetsSchema,
  SaveLearningSetsSchema,
} from '../../../../core/schemas/learning-sets.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { CohortAbilities } from '../cohorts/cohorts.policy.js';
import * as sets from './learning-sets.service.js';

const tags = ['learning-sets'];

/**
 * A cohort's learning sets, for those who run it: administrators, and the cohort's facilitators
 * (a facilitator of another cohort gets 404, as for the cohort itself; others 403).
 */
export function learningSetRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cohorts/:id/learning-sets/proposal',
      {
        schema: {
          tags,
          summary:
            'Propose sets of the current participants, mixing areas, fields and levels, never a manager with their report; writes nothing (409 when the rules make it impossible)',
          params: IdParamsSchema,
          body: ProposeLearningSetsSchema,
          response: { 200: LearningSetProposalSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return sets.proposeSets(ctx, actor, request.params.id, request.body);
      },
    );

    app.get(
      '/api/cohorts/:id/learning-sets',
      {
        schema: {
          tags,
          summary: 'The saved sets with their members and scores, and the participants in no set',
          params: IdParamsSchema,
          response: { 200: LearningSetsSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return sets.getSets(ctx, actor, request.params.id);
      },
    );

    app.put(
      '/api/cohorts/:id/learning-sets',
      {
        schema: {
          tags,
          summary:
            'Save the whole split, replacing the previous one (409 while locked, or with a manager and their report in one set)',
          params: IdParamsSchema,
          body: SaveLearningSetsSchema,
          response: { 200: LearningSetsSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return sets.saveSets(ctx, actor, request.params.id, request.body);
      },
    );

    app.post(
      '/api/cohorts/:id/learning-sets/lock',
      {
        schema: {
          tags,
          summary: 'Lock the saved sets against change (409 when none is saved)',
          params: IdParamsSchema,
          response: { 200: LearningSetsSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return sets.setLocked(ctx, actor, request.params.id, true);
      },
    );

    app.post(
      '/api/cohorts/:id/learning-sets/unlock',
      {
        schema: {
          tags,
          summary: 'Unlock the sets so they may change again',
          params: IdParamsSchema,
          response: { 200: LearningSetsSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return sets.setLocked(ctx, actor, request.params.id, false);
      },
    );
  };
}
