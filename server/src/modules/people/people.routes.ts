import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  CreateFieldSchema,
  CreatePersonSchema,
  FieldListSchema,
  FieldSchema,
  PeoplePageSchema,
  PeopleQuerySchema,
  PersonSchema,
  UpdateFieldSchema,
  UpdatePersonSchema,
} from '../../../../core/schemas/organisation.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import * as fields from './fields.service.js';
import { PeopleAbilities } from './people.policy.js';
import * as people from './people.service.js';

export function peopleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/people',
      {
        schema: {
          tags: ['organisation'],
          summary: 'People, filtered by unit (and the units below it), level, field and text',
          querystring: PeopleQuerySchema,
          response: { 200: PeoplePageSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, PeopleAbilities.read);
        return people.listPeople(ctx, actor, request.query);
      },
    );

    app.get(
      '/api/people/export.csv',
      {
        schema: {
          tags: ['organisation'],
          summary: 'The filtered people as CSV (Danish Excel)',
          querystring: PeopleQuerySchema,
          response: { 200: z.string(), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, PeopleAbilities.read);
        const csv = await people.peopleCsv(ctx, actor, request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="personer.csv"')
          .send(csv);
      },
    );

    app.get(
      '/api/people/:id',
      {
        schema: {
          tags: ['organisation'],
          summary: 'One person',
          params: IdParamsSchema,
          response: { 200: PersonSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, PeopleAbilities.read);
        return people.getPerson(ctx, actor, request.params.id);
      },
    );

    app.post(
      '/api/people',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Add a person',
          body: CreatePersonSchema,
          response: { 201: PersonSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, PeopleAbilities.manage);
        return reply.status(201).send(await people.createPerson(ctx, actor, request.body));
      },
    );

    app.patch(
      '/api/people/:id',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Change a person, link an account, or mark as left',
          params: IdParamsSchema,
          body: UpdatePersonSchema,
          response: { 200: PersonSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, PeopleAbilities.manage);
        return people.updatePerson(ctx, actor, request.params.id, request.body);
      },
    );

    app.get(
      '/api/fields',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Professional fields of the organisation',
          response: { 200: FieldListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, PeopleAbilities.read);
        return { items: await fields.listFields(ctx, actor) };
      },
    );

    app.post(
      '/api/fields',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Add a professional field',
          body: CreateFieldSchema,
          response: { 201: FieldSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, PeopleAbilities.manage);
        return reply.status(201).send(await fields.createField(ctx, actor, request.body));
      },
    );

    app.patch(
      '/api/fields/:id',
      {
        schema: {
          tags: ['organisation'],
          summary: 'Rename or archive a professional field',
          params: IdParamsSchema,
          body: UpdateFieldSchema,
          response: { 200: FieldSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, PeopleAbilities.manage);
        return fields.updateField(ctx, actor, request.params.id, request.body);
      },
    );
  };
}
