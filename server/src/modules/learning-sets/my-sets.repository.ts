import type { Executor } from '../../lib/context.js';

/** The person's sets in the given cohorts (at most one per cohort), with the facilitators' names. */
export function setsOfPerson(exec: Executor, organisationId: string, personId: string, cohortIds: string[]) {
  if (cohortIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('learning_set_members as m')
    .innerJoin('learning_sets as s', 's.id', 'm.set_id')
    .innerJoin('cohorts as c', 'c.id', 's.cohort_id')
    .leftJoin('users as u', 'u.id', 's.facilitator_user_id')
    .select(['s.id', 's.name', 's.cohort_id', 'c.name as cohort_name', 'u.name as facilitator_name'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.person_id', '=', personId)
    .where('m.cohort_id', 'in', cohortIds)
    .execute();
}

/** The sets the user is the facilitator of, in cohorts that have not ended (Copenhagen `today`). */
export function facilitatedSets(exec: Executor, organisationId: string, userId: string, today: string) {
  return exec
    .selectFrom('learning_sets as s')
    .innerJoin('cohorts as c', 'c.id', 's.cohort_id')
    .select(['s.id', 's.name', 's.cohort_id', 'c.name as cohort_name'])
    .where('s.organisation_id', '=', organisationId)
    .where('s.facilitator_user_id', '=', userId)
    .where('c.ends_on', '>=', today)
    .orderBy('c.starts_on')
    .orderBy('c.id')
    .orderBy('s.position')
    .execute();
}
