import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  CreateUnitSchema,
  UnitListSchema,
  UnitQuerySchema,
  UnitSchema,
  UpdateUnitSchema,
} from '../../../../core/schemas/organisation.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { UnitAbilities } from './units.policy.js';
import * as units from './units.service.js';

export function unitRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/units',
      {
        schema: {
          tags: ['organisation'],
          summary: 'The unit tree as a flat list, parents before children',
          querystring: UnitQuerySchema,
          response: { 200: UnitListSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, UnitAbilities.read);
        return { items: await units.listUnits(ctx, actor, request.query.includeEnded === 'true') };
      },
    );

    app.get(
      '/api/units/export.csv',
      {
        schema: {
          tags: ['organisation'],
          summary: 'All units as CSV (Danish Excel)',
          response: { 200: z.string(), ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, UnitAbilities.read);
        const csv = await units.unitsCsv(ctx, actor);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="enheder.csv"')
          .send(csv);
      },
    );

    app.post(
      '/api/units',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Add a unit',
          body: CreateUnitSchema,
          response: { 201: UnitSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, UnitAbilities.manage);
        return reply.status(201).send(await units.createUnit(ctx, actor, request.body));
      },
    );

    app.patch(
      '/api/units/:id',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Change, move, end or reopen a unit',
          params: IdParamsSchema,
          body: UpdateUnitSchema,
          response: { 200: UnitSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, UnitAbilities.manage);
        return units.updateUnit(ctx, actor, request.params.id, request.body);
      },
    );
  };
}
