import { type ExpressionBuilder, sql } from 'kysely';
import type { SeatCounts } from '../../../../core/schemas/events.js';
import type { Database } from '../../db/schema.js';
import { compiledOnce } from '../../lib/compiled-once.js';
import type { Executor, Trx } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import type { EventRow, NewEventRow, NewRegistrationRow, RegistrationRow } from './events.tables.js';

/** Event and registration SQL. */

export function findEvent(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('events')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// Read on every public registration and page view: built and compiled once.
const eventBySlug = compiledOnce(
  (exec: Executor, slug: string) =>
    exec
      .selectFrom('events')
      .innerJoin('organisations', 'organisations.id', 'events.organisation_id')
      .selectAll('events')
      .select('organisations.name as organisation_name')
      .where('events.slug', '=', slug),
  [''],
);

export async function findEventBySlug(exec: Executor, slug: string) {
  return (await eventBySlug(exec, slug))[0];
}
export type EventWithOrganisation = NonNullable<Awaited<ReturnType<typeof findEventBySlug>>>;

/**
 * Events that hold the seats of a cohort activity (cohorts/signups.service.ts). They are run
 * through the activity, so the organisation's event lists leave them out.
 */
const activitySeatEvents = (eb: ExpressionBuilder<Database, 'events'>, organisationId: string) =>
  eb
    .selectFrom('cohort_activities')
    .select('cohort_activities.signup_event_id')
    .where('cohort_activities.organisation_id', '=', organisationId)
    .where('cohort_activities.signup_event_id', 'is not', null);

/** Whether the organisation's event holds a cohort activity's seats (not an event of its own). */
export async function holdsActivitySeats(
  exec: Executor,
  organisationId: string,
  eventId: string,
): Promise<boolean> {
  const row = await exec
    .selectFrom('cohort_activities')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('signup_event_id', '=', eventId)
    .executeTakeFirst();
  return row !== undefined;
}

export function listEvents(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('events')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where((eb) => eb('events.id', 'not in', activitySeatEvents(eb, organisationId)))
    .orderBy('starts_at', 'desc')
    .orderBy('id')
    .execute();
}

/**
 * Published events that have not ended, soonest first: the public ones of every organisation,
 * or all of one organisation's (organisation-only ones too, but not a cohort activity's seats)
 * for its members.
 */
export function listOpenEvents(exec: Executor, nowIso: string, scope: 'public' | { organisationId: string }) {
  let q = exec
    .selectFrom('events')
    .innerJoin('organisations', 'organisations.id', 'events.organisation_id')
    .selectAll('events')
    .select('organisations.name as organisation_name')
    .where('events.status', '=', 'published')
    .where('events.ends_at', '>', nowIso);
  q =
    scope === 'public'
      ? q.where('events.visibility', '=', 'public')
      : q
          .where('events.organisation_id', '=', scope.organisationId)
          .where((eb) => eb('events.id', 'not in', activitySeatEvents(eb, scope.organisationId)));
  return q.orderBy('events.starts_at').limit(200).execute();
}

export async function slugTaken(exec: Executor, slug: string): Promise<boolean> {
  return (
    (await exec.selectFrom('events').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined
  );
}

export async function insertEvent(exec: Executor, row: NewEventRow): Promise<void> {
  await exec.insertInto('events').values(row).execute();
}

export async function updateEvent(exec: Executor, id: string, set: Partial<EventRow>): Promise<void> {
  await exec.updateTable('events').set(set).where('id', '=', id).execute();
}

/** Deletes the event with its registrations (cascade); the caller checks that none is active. */
export async function deleteEvent(exec: Executor, id: string): Promise<void> {
  await exec.deleteFrom('events').where('id', '=', id).execute();
}

/**
 * Serialises every change to an event's seats. PostgreSQL: a row lock on the event; SQLite: the
 * transaction's BEGIN IMMEDIATE already holds the write lock.
 */
export async function lockEvent(trx: Trx, dialect: 'sqlite' | 'postgres', id: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await trx.selectFrom('events').select('id').where('id', '=', id).forUpdate().execute();
}

type SeatEvent = Pick<EventRow, 'id' | 'capacity'>;

/**
 * Seats of many events in one query, counted from rows (never from a stored counter). Answers a
 * lookup that knows every event it was given.
 */
export async function seatCountsOf(
  exec: Executor,
  events: SeatEvent[],
): Promise<(event: SeatEvent) => SeatCounts> {
  const rows =
    events.length === 0
      ? []
      : await exec
          .selectFrom('registrations')
          .select(['event_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
          .where(
            'event_id',
            'in',
            events.map((e) => e.id),
          )
          .where('status', 'in', ['confirmed', 'offered', 'waitlisted'])
          .groupBy(['event_id', 'status'])
          .execute();
  return (event) => {
    const of = (s: string) => Number(rows.find((r) => r.event_id === event.id && r.status === s)?.n ?? 0);
    const confirmed = of('confirmed');
    const offered = of('offered');
    return {
      capacity: event.capacity,
      confirmed,
      offered,
      waitlisted: of('waitlisted'),
      seatsLeft: Math.max(0, event.capacity - confirmed - offered),
    };
  };
}

export async function seatCounts(exec: Executor, event: SeatEvent): Promise<SeatCounts> {
  return (await seatCountsOf(exec, [event]))(event);
}

/** Seats taken: confirmed registrations and held offers. */
export async function takenSeats(exec: Executor, eventId: string): Promise<number> {
  const row = await exec
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .where('status', 'in', ['confirmed', 'offered'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function emailHoldsSeat(exec: Executor, eventId: string, email: string): Promise<boolean> {
  const row = await exec
    .selectFrom('registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('email', '=', email)
    .where('status', '!=', 'cancelled')
    .executeTakeFirst();
  return row !== undefined;
}

/** Of these addresses, the ones that hold a registration (not cancelled) of the event. */
export async function emailsHoldingSeats(
  exec: Executor,
  eventId: string,
  emails: string[],
): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await exec
    .selectFrom('registrations')
    .select('email')
    .where('event_id', '=', eventId)
    .where('email', 'in', emails)
    .where('status', '!=', 'cancelled')
    .execute();
  return new Set(rows.map((r) => r.email));
}

export async function insertRegistration(exec: Executor, row: NewRegistrationRow): Promise<void> {
  await insertRegistrations(exec, [row]);
}

export async function insertRegistrations(exec: Executor, rows: NewRegistrationRow[]): Promise<void> {
  if (rows.length > 0) await exec.insertInto('registrations').values(rows).execute();
}

/** Of these check-in codes, the ones already used at the event. */
export async function ticketCodesTaken(
  exec: Executor,
  eventId: string,
  codes: string[],
): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await exec
    .selectFrom('registrations')
    .select('ticket_code')
    .where('event_id', '=', eventId)
    .where('ticket_code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.ticket_code));
}

export function listRegistrations(exec: Executor, eventId: string) {
  return exec
    .selectFrom('registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy(
      sql`case status when 'confirmed' then 0 when 'offered' then 1 when 'waitlisted' then 2 else 3 end`,
    )
    .orderBy('seq')
    .execute();
}

export interface Attendance {
  registrationId: string;
  name: string;
  email: string;
  jobTitle: string | null;
  from: string;
}

export async function openAttendance(exec: Executor, a: Attendance): Promise<void> {
  await openAttendances(exec, [a]);
}

export async function openAttendances(exec: Executor, list: Attendance[]): Promise<void> {
  if (list.length === 0) return;
  await exec
    .insertInto('registration_attendees')
    .values(
      list.map((a) => ({
        id: newId(),
        registration_id: a.registrationId,
        name: a.name,
        email: a.email,
        job_title: a.jobTitle,
        held_from: a.from,
        held_until: null,
      })),
    )
    .execute();
}

export async function closeAttendance(exec: Executor, registrationId: string, until: string): Promise<void> {
  await exec
    .updateTable('registration_attendees')
    .set({ held_until: until })
    .where('registration_id', '=', registrationId)
    .where('held_until', 'is', null)
    .execute();
}

export function listAttendance(exec: Executor, registrationId: string) {
  return (
    exec
      .selectFrom('registration_attendees')
      .select(['name', 'held_from', 'held_until'])
      .where('registration_id', '=', registrationId)
      .orderBy('held_from')
      // The current holder (no end yet) last, also when two changes share a timestamp.
      .orderBy(sql`case when held_until is null then 1 else 0 end`)
      .orderBy('held_until')
      .execute()
  );
}

export function findRegistrationByManageToken(exec: Executor, tokenHash: string) {
  return exec
    .selectFrom('registrations')
    .selectAll()
    .where('manage_token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function findRegistration(exec: Executor, id: string) {
  return exec.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findEventById(exec: Executor, id: string) {
  return exec
    .selectFrom('events')
    .innerJoin('organisations', 'organisations.id', 'events.organisation_id')
    .selectAll('events')
    .select('organisations.name as organisation_name')
    .where('events.id', '=', id)
    .executeTakeFirst();
}

export async function updateRegistration(
  exec: Executor,
  id: string,
  set: Partial<RegistrationRow>,
): Promise<void> {
  await exec.updateTable('registrations').set(set).where('id', '=', id).execute();
}

/** The waiting list in order: first come, first offered. */
export function firstWaiting(exec: Executor, eventId: string) {
  return exec
    .selectFrom('registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
}

export async function waitingPosition(exec: Executor, row: Pick<RegistrationRow, 'event_id' | 'seq'>) {
  const r = await exec
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', row.event_id)
    .where('status', '=', 'waitlisted')
    .where('seq', '<=', row.seq)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Events with offers whose hold has run out. */
export async function eventsWithExpiredOffers(exec: Executor, nowIso: string): Promise<string[]> {
  const rows = await exec
    .selectFrom('registrations')
    .select('event_id')
    .distinct()
    .where('status', '=', 'offered')
    .where('offered_until', '<=', nowIso)
    .execute();
  return rows.map((r) => r.event_id);
}

export function findRegistrationForCheckIn(
  exec: Executor,
  eventId: string,
  by: { code?: string; tokenHash?: string; id?: string },
) {
  let q = exec.selectFrom('registrations').selectAll().where('event_id', '=', eventId);
  if (by.tokenHash) q = q.where('ticket_token_hash', '=', by.tokenHash);
  else if (by.id) q = q.where('id', '=', by.id);
  else q = q.where('ticket_code', '=', by.code ?? ''); // upper-cased by the schema
  return q.executeTakeFirst();
}

export async function countCheckedIn(exec: Executor, eventId: string): Promise<number> {
  const r = await exec
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .where('checked_in_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The next arrival number of the event; call under the event lock. */
export async function nextSeq(exec: Executor, eventId: string): Promise<number> {
  const row = await exec
    .selectFrom('registrations')
    .select((eb) => eb.fn.max('seq').as('m'))
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return Number(row?.m ?? 0) + 1;
}

/** Marks the arrival once, for this ticket version only; false when someone was first. */
export async function markCheckedIn(exec: Executor, id: string, ticketVersion: number, nowIso: string) {
  const r = await exec
    .updateTable('registrations')
    .set({ checked_in_at: nowIso, updated_at: nowIso })
    .where('id', '=', id)
    .where('ticket_version', '=', ticketVersion)
    .where('checked_in_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
