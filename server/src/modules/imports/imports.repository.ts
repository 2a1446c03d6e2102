import type { Executor } from '../../lib/context.js';
import type { ImportMappingRow, NewImportBatchRow } from './imports.tables.js';
import type { Existing } from './planner.js';

/** The organisation's units, people and professional fields, as the planner compares them. */
export async function loadExisting(exec: Executor, organisationId: string): Promise<Existing> {
  const [units, persons, fields] = await Promise.all([
    exec
      .selectFrom('units')
      .select(['id', 'external_id', 'name', 'kind', 'parent_id', 'manager_person_id', 'ended_at'])
      .where('organisation_id', '=', organisationId)
      .execute(),
    exec
      .selectFrom('persons')
      .select(['id', 'external_id', 'name', 'email', 'job_title', 'unit_id', 'level', 'field_id', 'left_at'])
      .where('organisation_id', '=', organisationId)
      .execute(),
    exec
      .selectFrom('professional_fields')
      .select(['id', 'key', 'name', 'archived_at'])
      .where('organisation_id', '=', organisationId)
      .orderBy('sort_order')
      .execute(),
  ]);
  return { units, persons, fields };
}

export async function insertBatch(exec: Executor, row: NewImportBatchRow): Promise<void> {
  await exec.insertInto('import_batches').values(row).execute();
}

export function findBatch(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('import_batches')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The latest batches, without their plans. */
export function listBatches(exec: Executor, organisationId: string, limit = 50) {
  return exec
    .selectFrom('import_batches')
    .select(['id', 'kind', 'format', 'file_name', 'status', 'summary', 'created_at', 'applied_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Marks a previewed batch applied; false when it was not (or no longer) previewed. */
export async function markApplied(exec: Executor, organisationId: string, id: string, nowIso: string) {
  const r = await exec
    .updateTable('import_batches')
    .set({ status: 'applied', applied_at: nowIso })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('status', '=', 'previewed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function listMappings(exec: Executor, organisationId: string, kind?: string) {
  let q = exec.selectFrom('import_mappings').selectAll().where('organisation_id', '=', organisationId);
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('name').orderBy('id').execute();
}

export function findMapping(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('import_mappings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findMappingByName(exec: Executor, organisationId: string, kind: string, name: string) {
  return exec
    .selectFrom('import_mappings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', kind)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertMapping(exec: Executor, row: ImportMappingRow): Promise<void> {
  await exec.insertInto('import_mappings').values(row).execute();
}

export async function updateMapping(
  exec: Executor,
  organisationId: string,
  id: string,
  mapping: string,
  nowIso: string,
) {
  await exec
    .updateTable('import_mappings')
    .set({ mapping, updated_at: nowIso })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** A cheap summary of the organisation's units, people and fields; it changes whenever any of them does. */
export async function organisationFingerprint(exec: Executor, organisationId: string): Promise<string> {
  const units = await exec
    .selectFrom('units')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('at')])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const persons = await exec
    .selectFrom('persons')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('at')])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const fields = await exec
    .selectFrom('professional_fields')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('archived_at').as('archived')])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return JSON.stringify([
    Number(units.n),
    units.at,
    Number(persons.n),
    persons.at,
    Number(fields.n),
    Number(fields.archived),
  ]);
}
