import type { Executor } from '../../lib/context.js';
import type { NewFieldRow } from './people.tables.js';

export function listFields(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('professional_fields')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

export function findField(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('professional_fields')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findFieldByKey(exec: Executor, organisationId: string, key: string) {
  return exec
    .selectFrom('professional_fields')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function insertFields(exec: Executor, rows: NewFieldRow[]): Promise<void> {
  if (rows.length) await exec.insertInto('professional_fields').values(rows).execute();
}

export async function updateField(
  exec: Executor,
  organisationId: string,
  id: string,
  set: { name?: string; key?: string; archived_at?: string | null },
) {
  await exec
    .updateTable('professional_fields')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}
