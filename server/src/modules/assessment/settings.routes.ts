import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssessmentSettingsSchema,
  UpdateAssessmentSettingsSchema,
} from '../../../../core/schemas/assessment.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { AssessmentAbilities } from './assessment.policy.js';
import { getSettings, updateSettings } from './settings.service.js';

const tags = ['assessment'];

/** The organisation's k: the smallest group whose aggregated answers are shown. */
export function settingsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/assessment/settings',
      {
        schema: {
          tags,
          summary: 'The organisation’s k (results are shown only for groups of at least k) and its bounds',
          response: { 200: AssessmentSettingsSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.view);
        return getSettings(ctx.db.kysely, actor);
      },
    );

    app.put(
      '/api/assessment/settings',
      {
        schema: {
          tags,
          summary:
            'Set the organisation’s k (3–50): rounds made from now on keep it; a higher k also applies to open rounds when they close, a lower one never lowers theirs',
          body: UpdateAssessmentSettingsSchema,
          response: { 200: AssessmentSettingsSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.settings);
        return updateSettings(ctx, actor, request.body.k);
      },
    );
  };
}
