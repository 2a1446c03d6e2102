import type { Executor } from '../../lib/context.js';
import type { NewCalendarTokenRow } from './calendar.tables.js';

/** The person a signed-in account is in the organisation, if they have not left. */
export function findPersonOfUser(exec: Executor, organisationId: string, userId: string) {
  return exec
    .selectFrom('persons')
    .select(['id', 'name', 'email', 'job_title'])
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .where('left_at', 'is', null)
    .orderBy('created_at')
    .executeTakeFirst();
}

/**
 * The cohorts the person takes part in now: not removed, and the period not over by the
 * Copenhagen calendar (`today`). Soonest start first.
 */
export function listCurrentCohortsOf(
  exec: Executor,
  organisationId: string,
  personId: string,
  today: string,
) {
  return exec
    .selectFrom('cohort_participants as cp')
    .innerJoin('cohorts as c', 'c.id', 'cp.cohort_id')
    .innerJoin('programme_versions as v', 'v.id', 'c.version_id')
    .innerJoin('programmes as p', 'p.id', 'v.programme_id')
    .select([
      'c.id',
      'c.name',
      'c.starts_on',
      'c.ends_on',
      'v.name as version_name',
      'p.title as programme_title',
    ])
    .where('cp.organisation_id', '=', organisationId)
    .where('c.organisation_id', '=', organisationId)
    .where('cp.person_id', '=', personId)
    .where('cp.removed_at', 'is', null)
    .where('c.ends_on', '>=', today)
    .orderBy('c.starts_on')
    .orderBy('c.id')
    .execute();
}
export type MyCohortRow = Awaited<ReturnType<typeof listCurrentCohortsOf>>[number];

function activityQuery(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('cohort_activities as a')
    .innerJoin('programme_modules as m', 'm.id', 'a.module_id')
    .innerJoin('cohorts as c', 'c.id', 'a.cohort_id')
    .select([
      'a.id',
      'a.cohort_id',
      'a.module_id',
      'a.signup_event_id',
      'a.title',
      'a.starts_at',
      'a.ends_at',
      'a.location',
      'a.online_url',
      'a.facilitator_user_id',
      'a.updated_at',
      'm.kind as module_kind',
      'm.title as module_title',
      'm.description as module_description',
      'm.objectives as module_objectives',
      'm.materials as module_materials',
      'c.name as cohort_name',
    ])
    .where('a.organisation_id', '=', organisationId);
}

/** The plans of the given cohorts, in order of start. */
export async function listActivitiesOfCohorts(exec: Executor, organisationId: string, cohortIds: string[]) {
  if (cohortIds.length === 0) return [];
  return activityQuery(exec, organisationId)
    .where('a.cohort_id', 'in', cohortIds)
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .execute();
}
export type MyActivityRow = Awaited<ReturnType<typeof listActivitiesOfCohorts>>[number];

export function findActivity(exec: Executor, organisationId: string, id: string) {
  return activityQuery(exec, organisationId).where('a.id', '=', id).executeTakeFirst();
}

/** The person's own marks, and nobody else's. */
export async function marksOf(
  exec: Executor,
  organisationId: string,
  personId: string,
  activityIds: string[],
) {
  if (activityIds.length === 0) return [];
  return exec
    .selectFrom('activity_attendance')
    .select(['activity_id', 'status', 'reason'])
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('activity_id', 'in', activityIds)
    .execute();
}

export async function isCurrentParticipant(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  personId: string,
): Promise<boolean> {
  const row = await exec
    .selectFrom('cohort_participants')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('person_id', '=', personId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function isCohortFacilitator(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  userId: string,
): Promise<boolean> {
  const row = await exec
    .selectFrom('cohort_facilitators')
    .select('user_id')
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

// Calendar links --------------------------------------------------------------------------------

export function findCalendarToken(exec: Executor, organisationId: string, userId: string) {
  return exec
    .selectFrom('calendar_tokens')
    .select(['created_at'])
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** The link's owner, by the hash of its token, with whether the membership is still active. */
export function findCalendarTokenByHash(exec: Executor, tokenHash: string) {
  return exec
    .selectFrom('calendar_tokens as t')
    .leftJoin('memberships as ms', (j) =>
      j.onRef('ms.user_id', '=', 't.user_id').onRef('ms.organisation_id', '=', 't.organisation_id'),
    )
    .select(['t.user_id', 't.organisation_id', 'ms.deactivated_at', 'ms.user_id as member_user_id'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Creates the account's link or replaces its token (the old one stops working at once). */
export async function upsertCalendarToken(exec: Executor, row: NewCalendarTokenRow) {
  await exec
    .insertInto('calendar_tokens')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'organisation_id'])
        .doUpdateSet({ token_hash: row.token_hash, created_at: row.created_at }),
    )
    .execute();
}
