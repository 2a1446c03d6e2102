import type { Db } from '../db/dialect.js';
import { createPerson } from './factories.js';
import { createProgrammeVersion } from './programmes.js';

/**
 * A cohort of a published version (one module), written straight to the database, with the
 * given facilitators. For tests that need one to exist, not to test how it is started.
 */
export async function createCohort(
  db: Db,
  organisationId: string,
  options: { name?: string; startsOn?: string; endsOn?: string; facilitatorUserIds?: string[] } = {},
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
