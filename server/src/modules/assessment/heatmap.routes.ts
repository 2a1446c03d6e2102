import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HeatmapQuerySchema, HeatmapSchema } from '../../../../core/schemas/assessment.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { FILE_FORMATS, type FileFormat, tableFile } from '../../lib/table-file.js';
import { requireActor } from '../../plugins/auth.js';
import { AssessmentAbilities } from './assessment.policy.js';
import * as heatmaps from './heatmap.service.js';

const tags = ['assessment'];
const FORMAT_NAMES: Record<FileFormat, string> = {
  csv: 'CSV (Danish Excel)',
  xlsx: 'an XLSX workbook',
};
const RULES =
  'only what the round released when it closed (groups under k and groups that would reveal a smaller one are marked, never counted); `filter` must be one of the round’s own filters; `compare` another closed round';

/**
 * Released aggregates of closed rounds: the heatmap by breakdown, within the round's fixed filters,
 * with change against another closed round, and the same as CSV or XLSX. Administrators,
 * observers and facilitators see every round of the organisation (another organisation's: 404);
 * participants and employees 403.
 */
export function heatmapRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/assessment/rounds/:id/heatmap',
      {
        schema: {
          tags,
          summary: `Heatmap of a closed round: dimensions by unit, level, field or unit × level; ${RULES}`,
          params: IdParamsSchema,
          querystring: HeatmapQuerySchema,
          response: { 200: HeatmapSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AssessmentAbilities.view);
        return heatmaps.getHeatmap(ctx, actor, request.params.id, request.query);
      },
    );

    for (const format of FILE_FORMATS) {
      app.get(
        `/api/assessment/rounds/:id/heatmap.${format}`,
        {
          schema: {
            tags,
            summary: `The heatmap of a closed round as ${FORMAT_NAMES[format]}, under the same rules: ${RULES}`,
            params: IdParamsSchema,
            querystring: HeatmapQuerySchema,
            response: {
              200: z.any().describe(FORMAT_NAMES[format]),
              ...errorResponses(400, 401, 403, 404, 409),
            },
          },
        },
        async (request, reply) => {
          const actor = requireActor(request);
          authorize(actor, AssessmentAbilities.view);
          const table = await heatmaps.heatmapTable(ctx, actor, request.params.id, request.query);
          const file = await tableFile(table, format);
          return reply
            .type(file.contentType)
            .header('content-disposition', `attachment; filename="${file.fileName}"`)
            .send(file.body);
        },
      );
    }
  };
}
