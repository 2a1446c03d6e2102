import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  EventSlugParamsSchema,
  MemberEventListSchema,
  type MemberEventRes,
  MemberEventSchema,
  RegistrationBodySchema,
  RegistrationCreatedSchema,
} from '../../../../core/schemas/events.js';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { member, type OrgActor } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { presentPublicEvent } from './events.presenter.js';
import * as repo from './events.repository.js';
import { registerMember } from './registration.service.js';

/** My organisation's events, for any signed-in member: organisation-only events are found and registered for here. */
export function memberEventRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  /** A cohort activity's seats are signed up for in "my programme", by its participants only. */
  async function refuseActivitySeats(actor: OrgActor, eventId: string | undefined) {
    if (eventId && (await repo.holdsActivitySeats(ctx.db.kysely, actor.organisationId, eventId))) {
      throw notFound();
    }
  }

  return async (app) => {
    const present = (
      row: repo.EventWithOrganisation,
      seats: Parameters<typeof presentPublicEvent>[1],
    ): MemberEventRes => ({
      ...presentPublicEvent(row, seats, ctx.clock.now().toISOString()),
      visibility: row.visibility === 'organisation' ? 'organisation' : 'public',
    });

    app.get(
      '/api/my/events',
      {
        schema: {
          tags: ['events'],
          summary: 'Published, coming events of my organisation, organisation-only ones included',
          response: { 200: MemberEventListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = member(requireActor(request));
        const rows = await repo.listOpenEvents(ctx.db.kysely, ctx.clock.now().toISOString(), {
          organisationId: actor.organisationId,
        });
        const seats = await repo.seatCountsOf(ctx.db.kysely, rows);
        return {
          items: rows.map((r) => present(r, seats(r))),
        };
      },
    );

    app.get(
      '/api/my/events/:slug',
      {
        schema: {
          tags: ['events'],
          summary: 'One published event of my organisation',
          params: EventSlugParamsSchema,
          response: { 200: MemberEventSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = member(requireActor(request));
        const row = await repo.findEventBySlug(ctx.db.kysely, request.params.slug);
        if (row?.status !== 'published' || row.organisation_id !== actor.organisationId) throw notFound();
        await refuseActivitySeats(actor, row.id);
        return present(row, await repo.seatCounts(ctx.db.kysely, row));
      },
    );

    app.post(
      '/api/my/events/:slug/registrations',
      {
        schema: {
          tags: ['events'],
          summary: 'Register for an event of my organisation (organisation-only ones too)',
          params: EventSlugParamsSchema,
          body: RegistrationBodySchema,
          response: { 201: RegistrationCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const actor = member(requireActor(request));
        const event = await repo.findEventBySlug(ctx.db.kysely, request.params.slug);
        await refuseActivitySeats(actor, event?.id);
        const created = await registerMember(ctx, request.params.slug, request.body, actor);
        return reply.status(201).send(created);
      },
    );
  };
}
