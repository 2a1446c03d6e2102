import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { icalendar } from '../../../../core/ical.js';
import {
  EventSlugParamsSchema,
  ManagedRegistrationSchema,
  ManageTokenParamsSchema,
  PublicEventListSchema,
  PublicEventSchema,
  RegistrationBodySchema,
  RegistrationCreatedSchema,
  SubstituteBodySchema,
  SubstitutedSchema,
} from '../../../../core/schemas/events.js';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { checkAddressLimit } from '../auth/login-limits.js';
import { answerPreflight, registerEmbedCors } from '../embedding/cors.js';
import { eventToIcal, presentPublicEvent } from './events.presenter.js';
import * as repo from './events.repository.js';
import * as lifecycle from './lifecycle.service.js';
import { type RegistrationRaceHooks, register } from './registration.service.js';

/**
 * The public event API under /api/public (no session, no CSRF: other websites may embed it),
 * limited per client address (AKTION_PUBLIC_RATE_LIMIT per minute, counted in the database).
 * Routes marked `embed` answer CORS for the web sites an organisation lists (embedding/cors.ts);
 * the /registrations/:token routes serve Aktion's own pages and have none.
 */
export function publicEventRoutes(ctx: AppContext, raceHooks?: RegistrationRaceHooks): FastifyPluginAsyncZod {
  return async (app) => {
    registerEmbedCors(app, ctx);

    // Writes count against AKTION_PUBLIC_RATE_LIMIT; reads (pages, calendar feeds that poll, and
    // a browser's CORS preflight before a registration) get ten times as much, so a town hall
    // behind one address can still open the page.
    app.addHook('onRequest', async (request) => {
      const limit = ctx.config.publicRateLimit;
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
        await checkAddressLimit(ctx, 'public-read', request.ip, limit * 10);
      } else {
        await checkAddressLimit(ctx, 'public', request.ip, limit);
      }
    });

    app.get(
      '/api/public/events',
      {
        config: { public: true, embed: 'listing' },
        schema: {
          tags: ['public'],
          summary: 'Published public events that have not ended, soonest first',
          response: { 200: PublicEventListSchema, ...errorResponses(429) },
        },
      },
      async () => {
        const now = ctx.clock.now().toISOString();
        const rows = await repo.listOpenEvents(ctx.db.kysely, now, 'public');
        const seats = await repo.seatCountsOf(ctx.db.kysely, rows);
        return {
          items: rows.map((r) => presentPublicEvent(r, seats(r), now)),
        };
      },
    );

    app.get(
      '/api/public/events/:slug',
      {
        config: { public: true, embed: 'event' },
        schema: {
          tags: ['public'],
          summary: 'A published public event: price with VAT, terms, seats left',
          params: EventSlugParamsSchema,
          response: { 200: PublicEventSchema, ...errorResponses(404, 429) },
        },
      },
      async (request) => {
        const row = await repo.findEventBySlug(ctx.db.kysely, request.params.slug);
        if (row?.status !== 'published' || row.visibility !== 'public') throw notFound();
        return presentPublicEvent(
          row,
          await repo.seatCounts(ctx.db.kysely, row),
          ctx.clock.now().toISOString(),
        );
      },
    );

    app.post(
      '/api/public/events/:slug/registrations',
      {
        config: { public: true, embed: 'event' },
        schema: {
          tags: ['public'],
          summary: 'Register (confirmed, or on the waiting list when full); never more seats than there are',
          params: EventSlugParamsSchema,
          body: RegistrationBodySchema,
          response: { 201: RegistrationCreatedSchema, ...errorResponses(400, 404, 409, 429) },
        },
      },
      async (request, reply) => {
        const created = await register(ctx, request.params.slug, request.body, raceHooks);
        return reply.status(201).send(created);
      },
    );

    app.options(
      '/api/public/events/:slug/registrations',
      {
        config: { public: true, embed: 'event' },
        schema: {
          tags: ['public'],
          summary: 'CORS preflight: may a web site the organisation lists send a registration (JSON)?',
          params: EventSlugParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 429) },
        },
      },
      async (request, reply) => answerPreflight(ctx, request, reply),
    );

    app.get(
      '/api/public/registrations/:token',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: 'A registration seen through its private link: ticket, terms, what may be done',
          params: ManageTokenParamsSchema,
          response: { 200: ManagedRegistrationSchema, ...errorResponses(400, 410, 429) },
        },
      },
      async (request) => lifecycle.viewRegistration(ctx, request.params.token),
    );

    app.post(
      '/api/public/registrations/:token/substitute',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: 'Hand the seat to a colleague: same registration, new attendee, new ticket and link',
          params: ManageTokenParamsSchema,
          body: SubstituteBodySchema,
          response: { 200: SubstitutedSchema, ...errorResponses(400, 409, 410, 429) },
        },
      },
      async (request) => lifecycle.substitute(ctx, request.params.token, request.body),
    );

    app.post(
      '/api/public/registrations/:token/cancel',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: 'Cancel where the terms allow it; the seat goes to the waiting list',
          params: ManageTokenParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 409, 410, 429) },
        },
      },
      async (request, reply) => {
        await lifecycle.cancel(ctx, request.params.token);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/public/registrations/:token/accept',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: 'Accept a seat offered from the waiting list while the offer holds',
          params: ManageTokenParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 409, 410, 429) },
        },
      },
      async (request, reply) => {
        await lifecycle.accept(ctx, request.params.token);
        return reply.status(204).send(null);
      },
    );

    const toIcal = (row: repo.EventWithOrganisation) => eventToIcal(ctx.config.publicUrl, row);

    app.get(
      '/api/public/events.ics',
      {
        config: { public: true, embed: 'listing' },
        schema: {
          tags: ['public'],
          summary: 'The public events as an iCalendar feed (subscribe in Outlook or Google)',
          response: { 200: z.string(), ...errorResponses(429) },
        },
      },
      async (_request, reply) => {
        const rows = await repo.listOpenEvents(ctx.db.kysely, ctx.clock.now().toISOString(), 'public');
        return reply
          .type('text/calendar; charset=utf-8')
          .send(icalendar(rows.map(toIcal), 'Aktion – arrangementer'));
      },
    );

    app.get(
      '/api/public/events/:slug/calendar.ics',
      {
        config: { public: true, embed: 'event' },
        schema: {
          tags: ['public'],
          summary: 'One public event as an iCalendar file',
          params: EventSlugParamsSchema,
          response: { 200: z.string(), ...errorResponses(404, 429) },
        },
      },
      async (request, reply) => {
        const row = await repo.findEventBySlug(ctx.db.kysely, request.params.slug);
        if (row?.status !== 'published' || row.visibility !== 'public') throw notFound();
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="${row.slug}.ics"`)
          .send(icalendar([toIcal(row)], row.title));
      },
    );

    app.get(
      '/api/public/registrations/:token/calendar.ics',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: 'The event of a registration as an iCalendar file (also for organisation-only events)',
          params: ManageTokenParamsSchema,
          response: { 200: z.string(), ...errorResponses(400, 410, 429) },
        },
      },
      async (request, reply) => {
        const row = await lifecycle.calendarFor(ctx, request.params.token);
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="${row.slug}.ics"`)
          .send(icalendar([toIcal(row)], row.title));
      },
    );
  };
}
