import type { Executor } from '../../lib/context.js';

/**
 * Reads for the facilitator's overview. None of them selects a journal entry's body or any text
 * of a project but the title of one its owner shared with the set: what is not read cannot leak.
 */

/** The learning sets of the cohort that the user facilitates. */
export async function setsFacilitatedBy(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  userId: string,
): Promise<string[]> {
  const rows = await exec
    .selectFrom('learning_sets')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('facilitator_user_id', '=', userId)
    .execute();
  return rows.map((r) => r.id);
}

/** Current participants with their set; only the members of `setIds` when given. */
export function participantsWithSets(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  setIds: string[] | null,
) {
  return exec
    .selectFrom('cohort_participants as cp')
    .innerJoin('persons as p', 'p.id', 'cp.person_id')
    .leftJoin('learning_set_members as m', (j) =>
      j.onRef('m.cohort_id', '=', 'cp.cohort_id').onRef('m.person_id', '=', 'cp.person_id'),
    )
    .leftJoin('learning_sets as s', 's.id', 'm.set_id')
    .select([
      'cp.person_id',
      'cp.added_at',
      'cp.journal_reminder_days',
      'p.name',
      's.id as set_id',
      's.name as set_name',
    ])
    .where('cp.organisation_id', '=', organisationId)
    .where('cp.cohort_id', '=', cohortId)
    .where('cp.removed_at', 'is', null)
    .$if(setIds !== null, (q) => q.where('m.set_id', 'in', setIds?.length ? setIds : ['']))
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}
export type OverviewParticipantRow = Awaited<ReturnType<typeof participantsWithSets>>[number];

/** Each project's status, and its title only when shared with the set (decided in SQL). */
export function projectStatuses(exec: Executor, organisationId: string, cohortId: string) {
  return exec
    .selectFrom('action_projects')
    .select((eb) => [
      'person_id',
      'status',
      eb.case().when('share', '=', 'set').then(eb.ref('title')).end().as('shared_title'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .execute();
}

/** Per author: the time of the last entry, how many, and how many shared with the facilitators. */
export function journalActivity(exec: Executor, organisationId: string, cohortId: string) {
  return exec
    .selectFrom('journal_entries')
    .select((eb) => [
      'person_id',
      eb.fn.max('created_at').as('last_entry_at'),
      eb.fn.countAll<number | string>().as('entries'),
      eb.fn
        .sum<number | string | null>(
          eb.case().when('share', 'in', ['facilitator', 'set']).then(1).else(0).end(),
        )
        .as('shared'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .groupBy('person_id')
    .execute();
}

/** Statuses of the current participants' projects (for counts; nothing else of them). */
export function currentProjectStatuses(exec: Executor, organisationId: string, cohortId: string) {
  return exec
    .selectFrom('action_projects as ap')
    .innerJoin('cohort_participants as cp', (j) =>
      j.onRef('cp.cohort_id', '=', 'ap.cohort_id').onRef('cp.person_id', '=', 'ap.person_id'),
    )
    .select('ap.status')
    .where('ap.organisation_id', '=', organisationId)
    .where('ap.cohort_id', '=', cohortId)
    .where('cp.removed_at', 'is', null)
    .execute();
}

/** How many of the current participants' projects touch each focus area, in catalogue order. */
export function focusAreaCounts(exec: Executor, organisationId: string, cohortId: string) {
  return exec
    .selectFrom('action_project_focus_areas as pf')
    .innerJoin('action_projects as ap', 'ap.id', 'pf.project_id')
    .innerJoin('cohort_participants as cp', (j) =>
      j.onRef('cp.cohort_id', '=', 'ap.cohort_id').onRef('cp.person_id', '=', 'ap.person_id'),
    )
    .innerJoin('focus_areas as fa', 'fa.id', 'pf.focus_area_id')
    .select((eb) => ['fa.id', 'fa.name', 'fa.position', eb.fn.countAll<number | string>().as('n')])
    .where('pf.organisation_id', '=', organisationId)
    .where('ap.cohort_id', '=', cohortId)
    .where('cp.removed_at', 'is', null)
    .groupBy(['fa.id', 'fa.name', 'fa.position'])
    .orderBy('fa.position')
    .orderBy('fa.name')
    .execute();
}
