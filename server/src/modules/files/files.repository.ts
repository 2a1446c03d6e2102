import type { Executor, Trx } from '../../lib/context.js';
import type { NewFileRow } from './files.tables.js';

export async function insertFile(trx: Trx, row: NewFileRow): Promise<void> {
  await trx.insertInto('files').values(row).execute();
}

/** One file with its contents. */
export function findFile(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('files')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One file with its contents, only when it is a material of a module of a programme version that
 * a current cohort of the user runs: the user's person in the organisation (not left) is a
 * participant (not removed) of a cohort of that version.
 */
export function findFileOfParticipant(exec: Executor, organisationId: string, userId: string, id: string) {
  if (!UUID.test(id)) return Promise.resolve(undefined);
  return exec
    .selectFrom('files')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('persons')
          .innerJoin('cohort_participants', 'cohort_participants.person_id', 'persons.id')
          .innerJoin('cohorts', 'cohorts.id', 'cohort_participants.cohort_id')
          .innerJoin('programme_modules', 'programme_modules.version_id', 'cohorts.version_id')
          .select('persons.id')
          .where('persons.organisation_id', '=', organisationId)
          .where('persons.user_id', '=', userId)
          .where('persons.left_at', 'is', null)
          .where('cohort_participants.organisation_id', '=', organisationId)
          .where('cohort_participants.removed_at', 'is', null)
          .where('cohorts.organisation_id', '=', organisationId)
          // `materials` is JSON text (`[{"title":…,"fileId":"<id>"}]`). A LIKE on the quoted id is
          // exact enough: ids are UUIDs (checked above and by the route), so they hold no LIKE wildcard
          // (`%`, `_`) and no quote, and one UUID never appears inside another between quotes.
          .where('programme_modules.materials', 'like', `%"${id}"%`),
      ),
    )
    .executeTakeFirst();
}

/** What a list shows of the given files (never their contents); ids of other organisations are left out. */
export function listFileSummaries(exec: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('files')
    .select(['id', 'file_name', 'content_type', 'size_bytes'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .execute();
}
export type FileSummaryRow = Awaited<ReturnType<typeof listFileSummaries>>[number];
