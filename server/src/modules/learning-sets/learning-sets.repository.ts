import type { Executor, Trx } from '../../lib/context.js';
import type { NewLearningSetMemberRow, NewLearningSetRow } from './learning-sets.tables.js';

/** The cohort's current participants with what composition needs: unit, level and field. */
export function currentParticipants(exec: Executor, organisationId: string, cohortId: string) {
  return exec
    .selectFrom('cohort_participants as cp')
    .innerJoin('persons as p', 'p.id', 'cp.person_id')
    .leftJoin('professional_fields as f', 'f.id', 'p.field_id')
    .select(['p.id', 'p.name', 'p.unit_id', 'p.level', 'p.field_id', 'f.name as field_name'])
    .where('cp.organisation_id', '=', organisationId)
    .where('cp.cohort_id', '=', cohortId)
    .where('cp.removed_at', 'is', null)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}
export type ParticipantForSetsRow = Awaited<ReturnType<typeof currentParticipants>>[number];

/** Every unit of the organisation (ended ones too: a person may still sit in one). */
export function listSets(exec: Executor, organisationId: string, cohortId: string) {
  return exec
    .selectFrom('learning_sets as s')
    .leftJoin('users as u', 'u.id', 's.facilitator_user_id')
    .select(['s.id', 's.name', 's.position', 's.facilitator_user_id', 'u.name as facilitator_name'])
    .where('s.organisation_id', '=', organisationId)
    .where('s.cohort_id', '=', cohortId)
    .orderBy('s.position')
    .orderBy('s.id')
    .execute();
}

export function listMembers(exec: Executor, organisationId: string, cohortId: string) {
  return exec
    .selectFrom('learning_set_members')
    .select(['set_id', 'person_id'])
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .execute();
}

/** Replaces the cohort's sets and their members with the given ones. */
export async function replaceSets(
  trx: Trx,
  organisationId: string,
  cohortId: string,
  sets: NewLearningSetRow[],
  members: NewLearningSetMemberRow[],
) {
  await trx
    .deleteFrom('learning_sets')
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .execute();
  if (sets.length) await trx.insertInto('learning_sets').values(sets).execute();
  // Chunks keep a large cohort under SQLite's limit of bound parameters.
  for (let i = 0; i < members.length; i += 500) {
    await trx
      .insertInto('learning_set_members')
      .values(members.slice(i, i + 500))
      .execute();
  }
}

export async function setLockedAt(trx: Trx, organisationId: string, cohortId: string, at: string | null) {
  await trx
    .updateTable('cohorts')
    .set({ learning_sets_locked_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', cohortId)
    .execute();
}
