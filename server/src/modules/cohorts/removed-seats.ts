import type { AppContext, Trx } from '../../lib/context.js';
import * as events from '../events/events.repository.js';
import { cancelLocked } from '../events/lifecycle.service.js';
import { heldByEmail } from './signups.repository.js';
import { normalEmail } from './signups.service.js';

/**
 * Gives up a person's seats, offers and waiting places on the cohort's dates that have not begun,
 * when they are removed from the cohort: the seats go to the next in line, as when they cancel
 * themselves. Dates that have begun stay as they were (history). The events are locked in one
 * order, as the sign-up path locks them.
 */
export async function giveUpSeatsOfRemoved(
  ctx: AppContext,
  trx: Trx,
  organisationId: string,
  cohortId: string,
  personId: string,
  actorUserId: string,
): Promise<number> {
  const person = await trx
    .selectFrom('persons')
    .select('email')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', personId)
    .executeTakeFirst();
  const email = normalEmail(person?.email ?? null);
  if (!email) return 0;
  const now = ctx.clock.now().toISOString();
  const dates = await trx
    .selectFrom('cohort_activities')
    .select('signup_event_id')
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('signup_event_id', 'is not', null)
    .where('starts_at', '>', now)
    .execute();
  const eventIds = dates.flatMap((d) => (d.signup_event_id ? [d.signup_event_id] : [])).sort();
  let given = 0;
  for (const eventId of eventIds) {
    await events.lockEvent(trx, ctx.db.dialect, eventId);
    const event = await events.findEventById(trx, eventId);
    const held = await heldByEmail(trx, organisationId, [eventId], email);
    for (const h of held) {
      const row = await events.findRegistration(trx, h.id);
      if (!row || !event) continue;
      await cancelLocked(ctx, trx, row, event, actorUserId);
      given++;
    }
  }
  return given;
}
