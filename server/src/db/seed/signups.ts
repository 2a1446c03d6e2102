import type { Trx } from '../../lib/context.js';
import { hashToken, newToken } from '../../lib/ids.js';
import type { NewEventRow, NewRegistrationRow } from '../../modules/events/events.tables.js';
import { stableId } from './municipality.js';

const SEATS = 10;

/**
 * The cohort's workshop "Fra idé til afprøvning" held on two dates that participants sign up for
 * (10 seats each, a waiting list): the first date full with two waiting, the second half full. The
 * demo participant has signed up for neither, so the demo shows both ways to sign up. What the demo
 * shows is the same every time; the registrations' private-link and ticket tokens are random and
 * never shown, so nobody can manage or check in a demo registration through the public routes.
 */
export async function insertDemoSignups(
  trx: Trx,
  organisationId: string,
  cohort: { id: string; personIds: string[]; addedAt: string },
): Promise<void> {
  const first = await trx
    .selectFrom('cohort_activities')
    .selectAll()
    .where('id', '=', stableId('cohort-activity:topledelse-1:idea'))
    .executeTakeFirst();
  if (!first) return;
  // A week after the first date, at the same time of day.
  const week = 7 * 86_400_000;
  const second = {
    ...first,
    id: stableId('cohort-activity:topledelse-1:idea-2'),
    starts_at: new Date(Date.parse(first.starts_at) + week).toISOString(),
    ends_at: new Date(Date.parse(first.ends_at) + week).toISOString(),
  };
  await trx
    .insertInto('cohort_activities')
    .values({ ...second, signup_event_id: null })
    .execute();

  const people = await trx
    .selectFrom('persons')
    .select(['id', 'name', 'email', 'job_title'])
    .where('id', 'in', cohort.personIds.slice(0, 17))
    .where('email', 'is not', null)
    .orderBy('external_id')
    .execute();
  const dates = [
    { activity: first, holders: people.slice(0, SEATS + 2) },
    { activity: second, holders: people.slice(SEATS + 2, SEATS + 7) },
  ];
  for (const [d, { activity, holders }] of dates.entries()) {
    const eventId = stableId(`event:signup:${activity.id}`);
    const event: NewEventRow = {
      id: eventId,
      organisation_id: organisationId,
      slug: `aktivitet-${activity.id}`,
      status: 'published',
      title: activity.title,
      description: '',
      starts_at: activity.starts_at,
      ends_at: activity.ends_at,
      check_in_from: null,
      venue_name: activity.location,
      address: null,
      online_url: activity.online_url,
      capacity: SEATS,
      waiting_list: 1,
      price_ex_vat_ore: 0,
      vat_rate_bp: 0,
      registration_deadline: activity.starts_at,
      terms_kind: 'cancellable',
      cancellable_until: activity.starts_at,
      substitution_until: '2000-01-01T00:00:00.000Z',
      target_audience: 'Topledelse hold 1',
      contacts: '[]',
      visibility: 'organisation',
      allow_duplicate_email: 0,
      offer_hold_hours: 48,
      published_at: cohort.addedAt,
      created_at: cohort.addedAt,
      updated_at: cohort.addedAt,
    };
    await trx.insertInto('events').values(event).execute();
    await trx
      .updateTable('cohort_activities')
      .set({ capacity: SEATS, signup_event_id: eventId })
      .where('id', '=', activity.id)
      .execute();
    const at = cohort.addedAt;
    const rows: NewRegistrationRow[] = holders.map((p, n) => {
      const id = stableId(`registration:signup:${activity.id}:${p.id}`);
      return {
        id,
        event_id: eventId,
        organisation_id: organisationId,
        status: n < SEATS ? 'confirmed' : 'waitlisted',
        seq: n + 1,
        name: p.name,
        email: (p.email ?? '').toLowerCase(),
        job_title: p.job_title,
        organisation_name: null,
        ean: null,
        cvr: null,
        order_reference: null,
        invoice_contact: null,
        dietary_needs: null,
        price_ex_vat_ore: 0,
        vat_ore: 0,
        // Random like the events module's (never derived from the ids, which anyone can work out).
        manage_token_hash: hashToken(newToken()),
        ticket_version: 1,
        ticket_token_hash: hashToken(newToken()),
        // Six characters from the check-in alphabet (no 0, 1, I, O), distinct within the event.
        ticket_code: `DEM${'ABC'[d]}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[n]}2`,
        offered_until: null,
        checked_in_at: null,
        cancelled_at: null,
        closed_reason: null,
        anonymised_at: null,
        created_at: at,
        updated_at: at,
      };
    });
    if (rows.length === 0) continue;
    await trx.insertInto('registrations').values(rows).execute();
    await trx
      .insertInto('registration_attendees')
      .values(
        rows.map((r) => ({
          id: stableId(`registration-attendee:${r.id}`),
          registration_id: r.id,
          name: r.name,
          email: r.email,
          job_title: r.job_title ?? null,
          held_from: at,
          held_until: null,
        })),
      )
      .execute();
  }
}
