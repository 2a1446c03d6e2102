import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActionLearningOverviewSchema } from '../../../../core/schemas/action-learning-overview.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { CohortAbilities } from '../cohorts/cohorts.policy.js';
import { actionLearningOverview } from './overview.service.js';

const tags = ['action-learning'];

/**
 * The facilitator's action-learning overview. Facilitators of the cohort see everyone, the
 * facilitator of a learning set their set; an administrator who is neither gets 403 (the counts
 * are in the cohort overview), observers and participants 403 (see overview.service.ts).
 */
export function actionLearningOverviewRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/cohorts/:id/action-learning',
      {
        schema: {
          tags,
          summary:
            'Per participant: set, project status, when they last wrote in the journal (never what), attendance, and who has gone quiet',
          params: IdParamsSchema,
          response: { 200: ActionLearningOverviewSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, CohortAbilities.run);
        return actionLearningOverview(ctx, actor, request.params.id);
      },
    );
  };
}
