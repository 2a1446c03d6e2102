import type { Executor, Trx } from '../../lib/context.js';
import type {
  ActionProjectRow,
  NewActionProjectRow,
  NewJournalCommentRow,
  NewJournalEntryRow,
} from './action-projects.tables.js';

// Who is who in a cohort ------------------------------------------------------------------------

/** The set the person sits in within the cohort, if any. */
export function setOfPerson(exec: Executor, organisationId: string, cohortId: string, personId: string) {
  return exec
    .selectFrom('learning_set_members')
    .select('set_id')
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** The sets of the cohort that the user facilitates. */
export async function setsFacilitatedBy(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  userId: string,
) {
  const rows = await exec
    .selectFrom('learning_sets')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('facilitator_user_id', '=', userId)
    .execute();
  return rows.map((r) => r.id);
}

/** Current participants of the given sets, with the set each sits in. */
export function membersOfSets(exec: Executor, organisationId: string, cohortId: string, setIds: string[]) {
  if (setIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('learning_set_members as m')
    .innerJoin('cohort_participants as cp', (j) =>
      j.onRef('cp.cohort_id', '=', 'm.cohort_id').onRef('cp.person_id', '=', 'm.person_id'),
    )
    .select(['m.person_id', 'm.set_id'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.cohort_id', '=', cohortId)
    .where('m.set_id', 'in', setIds)
    .where('cp.removed_at', 'is', null)
    .execute();
}

/** Current participants of the cohort (facilitators see what any of them shared with them). */
export async function participantIds(exec: Executor, organisationId: string, cohortId: string) {
  const rows = await exec
    .selectFrom('cohort_participants')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('removed_at', 'is', null)
    .execute();
  return rows.map((r) => r.person_id);
}

// Projects -------------------------------------------------------------------------------------

export function findProject(exec: Executor, organisationId: string, cohortId: string, personId: string) {
  return exec
    .selectFrom('action_projects')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('cohort_id', '=', cohortId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export function projectsOf(exec: Executor, organisationId: string, personId: string, cohortIds: string[]) {
  if (cohortIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('action_projects')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('cohort_id', 'in', cohortIds)
    .execute();
}

/** Projects of the given owners in the cohort that they shared with their set. */
export function sharedProjects(exec: Executor, organisationId: string, cohortId: string, ownerIds: string[]) {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('action_projects as ap')
    .innerJoin('persons as p', 'p.id', 'ap.person_id')
    .selectAll('ap')
    .select('p.name as owner_name')
    .where('ap.organisation_id', '=', organisationId)
    .where('ap.cohort_id', '=', cohortId)
    .where('ap.share', '=', 'set')
    .where('ap.person_id', 'in', ownerIds)
    .orderBy('p.name')
    .execute();
}

export async function focusAreasOf(exec: Executor, organisationId: string, projectIds: string[]) {
  if (projectIds.length === 0) return new Map<string, string[]>();
  const rows = await exec
    .selectFrom('action_project_focus_areas as pf')
    .innerJoin('focus_areas as f', 'f.id', 'pf.focus_area_id')
    .select(['pf.project_id', 'pf.focus_area_id'])
    .where('pf.organisation_id', '=', organisationId)
    .where('pf.project_id', 'in', projectIds)
    .orderBy('f.position')
    .execute();
  const byProject = new Map<string, string[]>();
  for (const r of rows)
    byProject.set(r.project_id, [...(byProject.get(r.project_id) ?? []), r.focus_area_id]);
  return byProject;
}

/** The organisation's focus areas that are in use (not archived), among the given ids. */
export async function activeFocusAreaIds(exec: Executor, organisationId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await exec
    .selectFrom('focus_areas')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .where('archived_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The organisation's focus areas in use, in their order. */
export function focusAreaOptions(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('focus_areas')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('archived_at', 'is', null)
    .orderBy('position')
    .execute();
}

export async function insertProject(trx: Trx, row: NewActionProjectRow) {
  await trx.insertInto('action_projects').values(row).execute();
}

/**
 * Writes an edit only while the project is still at `version`; returns false when someone else's
 * edit came first (the caller answers 409 instead of overwriting it).
 */
export async function updateProjectAtVersion(
  trx: Trx,
  project: Pick<ActionProjectRow, 'id' | 'organisation_id'>,
  version: number,
  changes: Omit<ActionProjectRow, 'id' | 'organisation_id' | 'cohort_id' | 'person_id' | 'created_at'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('action_projects')
    .set(changes)
    .where('organisation_id', '=', project.organisation_id)
    .where('id', '=', project.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceFocusAreas(trx: Trx, organisationId: string, projectId: string, ids: string[]) {
  await trx.deleteFrom('action_project_focus_areas').where('project_id', '=', projectId).execute();
  if (ids.length === 0) return;
  await trx
    .insertInto('action_project_focus_areas')
    .values(
      ids.map((focus_area_id) => ({ project_id: projectId, organisation_id: organisationId, focus_area_id })),
    )
    .execute();
}

// Journal --------------------------------------------------------------------------------------

export function findEntry(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('journal_entries')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The author's own entries in the given cohorts, newest first. */
export function entriesOf(exec: Executor, organisationId: string, personId: string, cohortIds: string[]) {
  if (cohortIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('journal_entries')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('cohort_id', 'in', cohortIds)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Entries of the given authors in the cohort whose share is one of `shares`, newest first. */
export function sharedEntries(
  exec: Executor,
  organisationId: string,
  cohortId: string,
  authorIds: string[],
  shares: readonly string[],
) {
  if (authorIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('journal_entries as e')
    .innerJoin('persons as p', 'p.id', 'e.person_id')
    .selectAll('e')
    .select('p.name as author_name')
    .where('e.organisation_id', '=', organisationId)
    .where('e.cohort_id', '=', cohortId)
    .where('e.person_id', 'in', authorIds)
    .where('e.share', 'in', shares)
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id')
    .execute();
}

export async function insertEntry(trx: Trx, row: NewJournalEntryRow) {
  await trx.insertInto('journal_entries').values(row).execute();
}

export async function updateEntry(
  trx: Trx,
  organisationId: string,
  id: string,
  changes: { phase: string; body: string; share: string; updated_at: string },
) {
  await trx
    .updateTable('journal_entries')
    .set(changes)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

export async function deleteEntry(trx: Trx, organisationId: string, id: string) {
  await trx
    .deleteFrom('journal_entries')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** Comments on the given entries, oldest first, with their authors' names. */
export function commentsOn(exec: Executor, organisationId: string, entryIds: string[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('journal_comments as c')
    .leftJoin('users as u', 'u.id', 'c.author_user_id')
    .select(['c.id', 'c.entry_id', 'c.author_user_id', 'c.body', 'c.created_at', 'u.name as author_name'])
    .where('c.organisation_id', '=', organisationId)
    .where('c.entry_id', 'in', entryIds)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}
export type CommentRow = Awaited<ReturnType<typeof commentsOn>>[number];

export async function insertComment(trx: Trx, row: NewJournalCommentRow) {
  await trx.insertInto('journal_comments').values(row).execute();
}
