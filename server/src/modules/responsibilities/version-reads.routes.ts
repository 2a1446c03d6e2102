import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, IdSchema } from '../../../../core/schemas/common.js';
import { MatrixDiffSchema, MyResponsibilitiesSchema } from '../../../../core/schemas/responsibilities.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.js';
import { requireActor } from '../../plugins/auth.js';
import { matrixWorkbook } from './export.js';
import { myResponsibilities } from './mine.service.js';
import { ResponsibilityAbilities } from './responsibilities.policy.js';
import { diffVersions } from './responsibilities.service.js';

const tags = ['responsibilities'];
const VERSIONS = '/api/responsibilities/versions';

const DiffQuerySchema = z.strictObject({ against: IdSchema.optional() });

/** Reading the matrix in other shapes: my own tasks, the changes between versions, an XLSX file. */
export function versionReadRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/responsibilities/mine',
      {
        schema: {
          tags,
          summary:
            "The published matrix's tasks where a column I belong to (by level, unit or group) is R or A, with whom to consult and inform",
          response: { 200: MyResponsibilitiesSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.read);
        return myResponsibilities(ctx, actor);
      },
    );

    app.get(
      `${VERSIONS}/:id/diff`,
      {
        schema: {
          tags,
          summary:
            'What changed from `against` (default: the version before; 404 when there is none) to this version: columns, tasks and letters',
          params: IdParamsSchema,
          querystring: DiffQuerySchema,
          response: { 200: MatrixDiffSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.manage);
        return diffVersions(ctx, actor, request.params.id, request.query.against);
      },
    );

    app.get(
      `${VERSIONS}/:id/export.xlsx`,
      {
        schema: {
          tags,
          summary:
            'A version as an XLSX workbook: the matrix, and what R, A, C and I mean; a draft only for managers (404 for others)',
          params: IdParamsSchema,
          response: { 200: z.any().describe('an XLSX workbook'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, ResponsibilityAbilities.read);
        const file = await matrixWorkbook(ctx, actor, request.params.id);
        return reply
          .type(XLSX_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.body);
      },
    );
  };
}
