import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  CheckInBodySchema,
  CheckInResultSchema,
  EventBodySchema,
  EventListSchema,
  EventMessageBodySchema,
  EventMessageSentSchema,
  EventSchema,
  PublishEventSchema,
  RegistrationListSchema,
} from '../../../../core/schemas/events.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { FILE_FORMATS, type FileFormat, tableFile } from '../../lib/table-file.js';
import { requireActor } from '../../plugins/auth.js';
import { EventAbilities } from './events.policy.js';
import * as events from './events.service.js';
import * as exports from './exports.service.js';
import * as lifecycle from './lifecycle.service.js';

const FORMAT_NAMES: Record<FileFormat, string> = {
  csv: 'CSV (Danish Excel)',
  xlsx: 'an XLSX workbook',
};

/** The organisation's events, for its administrators (facilitators may read). */
export function eventRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/events',
      {
        schema: {
          tags: ['events'],
          summary: 'The organisation’s events with their seat counts',
          response: { 200: EventListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, EventAbilities.read);
        return { items: await events.listEvents(ctx, actor) };
      },
    );

    app.post(
      '/api/events',
      {
        schema: {
          tags: ['events'],
          summary: 'Create an event (a draft until published)',
          body: EventBodySchema,
          response: { 201: EventSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, EventAbilities.manage);
        return reply.status(201).send(await events.createEvent(ctx, actor, request.body));
      },
    );

    app.get(
      '/api/events/:id',
      {
        schema: {
          tags: ['events'],
          summary: 'One event',
          params: IdParamsSchema,
          response: { 200: EventSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, EventAbilities.read);
        return events.getEvent(ctx, actor, request.params.id);
      },
    );

    app.put(
      '/api/events/:id',
      {
        schema: {
          tags: ['events'],
          summary: 'Change an event (capacity never below the seats taken)',
          params: IdParamsSchema,
          body: EventBodySchema,
          response: { 200: EventSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, EventAbilities.manage);
        return events.updateEvent(ctx, actor, request.params.id, request.body);
      },
    );

    app.post(
      '/api/events/:id/publish',
      {
        schema: {
          tags: ['events'],
          summary: 'Publish a draft: registration opens',
          params: IdParamsSchema,
          body: PublishEventSchema.optional(),
          response: { 200: EventSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, EventAbilities.manage);
        return events.publishEvent(ctx, actor, request.params.id, request.body?.visibility);
      },
    );

    app.get(
      '/api/events/:id/registrations',
      {
        schema: {
          tags: ['events'],
          summary: 'Registrations and the waiting list of an event (organisers only: holds dietary needs)',
          params: IdParamsSchema,
          response: { 200: RegistrationListSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, EventAbilities.read);
        return events.listRegistrations(ctx, actor, request.params.id);
      },
    );

    app.post(
      '/api/events/:id/check-ins',
      {
        schema: {
          tags: ['events'],
          summary: 'Check an attendee in by QR token or typed code (a second time says when the first was)',
          params: IdParamsSchema,
          body: CheckInBodySchema,
          response: { 200: CheckInResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, EventAbilities.read);
        return lifecycle.checkIn(ctx, actor, request.params.id, request.body);
      },
    );

    for (const [name, summary, build] of [
      ['registrations', 'Registrations and the waiting list', exports.registrationsTable],
      [
        'invoice-basis',
        'The invoice basis: buyer, EAN/CVR, reference, amounts ex/incl VAT per seat',
        exports.invoiceBasisTable,
      ],
    ] as const) {
      for (const format of FILE_FORMATS) {
        app.get(
          `/api/events/:id/${name}.${format}`,
          {
            schema: {
              tags: ['events'],
              summary: `${summary}, as ${FORMAT_NAMES[format]}`,
              params: IdParamsSchema,
              response: { 200: z.any().describe(FORMAT_NAMES[format]), ...errorResponses(401, 403, 404) },
            },
          },
          async (request, reply) => {
            const actor = requireActor(request);
            authorize(actor, EventAbilities.manage);
            const file = await tableFile(await build(ctx, actor, request.params.id), format);
            return reply
              .type(file.contentType)
              .header('content-disposition', `attachment; filename="${file.fileName}"`)
              .send(file.body);
          },
        );
      }
    }

    app.post(
      '/api/events/:id/messages',
      {
        schema: {
          tags: ['events'],
          summary: 'Send a message by e-mail to everyone registered (and, if chosen, the waiting list)',
          params: IdParamsSchema,
          body: EventMessageBodySchema,
          response: { 202: EventMessageSentSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, EventAbilities.manage);
        return reply
          .status(202)
          .send(await events.messageRegistrants(ctx, actor, request.params.id, request.body));
      },
    );
  };
}
