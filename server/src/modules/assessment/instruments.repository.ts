import type { Executor, Trx } from '../../lib/context.js';
import type { AssessmentInstrumentRow } from './assessment.tables.js';

/** The organisation's versions of the instrument, newest first. */
export function listVersions(exec: Executor, organisationId: string): Promise<AssessmentInstrumentRow[]> {
  return exec
    .selectFrom('assessment_instruments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('version', 'desc')
    .execute();
}

export function findVersion(
  exec: Executor,
  organisationId: string,
  id: string,
): Promise<AssessmentInstrumentRow | undefined> {
  return exec
    .selectFrom('assessment_instruments')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** The newest version (any status): a new draft starts from its own items. */
export function latestVersion(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('assessment_instruments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findDraft(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('assessment_instruments')
    .select(['id', 'version'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

export async function insertDraft(
  trx: Trx,
  row: {
    id: string;
    organisationId: string;
    version: number;
    baseVersion: number;
    ownItems: string;
    now: string;
  },
): Promise<void> {
  await trx
    .insertInto('assessment_instruments')
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      version: row.version,
      status: 'draft',
      base_version: row.baseVersion,
      own_items: row.ownItems,
      published_at: null,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

/** Replaces a draft's own items; false when there is no such draft (gone, foreign or published). */
export async function saveDraftItems(
  trx: Trx,
  organisationId: string,
  id: string,
  ownItems: string,
  now: string,
): Promise<boolean> {
  const done = await trx
    .updateTable('assessment_instruments')
    .set({ own_items: ownItems, updated_at: now })
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** Publishes a draft; false when there is no such draft. */
export async function publishDraft(
  trx: Trx,
  organisationId: string,
  id: string,
  now: string,
): Promise<boolean> {
  const done = await trx
    .updateTable('assessment_instruments')
    .set({ status: 'published', published_at: now, updated_at: now })
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** Deletes a draft; false when there is no such draft. */
export async function deleteDraft(trx: Trx, organisationId: string, id: string): Promise<boolean> {
  const done = await trx
    .deleteFrom('assessment_instruments')
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(done.numDeletedRows) === 1;
}
