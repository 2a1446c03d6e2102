import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JournalReminderSchema } from '../../../../core/schemas/action-learning-overview.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import type { AppContext } from '../../lib/context.js';
import { member } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import * as reminder from './journal-reminders.service.js';

const tags = ['action-learning'];

/**
 * A participant's own journal reminder in one of their cohorts. Whoever is signed in may call
 * it; it answers 404 unless their person is a current participant of the cohort.
 */
export function journalReminderRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/my/cohorts/:id/journal-reminder',
      {
        schema: {
          tags,
          summary: 'How many days without a journal entry before I get a reminder (null: none)',
          params: IdParamsSchema,
          response: { 200: JournalReminderSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => reminder.getJournalReminder(ctx, member(requireActor(request)), request.params.id),
    );

    app.put(
      '/api/my/cohorts/:id/journal-reminder',
      {
        schema: {
          tags,
          summary: 'Choose 7, 14, 21 or 30 days without an entry before a reminder e-mail, or null for none',
          params: IdParamsSchema,
          body: JournalReminderSchema,
          response: { 200: JournalReminderSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        reminder.setJournalReminder(ctx, member(requireActor(request)), request.params.id, request.body),
    );
  };
}
