import type { Db } from '../db/dialect.js';

/**
 * Action projects and journal entries written straight to the database, for tests of what reads
 * them (the facilitator's overview, the counts, the reminders), not of how they are written.
 */

/** A participant's action project; private unless `share: 'set'`. */
export async function createProject(
  db: Db,
  organisationId: string,
  cohortId: string,
  personId: string,
  options: {
    title?: string;
    text?: string;
    status?: 'idea' | 'in_progress' | 'evaluated' | 'shared';
    share?: 'private' | 'set';
    focusAreaIds?: string[];
  } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const text = options.text ?? 'Udfordringen i min egen opgaveløsning';
  const title = options.title ?? `Projekt ${id.slice(0, 8)}`;
  await db.kysely
    .insertInto('action_projects')
    .values({
      id,
      organisation_id: organisationId,
      cohort_id: cohortId,
      person_id: personId,
      title,
      challenge: text,
      question: text,
      attempt: text,
      involve: text,
      success_measure: text,
      status: options.status ?? 'idea',
      share: options.share ?? 'private',
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const focus_area_id of options.focusAreaIds ?? []) {
    await db.kysely
      .insertInto('action_project_focus_areas')
      .values({ project_id: id, organisation_id: organisationId, focus_area_id })
      .execute();
  }
  return { id, title };
}

/** A journal entry written at `at` (default now); private unless shared. */
export async function createEntry(
  db: Db,
  organisationId: string,
  cohortId: string,
  personId: string,
  options: { body?: string; share?: 'private' | 'facilitator' | 'set'; at?: string } = {},
) {
  const id = crypto.randomUUID();
  const at = options.at ?? new Date().toISOString();
  await db.kysely
    .insertInto('journal_entries')
    .values({
      id,
      organisation_id: organisationId,
      cohort_id: cohortId,
      person_id: personId,
      project_id: null,
      phase: 'reflect',
      body: options.body ?? 'Hvad prøvede jeg, og hvad skete der?',
      share: options.share ?? 'private',
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id };
}

/** Sets a participant's enrolment time, reminder interval (null: off) and last reminder. */
export async function setParticipation(
  db: Db,
  cohortId: string,
  personId: string,
  values: { addedAt?: string; reminderDays?: number | null; remindedAt?: string | null },
) {
  await db.kysely
    .updateTable('cohort_participants')
    .set({
      ...(values.addedAt !== undefined ? { added_at: values.addedAt } : {}),
      ...(values.reminderDays !== undefined ? { journal_reminder_days: values.reminderDays } : {}),
      ...(values.remindedAt !== undefined ? { journal_reminded_at: values.remindedAt } : {}),
    })
    .where('cohort_id', '=', cohortId)
    .where('person_id', '=', personId)
    .execute();
}

/** A learning set of the cohort with the given facilitator and members. */
export async function createSet(
  db: Db,
  organisationId: string,
  cohortId: string,
  options: { name?: string; facilitatorUserId?: string | null; personIds: string[]; position?: number },
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const name = options.name ?? `Sæt ${id.slice(0, 4)}`;
  await db.kysely
    .insertInto('learning_sets')
    .values({
      id,
      organisation_id: organisationId,
      cohort_id: cohortId,
      name,
      facilitator_user_id: options.facilitatorUserId ?? null,
      position: options.position ?? 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  if (options.personIds.length) {
    await db.kysely
      .insertInto('learning_set_members')
      .values(
        options.personIds.map((person_id) => ({
          set_id: id,
          organisation_id: organisationId,
          cohort_id: cohortId,
          person_id,
        })),
      )
      .execute();
  }
  return { id, name };
}
