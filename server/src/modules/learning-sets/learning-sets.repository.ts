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

/** The rows of a save: the sets in order (ids already kept or made), and everyone's place. */
export interface SetsToSave {
  /** Sets that keep their id: new name, facilitator and position. */
  update: NewLearningSetRow[];
  insert: NewLearningSetRow[];
  /** Ids of the sets beyond the new last position (none of them may have meetings). */
  remove: string[];
  members: NewLearningSetMemberRow[];
}

/** Writes a save: members replaced whole, sets updated in place, added and removed. */
export async function writeSets(trx: Trx, organisationId: string, cohortId: string, save: SetsToSave) {
  // Members first: a person may move from a set that stays to one that is new.
  await trx
    .deleteFrom('learning_set_members')
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .execute();
  for (const set of save.update) {
    await trx
      .updateTable('learning_sets')
      .set({
        name: set.name,
        facilitator_user_id: set.facilitator_user_id,
        position: set.position,
        updated_at: set.updated_at,
      })
      .where('organisation_id', '=', organisationId)
      .where('cohort_id', '=', cohortId)
      .where('id', '=', set.id)
      .execute();
  }
  if (save.remove.length) {
    await trx
      .deleteFrom('learning_sets')
      .where('organisation_id', '=', organisationId)
      .where('cohort_id', '=', cohortId)
      .where('id', 'in', save.remove)
      .execute();
  }
  if (save.insert.length) await trx.insertInto('learning_sets').values(save.insert).execute();
  // Chunks keep a large cohort under SQLite's limit of bound parameters.
  for (let i = 0; i < save.members.length; i += 500) {
    await trx
      .insertInto('learning_set_members')
      .values(save.members.slice(i, i + 500))
      .execute();
  }
}

/** How many meetings each of the given sets has (sets without any are left out). */
export async function meetingCounts(exec: Executor, organisationId: string, setIds: string[]) {
  if (setIds.length === 0) return [];
  return exec
    .selectFrom('learning_set_meetings')
    .select(['set_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('organisation_id', '=', organisationId)
    .where('set_id', 'in', setIds)
    .groupBy('set_id')
    .execute();
}

export async function setLockedAt(trx: Trx, organisationId: string, cohortId: string, at: string | null) {
  await trx
    .updateTable('cohorts')
    .set({ learning_sets_locked_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', cohortId)
    .execute();
}
