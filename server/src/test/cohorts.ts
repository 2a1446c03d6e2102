import type { FastifyInstance } from 'fastify';
import type { ActivityRes } from '../../../core/schemas/cohorts.js';
import type { Db } from '../db/dialect.js';
import { eventRow } from './events.js';
import { createPerson, signedInUser } from './factories.js';
import { createProgrammeVersion } from './programmes.js';
import { type Session, send } from './test-app.js';

/**
 * A cohort of a published version (one module), written straight to the database, with the
 * given facilitators. For tests that need one to exist, not to test how it is started.
 */
export async function createCohort(
  db: Db,
  organisationId: string,
  options: {
    name?: string;
    startsOn?: string;
    endsOn?: string;
    facilitatorUserIds?: string[];
    reminderHours?: number | null;
  } = {},
) {
  const { versionId } = await createProgrammeVersion(db, organisationId, { status: 'published' });
  const module = await db.kysely
    .selectFrom('programme_modules')
    .select(['id', 'title'])
    .where('version_id', '=', versionId)
    .executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const name = options.name ?? `Hold ${id.slice(0, 8)}`;
  await db.kysely
    .insertInto('cohorts')
    .values({
      id,
      organisation_id: organisationId,
      version_id: versionId,
      name,
      starts_on: options.startsOn ?? '2027-01-04',
      ends_on: options.endsOn ?? '2027-06-25',
      reminder_hours: options.reminderHours ?? null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const userId of options.facilitatorUserIds ?? []) {
    await db.kysely
      .insertInto('cohort_facilitators')
      .values({ cohort_id: id, organisation_id: organisationId, user_id: userId })
      .execute();
  }
  return { id, name, versionId, moduleId: module.id, moduleTitle: module.title };
}

/** A person of the organisation enrolled in the cohort. */
export async function enrolNew(db: Db, organisationId: string, cohortId: string, name?: string) {
  const person = await createPerson(db, organisationId, { name, level: 'chef' });
  await db.kysely
    .insertInto('cohort_participants')
    .values({
      cohort_id: cohortId,
      organisation_id: organisationId,
      person_id: person.id,
      added_at: new Date().toISOString(),
      removed_at: null,
    })
    .execute();
  return person;
}

/** An activity of the cohort's module, 09:00–12:00 UTC on the given day. */
export async function createActivity(
  db: Db,
  organisationId: string,
  cohort: { id: string; moduleId: string },
  options: { day?: string; title?: string } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const day = options.day ?? '2027-02-01';
  const title = options.title ?? `Aktivitet ${id.slice(0, 8)}`;
  await db.kysely
    .insertInto('cohort_activities')
    .values({
      id,
      organisation_id: organisationId,
      cohort_id: cohort.id,
      module_id: cohort.moduleId,
      title,
      starts_at: `${day}T08:00:00.000Z`,
      ends_at: `${day}T11:00:00.000Z`,
      location: null,
      online_url: null,
      capacity: null,
      facilitator_user_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, title };
}

/** The person of a signed-in account (persons.user_id; made on first use), enrolled in the cohort. */
export async function enrolUser(
  db: Db,
  organisationId: string,
  cohortId: string,
  userId: string,
  name?: string,
) {
  const existing = await db.kysely
    .selectFrom('persons')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!existing) {
    const person = await enrolNew(db, organisationId, cohortId, name);
    await db.kysely.updateTable('persons').set({ user_id: userId }).where('id', '=', person.id).execute();
    return person;
  }
  await db.kysely
    .insertInto('cohort_participants')
    .values({
      cohort_id: cohortId,
      organisation_id: organisationId,
      person_id: existing.id,
      added_at: new Date().toISOString(),
      removed_at: null,
    })
    .execute();
  return existing;
}

/** Another module of the cohort's version: a second set of dates to sign up for. */
export async function addModule(db: Db, cohort: { versionId: string }, title = 'Læringsgruppe') {
  const first = await db.kysely
    .selectFrom('programme_modules')
    .select('track_id')
    .where('version_id', '=', cohort.versionId)
    .executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  await db.kysely
    .insertInto('programme_modules')
    .values({
      id,
      version_id: cohort.versionId,
      track_id: first.track_id,
      lineage_id: crypto.randomUUID(),
      position: 1,
      kind: 'learning_set_meeting',
      title,
      description: '',
      duration_minutes: 120,
      objectives: '[]',
      focus_area_ids: '[]',
      materials: '[]',
    })
    .execute();
  return id;
}

/** A signed-in participant: an account of the organisation whose person is enrolled in the cohort. */
export async function signedInParticipant(
  app: FastifyInstance,
  db: Db,
  organisationId: string,
  cohortId: string,
) {
  const user = await signedInUser(app, db, ['participant'], organisationId);
  const person = await enrolUser(db, organisationId, cohortId, user.id);
  return { ...user, person };
}

/**
 * A date participants sign up for, planned through the API as `session` (an administrator or a
 * facilitator of the cohort): three hours from `startsAt` (default 09:00 UTC on `day`), at the
 * town hall.
 */
export async function planSignupDate(
  app: FastifyInstance,
  session: Session,
  cohort: { id: string; moduleId: string },
  options: {
    day?: string;
    startsAt?: string;
    capacity: number;
    waitingList: boolean;
    moduleId?: string;
    title?: string;
  },
): Promise<ActivityRes> {
  const startsAt = options.startsAt ?? `${options.day ?? '2098-03-01'}T09:00:00.000Z`;
  const res = await send(app, session, {
    method: 'POST',
    url: `/api/cohorts/${cohort.id}/activities`,
    payload: {
      moduleId: options.moduleId ?? cohort.moduleId,
      title: options.title ?? null,
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 3 * 3_600_000).toISOString(),
      location: 'Rådhuset',
      capacity: options.capacity,
      signup: { waitingList: options.waitingList },
    },
  });
  if (res.statusCode !== 201)
    throw new Error(`planning a sign-up date failed: ${res.statusCode} ${res.body}`);
  return res.json<ActivityRes>();
}

/**
 * An activity participants sign up for, with the organisation-only event that holds its seats,
 * written straight to the database (90 days ahead, 10 seats, a waiting list).
 */
export async function createSignupActivity(
  db: Db,
  organisationId: string,
  cohort: { id: string; moduleId: string },
) {
  const event = eventRow(organisationId, {
    status: 'published',
    visibility: 'organisation',
    price_ex_vat_ore: 0,
  });
  await db.kysely
    .insertInto('events')
    .values({
      ...event,
      terms_kind: 'cancellable',
      cancellable_until: event.starts_at,
      published_at: event.created_at,
    })
    .execute();
  const id = crypto.randomUUID();
  await db.kysely
    .insertInto('cohort_activities')
    .values({
      id,
      organisation_id: organisationId,
      cohort_id: cohort.id,
      module_id: cohort.moduleId,
      title: event.title,
      starts_at: event.starts_at,
      ends_at: event.ends_at,
      location: 'Rådhuset',
      online_url: null,
      capacity: event.capacity,
      facilitator_user_id: null,
      signup_event_id: event.id,
      created_at: event.created_at,
      updated_at: event.created_at,
    })
    .execute();
  return { id, title: event.title, eventId: event.id };
}

/** A person's registration on an activity's seats event, under their person's e-mail address. */
export async function holdSeat(
  db: Db,
  activity: { eventId: string },
  personId: string,
  status: 'confirmed' | 'waitlisted' | 'offered',
) {
  const person = await db.kysely
    .selectFrom('persons')
    .select(['organisation_id', 'name', 'email'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const now = new Date();
  const id = crypto.randomUUID();
  await db.kysely
    .insertInto('registrations')
    .values({
      id,
      event_id: activity.eventId,
      organisation_id: person.organisation_id,
      status,
      seq: 1,
      name: person.name,
      email: (person.email ?? '').toLowerCase(),
      job_title: null,
      organisation_name: null,
      ean: null,
      cvr: null,
      order_reference: null,
      invoice_contact: null,
      dietary_needs: null,
      price_ex_vat_ore: 0,
      vat_ore: 0,
      manage_token_hash: crypto.randomUUID(),
      ticket_version: 1,
      ticket_token_hash: crypto.randomUUID(),
      ticket_code: 'ABC234',
      offered_until: status === 'offered' ? new Date(now.getTime() + 86_400_000).toISOString() : null,
      checked_in_at: null,
      cancelled_at: null,
      closed_reason: null,
      anonymised_at: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .execute();
  return id;
}
