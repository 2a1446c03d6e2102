import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  CalendarLinkCreatedSchema,
  CalendarLinkStateSchema,
  CalendarTokenParamsSchema,
  MyProgrammeSchema,
} from '../../../../core/schemas/my-programme.js';
import type { AppContext } from '../../lib/context.js';
import { member } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { checkAddressLimit } from '../auth/login-limits.js';
import * as my from './my-programme.service.js';
import { signupRoutes } from './signups.routes.js';

const tags = ['my-programme'];

/**
 * "My programme" for any signed-in person of the organisation: their own cohorts, plan and
 * attendance, sign-up for dates with limited seats, calendar files, and a private subscription
 * link; the feed behind that link is public.
 */
export function myProgrammeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(signupRoutes(ctx));

    app.get(
      '/api/my/programme',
      {
        schema: {
          tags,
          summary:
            "My current cohorts: what is coming, what to prepare, and my own attendance (others' never)",
          response: { 200: MyProgrammeSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => my.myProgramme(ctx, member(requireActor(request))),
    );

    app.get(
      '/api/my/calendar',
      {
        schema: {
          tags,
          summary: 'Whether I have a calendar subscription link (the link is shown only when made)',
          response: { 200: CalendarLinkStateSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => my.calendarLinkState(ctx, member(requireActor(request))),
    );

    app.post(
      '/api/my/calendar/renew',
      {
        schema: {
          tags,
          summary: 'Make my calendar subscription link, or a new one: the old link stops working at once',
          response: { 200: CalendarLinkCreatedSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => my.renewCalendarLink(ctx, member(requireActor(request))),
    );

    app.get(
      '/api/my/activities/:id/calendar.ics',
      {
        schema: {
          tags,
          summary:
            'One activity of my cohort as an iCalendar file (participants and facilitators of the cohort)',
          params: IdParamsSchema,
          response: { 200: z.string(), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = member(requireActor(request));
        const { file } = await my.activityCalendar(ctx, actor, request.params.id);
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="aktivitet-${request.params.id}.ics"`)
          .send(file);
      },
    );

    app.get(
      '/api/calendar/:token.ics',
      {
        config: { public: true },
        // Calendar programs poll: limited like the public event reads, per client address.
        onRequest: async (request) => {
          await checkAddressLimit(ctx, 'public-read', request.ip, ctx.config.publicRateLimit * 10);
        },
        schema: {
          tags,
          summary: "A person's private calendar feed of their current cohorts' activities (no session)",
          params: CalendarTokenParamsSchema,
          response: { 200: z.string(), ...errorResponses(400, 404, 410, 429) },
        },
      },
      async (request, reply) =>
        reply
          .type('text/calendar; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .send(await my.calendarFeed(ctx, request.params.token)),
    );
  };
}
