import { sql } from 'kysely';
import { recordAudit } from '../../lib/audit.js';
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
 * buyer organisation stay true for reports). Each event touched gets an audit entry with the
 * counts. Returns the totals.
 */
export async function applyEventRetention(
  ctx: AppContext,
): Promise<{ dietary: number; registrants: number }> {
  const now = ctx.clock.now();
  const db = ctx.db.kysely;
  const dietaryBefore = addMs(now, -ctx.config.dietaryRetentionDays * DAY).toISOString();
  const registrantsBefore = monthsBefore(now, ctx.config.registrantRetentionMonths).toISOString();

  return db.transaction().execute(async (trx) => {
    const touched = new Map<string, { organisationId: string; dietary: number; registrants: number }>();
    const tally = (
      event: { id: string; organisation_id: string },
      key: 'dietary' | 'registrants',
      n: number,
    ) => {
      const entry = touched.get(event.id) ?? {
        organisationId: event.organisation_id,
        dietary: 0,
        registrants: 0,
      };
      entry[key] += n;
      touched.set(event.id, entry);
    };
    const withDietary = await trx
      .selectFrom('events')
      .select(['id', 'organisation_id'])
      .where('ends_at', '<', dietaryBefore)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('registrations')
            .select('registrations.id')
            .whereRef('registrations.event_id', '=', 'events.id')
            .where('registrations.dietary_needs', 'is not', null),
        ),
      )
      .execute();
    for (const event of withDietary) {
      const r = await trx
        .updateTable('registrations')
        .set({ dietary_needs: null })
        .where('event_id', '=', event.id)
        .where('dietary_needs', 'is not', null)
        .executeTakeFirst();
      tally(event, 'dietary', Number(r.numUpdatedRows));
    }
    const withRegistrants = await trx
      .selectFrom('events')
      .select(['id', 'organisation_id'])
      .where('ends_at', '<', registrantsBefore)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('registrations')
            .select('registrations.id')
            .whereRef('registrations.event_id', '=', 'events.id')
            .where('registrations.anonymised_at', 'is', null),
        ),
      )
      .execute();
    for (const event of withRegistrants) {
      const stale = trx
        .selectFrom('registrations')
        .select('id')
        .where('event_id', '=', event.id)
        .where('anonymised_at', 'is', null);
      await trx
        .updateTable('registration_attendees')
        .set({ name: 'Slettet', email: 'slettet@invalid', job_title: null })
        .where('registration_id', 'in', stale)
        .execute();
      const r = await trx
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
      tally(event, 'registrants', Number(r.numUpdatedRows));
    }
    // What happened and how much, per event: never what was removed.
    for (const [eventId, counts] of touched) {
      await recordAudit(trx, ctx.clock, {
        organisationId: counts.organisationId,
        actorUserId: null,
        action: 'event.retention_applied',
        entityType: 'event',
        entityId: eventId,
        changes: { dietaryNeedsDeleted: counts.dietary, registrantsAnonymised: counts.registrants },
      });
    }
    const sum = (key: 'dietary' | 'registrants') => [...touched.values()].reduce((n, c) => n + c[key], 0);
    return { dietary: sum('dietary'), registrants: sum('registrants') };
  });
}
