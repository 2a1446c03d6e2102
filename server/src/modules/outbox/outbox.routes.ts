import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { findHeldAttachment, listOutbox } from '../../lib/mail/outbox.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { UserAbilities } from '../users/users.policy.js';

const OutboxSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      status: z.string(),
      createdAt: z.string(),
      attachments: z.array(z.object({ position: z.number(), fileName: z.string(), contentType: z.string() })),
    }),
  ),
});

/**
 * The mails of my organisation that were not sent by SMTP. Exists only while SMTP_URL is unset
 * (a laptop, a demo, the tests), so links in mails can be followed without a mail server.
 */
export function outboxRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    if (ctx.config.smtpUrl) return;
    app.get(
      '/api/dev/outbox',
      {
        schema: {
          tags: ['dev'],
          summary: 'Mails held because no SMTP server is configured (newest first)',
          response: { 200: OutboxSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        return { items: await listOutbox(ctx.db.kysely, actor.organisationId) };
      },
    );

    app.get(
      '/api/dev/outbox/:id/attachments/:position',
      {
        schema: {
          tags: ['dev'],
          summary: 'One file of a held mail (a calendar file, a QR code), as it would have been sent',
          params: z.object({ id: z.string().min(1), position: z.coerce.number().int().min(0) }),
          response: { 200: z.any(), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, UserAbilities.manage);
        const file = await findHeldAttachment(
          ctx.db.kysely,
          actor.organisationId,
          request.params.id,
          request.params.position,
        );
        if (!file) throw notFound();
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.content);
      },
    );
  };
}
