import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.js';
import { listOutbox } from '../../lib/mail/outbox.js';
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
  };
}
