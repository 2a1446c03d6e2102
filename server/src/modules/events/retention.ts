import { sql } from 'kysely';
import { addMs, DAY } from '../../lib/clock.js';
import type { AppContext } from '../../lib/context.js';

export const RETENTION_JOB = 'events.retention';

/** Calendar months back from `now`, in UTC. */
function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/**
 * Deletes what may no longer be kept: dietary needs some days after the event, and every
 * registrant's personal data some months after it (anonymised, so seat counts, amounts and the
 * buyer organisation stay true for reports). Returns the counts.
 */
export async function applyEventRetention(
  ctx: AppContext,
): Promise<{ dietary: number; registrants: number }> {
  const now = ctx.clock.now();
  const db = ctx.db.kysely;
  const dietaryBefore = addMs(now, -ctx.config.dietaryRetentionDays * DAY).toISOString();
  const registrantsBefore = monthsBefore(now, ctx.config.registrantRetentionMonths).toISOString();
  const endedBefore = (iso: string) => db.selectFrom('events').select('id').where('ends_at', '<', iso);

  return db.transaction().execute(async (trx) => {
    const dietary = await trx
      .updateTable('registrations')
      .set({ dietary_needs: null })
      .where('dietary_needs', 'is not', null)
      .where('event_id', 'in', endedBefore(dietaryBefore))
      .executeTakeFirst();
    const stale = trx
      .selectFrom('registrations')
      .select('id')
      .where('event_id', 'in', endedBefore(registrantsBefore))
      .where('anonymised_at', 'is', null);
    await trx
      .updateTable('registration_attendees')
      .set({ name: 'Slettet', email: 'slettet@invalid', job_title: null })
      .where('registration_id', 'in', stale)
      .execute();
    const registrants = await trx
      .updateTable('registrations')
      .set({
        name: 'Slettet',
        // Still unique per event, so the one-seat-per-address rule keeps working.
        email: sql<string>`'slettet-' || id || '@invalid'`,
        job_title: null,
        invoice_contact: null,
        order_reference: null,
        dietary_needs: null,
        anonymised_at: now.toISOString(),
      })
      .where('id', 'in', stale)
      .executeTakeFirst();
    return { dietary: Number(dietary.numUpdatedRows), registrants: Number(registrants.numUpdatedRows) };
  });
}
