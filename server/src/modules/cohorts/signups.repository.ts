import type { Executor, Trx } from '../../lib/context.js';

/** Sign-up SQL: the events that hold activities' seats, and a participant's registrations on them. */

/** The seat events of the given ids (a cohort activity's seats) in the organisation. */
export async function seatEventsOf(exec: Executor, organisationId: string, eventIds: string[]) {
  if (eventIds.length === 0) return [];
  return exec
    .selectFrom('events')
    .select(['id', 'slug', 'capacity', 'waiting_list', 'registration_deadline'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', eventIds)
    .execute();
}
export type SeatEventRow = Awaited<ReturnType<typeof seatEventsOf>>[number];

/** The activity, when the person is a current participant of its cohort. */
export function activityOfParticipant(
  exec: Executor,
  organisationId: string,
  activityId: string,
  personId: string,
) {
  return exec
    .selectFrom('cohort_activities as a')
    .innerJoin('cohort_participants as cp', 'cp.cohort_id', 'a.cohort_id')
    .select(['a.id', 'a.cohort_id', 'a.module_id', 'a.starts_at', 'a.signup_event_id'])
    .where('a.organisation_id', '=', organisationId)
    .where('a.id', '=', activityId)
    .where('cp.person_id', '=', personId)
    .where('cp.removed_at', 'is', null)
    .executeTakeFirst();
}

/** The dates of a module in a cohort that participants sign up for: one seat among them. */
export async function moduleDates(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  moduleId: string,
) {
  const rows = await exec
    .selectFrom('cohort_activities')
    .select(['id', 'cohort_id', 'module_id', 'starts_at', 'signup_event_id'])
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('module_id', '=', moduleId)
    .where('signup_event_id', 'is not', null)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, signup_event_id: r.signup_event_id as string }));
}
export type SignupDate = Awaited<ReturnType<typeof moduleDates>>[number];

/**
 * The registrations an address holds on the given events: a seat, an offer or a waiting place.
 * A participant's registration is found by the e-mail of their person (as the events module knows
 * one registration per address and event).
 */
export async function heldByEmail(exec: Executor, organisationId: string, eventIds: string[], email: string) {
  if (eventIds.length === 0) return [];
  return exec
    .selectFrom('registrations')
    .select(['id', 'event_id', 'status', 'seq', 'offered_until'])
    .where('organisation_id', '=', organisationId)
    .where('event_id', 'in', eventIds)
    .where('email', '=', email)
    .where('status', 'in', ['confirmed', 'offered', 'waitlisted'])
    .execute();
}
export type HeldRow = Awaited<ReturnType<typeof heldByEmail>>[number];

/** Links the activity to the event that holds its seats, or unlinks it (null). */
export async function setSignupEvent(
  exec: Executor,
  organisationId: string,
  activityId: string,
  eventId: string | null,
) {
  await exec
    .updateTable('cohort_activities')
    .set({ signup_event_id: eventId })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', activityId)
    .execute();
}

/**
 * Serialises changes to one activity, so two saves cannot both make its seats event. PostgreSQL:
 * a row lock; SQLite: the transaction's BEGIN IMMEDIATE already holds the write lock.
 */
export async function lockActivity(
  trx: Trx,
  dialect: 'sqlite' | 'postgres',
  organisationId: string,
  id: string,
) {
  if (dialect !== 'postgres') return;
  await trx
    .selectFrom('cohort_activities')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .forUpdate()
    .execute();
}
