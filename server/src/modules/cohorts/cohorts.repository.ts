import type { Executor, Trx } from '../../lib/context.js';
import type {
  CohortActivityUpdate,
  NewActivityAttendanceRow,
  NewCohortActivityRow,
  NewCohortRow,
} from './cohorts.tables.js';

// Cohorts -------------------------------------------------------------------------------------

function cohortQuery(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('cohorts as c')
    .innerJoin('programme_versions as v', 'v.id', 'c.version_id')
    .innerJoin('programmes as p', 'p.id', 'v.programme_id')
    .selectAll('c')
    .select([
      'v.number as version_number',
      'v.name as version_name',
      'v.programme_id',
      'p.title as programme_title',
    ])
    .select((eb) => [
      eb
        .selectFrom('cohort_participants as cp')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('cp.cohort_id', '=', 'c.id')
        .where('cp.removed_at', 'is', null)
        .as('participant_count'),
      eb
        .selectFrom('cohort_activities as a')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('a.cohort_id', '=', 'c.id')
        .as('activity_count'),
    ])
    .where('c.organisation_id', '=', organisationId);
}

export function findCohort(exec: Executor, organisationId: string, id: string) {
  return cohortQuery(exec, organisationId).where('c.id', '=', id).executeTakeFirst();
}
export type CohortWithVersion = NonNullable<Awaited<ReturnType<typeof findCohort>>>;

/** The organisation's cohorts, newest period first; only those facilitated by `facilitatorUserId` when given. */
export function listCohorts(exec: Executor, organisationId: string, facilitatorUserId: string | null) {
  let q = cohortQuery(exec, organisationId);
  if (facilitatorUserId) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('cohort_facilitators as f')
          .select('f.user_id')
          .whereRef('f.cohort_id', '=', 'c.id')
          .where('f.user_id', '=', facilitatorUserId),
      ),
    );
  }
  return q.orderBy('c.starts_on', 'desc').orderBy('c.name').orderBy('c.id').execute();
}

/** The plain row, for checks. */
export function findCohortRow(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('cohorts')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCohort(exec: Executor, row: NewCohortRow) {
  await exec.insertInto('cohorts').values(row).execute();
}

export async function updateCohort(
  exec: Executor,
  organisationId: string,
  id: string,
  set: {
    name: string;
    starts_on: string;
    ends_on: string;
    reminder_hours?: number | null;
    updated_at: string;
  },
) {
  await exec
    .updateTable('cohorts')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** Facilitators of the given cohorts, by name. */
export function listFacilitators(exec: Executor, cohortIds: string[]) {
  if (cohortIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('cohort_facilitators as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.cohort_id', 'u.id', 'u.name', 'u.email'])
    .where('f.cohort_id', 'in', cohortIds)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

export async function replaceFacilitators(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  userIds: string[],
) {
  await exec.deleteFrom('cohort_facilitators').where('cohort_id', '=', cohortId).execute();
  if (userIds.length) {
    await exec
      .insertInto('cohort_facilitators')
      .values(userIds.map((user_id) => ({ cohort_id: cohortId, organisation_id: organisationId, user_id })))
      .execute();
  }
}

/** Active memberships of the given users in the organisation, with their roles (JSON). */
export function memberships(exec: Executor, organisationId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('memberships')
    .select(['user_id', 'roles'])
    .where('organisation_id', '=', organisationId)
    .where('user_id', 'in', userIds)
    .where('deactivated_at', 'is', null)
    .execute();
}

// Participants --------------------------------------------------------------------------------

export function listParticipants(exec: Executor, cohortId: string, includeRemoved: boolean) {
  let q = exec
    .selectFrom('cohort_participants as cp')
    .innerJoin('persons as p', 'p.id', 'cp.person_id')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'cp.person_id',
      'cp.added_at',
      'cp.removed_at',
      'p.name',
      'p.email',
      'p.job_title',
      'p.level',
      'p.left_at',
      'u.id as unit_id',
      'u.name as unit_name',
    ])
    .where('cp.cohort_id', '=', cohortId);
  if (!includeRemoved) q = q.where('cp.removed_at', 'is', null);
  return q.orderBy('p.name').orderBy('p.id').execute();
}
export type ParticipantListRow = Awaited<ReturnType<typeof listParticipants>>[number];

/** Every enrolment row of the cohort (current and removed), for the add-participants decision. */
export function participantStates(exec: Executor, cohortId: string) {
  return exec
    .selectFrom('cohort_participants')
    .select(['person_id', 'removed_at'])
    .where('cohort_id', '=', cohortId)
    .execute();
}

/** The organisation's people among `ids`, with whether they have left. */
export function personsByIds(exec: Executor, organisationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('persons')
    .select(['id', 'left_at'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
}

/** A participant who has not written in the journal for two weeks gets a nudge, unless they opt out. */
export const DEFAULT_JOURNAL_REMINDER_DAYS = 14;

export async function insertParticipants(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  personIds: string[],
  at: string,
) {
  // In slices: SQLite allows a bounded number of parameters per statement.
  for (let i = 0; i < personIds.length; i += 200) {
    await exec
      .insertInto('cohort_participants')
      .values(
        personIds.slice(i, i + 200).map((person_id) => ({
          cohort_id: cohortId,
          organisation_id: organisationId,
          person_id,
          added_at: at,
          removed_at: null,
          journal_reminder_days: DEFAULT_JOURNAL_REMINDER_DAYS,
        })),
      )
      .execute();
  }
}

export async function reopenParticipants(exec: Executor, cohortId: string, personIds: string[], at: string) {
  for (let i = 0; i < personIds.length; i += 500) {
    await exec
      .updateTable('cohort_participants')
      .set({ removed_at: null, added_at: at })
      .where('cohort_id', '=', cohortId)
      .where('person_id', 'in', personIds.slice(i, i + 500))
      .execute();
  }
}

/** Marks a current participant removed; false when they were not one. */
export async function removeParticipant(exec: Executor, cohortId: string, personId: string, at: string) {
  const done = await exec
    .updateTable('cohort_participants')
    .set({ removed_at: at })
    .where('cohort_id', '=', cohortId)
    .where('person_id', '=', personId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

// Activities ----------------------------------------------------------------------------------

function activityQuery(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('cohort_activities as a')
    .innerJoin('programme_modules as m', 'm.id', 'a.module_id')
    .leftJoin('users as u', 'u.id', 'a.facilitator_user_id')
    .selectAll('a')
    .select(['m.title as module_title', 'm.kind as module_kind', 'u.name as facilitator_name'])
    .where('a.organisation_id', '=', organisationId);
}

export function findActivity(exec: Executor, organisationId: string, id: string) {
  return activityQuery(exec, organisationId).where('a.id', '=', id).executeTakeFirst();
}
export type ActivityWithModule = NonNullable<Awaited<ReturnType<typeof findActivity>>>;

/** A cohort's plan in order of start. */
export function listActivities(exec: Executor, organisationId: string, cohortId: string) {
  return activityQuery(exec, organisationId)
    .where('a.cohort_id', '=', cohortId)
    .orderBy('a.starts_at')
    .orderBy('a.ends_at')
    .orderBy('a.id')
    .execute();
}

/** Activities of the cohort that have begun by `now`, in order: the ones attendance is taken for. */
export function startedActivities(exec: Executor, cohortId: string, now: string) {
  return exec
    .selectFrom('cohort_activities')
    .select(['id', 'title', 'starts_at'])
    .where('cohort_id', '=', cohortId)
    .where('starts_at', '<=', now)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

export function findModuleInVersion(exec: Executor, versionId: string, moduleId: string) {
  return exec
    .selectFrom('programme_modules')
    .select(['id', 'title'])
    .where('version_id', '=', versionId)
    .where('id', '=', moduleId)
    .executeTakeFirst();
}

export async function insertActivity(exec: Executor, row: NewCohortActivityRow) {
  await exec.insertInto('cohort_activities').values(row).execute();
}

export async function updateActivity(
  exec: Executor,
  organisationId: string,
  id: string,
  set: CohortActivityUpdate,
) {
  await exec
    .updateTable('cohort_activities')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

// Attendance ----------------------------------------------------------------------------------

export function attendanceOf(exec: Executor, activityIds: string[]) {
  if (activityIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('activity_attendance')
    .select(['activity_id', 'person_id', 'status', 'reason', 'marked_at'])
    .where('activity_id', 'in', activityIds)
    .execute();
}

/** Only what the figures need: a cohort of 350 over 20 activities reads thousands of marks. */
export function marksFor(exec: Executor, activityIds: string[]) {
  if (activityIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('activity_attendance')
    .select(['activity_id', 'person_id', 'status'])
    .where('activity_id', 'in', activityIds)
    .execute();
}

export async function upsertMarks(exec: Executor, rows: NewActivityAttendanceRow[]) {
  for (let i = 0; i < rows.length; i += 100) {
    await exec
      .insertInto('activity_attendance')
      .values(rows.slice(i, i + 100))
      .onConflict((oc) =>
        oc.columns(['activity_id', 'person_id']).doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          reason: eb.ref('excluded.reason'),
          marked_by_user_id: eb.ref('excluded.marked_by_user_id'),
          marked_at: eb.ref('excluded.marked_at'),
        })),
      )
      .execute();
  }
}

export async function clearMarks(exec: Executor, activityId: string, personIds: string[]) {
  if (personIds.length === 0) return;
  await exec
    .deleteFrom('activity_attendance')
    .where('activity_id', '=', activityId)
    .where('person_id', 'in', personIds)
    .execute();
}

/**
 * Serialises writes to one cohort's participants and marks (check-then-insert). SQLite's
 * transactions already begin immediate; on PostgreSQL the cohort row is locked.
 */
export async function lockCohort(trx: Trx, dialect: 'sqlite' | 'postgres', id: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await trx.selectFrom('cohorts').select('id').where('id', '=', id).forUpdate().execute();
}
