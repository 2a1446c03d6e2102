import type { Executor } from '../../lib/context.js';

/** The sources an insight can be made from (insights.sources.ts decides who may use them). */

/** A learning-set meeting with its set's name and facilitator. */
export function meetingSet(exec: Executor, organisationId: string, meetingId: string) {
  return exec
    .selectFrom('learning_set_meetings as m')
    .innerJoin('learning_sets as s', 's.id', 'm.set_id')
    .select([
      'm.id',
      'm.cohort_id',
      'm.set_id',
      'm.starts_at',
      'm.next_steps',
      'm.questions',
      's.name as set_name',
      's.facilitator_user_id',
    ])
    .where('m.organisation_id', '=', organisationId)
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
}

export function journalEntry(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('journal_entries')
    .select(['id', 'cohort_id', 'person_id', 'phase', 'body', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function actionProject(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('action_projects')
    .select(['id', 'cohort_id', 'person_id', 'title', 'challenge'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}
