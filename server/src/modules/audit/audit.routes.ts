import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditPageSchema, AuditQuerySchema } from '../../../../core/schemas/audit.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { AuditAbilities } from './audit.policy.js';
import * as audit from './audit.service.js';

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'The audit log: who changed what, when (newest first)',
          querystring: AuditQuerySchema,
          response: { 200: AuditPageSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, AuditAbilities.read);
        return audit.auditPage(ctx, actor, request.query);
      },
    );

    app.get(
      '/api/audit/export.csv',
      {
        schema: {
          tags: ['audit'],
          summary: 'The filtered audit log as CSV (Danish Excel: UTF-8 with BOM, semicolons)',
          querystring: AuditQuerySchema,
          response: { 200: z.string(), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, AuditAbilities.read);
        const csv = await audit.auditCsv(ctx, actor, request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="aktion-log.csv"')
          .send(csv);
      },
    );
  };
}
