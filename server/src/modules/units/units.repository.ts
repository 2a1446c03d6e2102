import type { Executor } from '../../lib/context.js';
import type { NewUnitRow, UnitUpdate } from './units.tables.js';

/** Every unit of the organisation with its manager's name and the active people placed in it. */
export function listUnits(exec: Executor, organisationId: string, includeEnded: boolean) {
  let q = exec
    .selectFrom('units')
    .leftJoin('persons as manager', (j) =>
      j
        .onRef('manager.id', '=', 'units.manager_person_id')
        .onRef('manager.organisation_id', '=', 'units.organisation_id'),
    )
    .select((eb) => [
      'units.id',
      'units.external_id',
      'units.name',
      'units.kind',
      'units.parent_id',
      'units.ended_at',
      'manager.id as manager_id',
      'manager.name as manager_name',
      eb
        .selectFrom('persons')
        .select((e) => e.fn.countAll<number>().as('n'))
        // organisation_id first, so the count uses persons_org_unit_idx instead of a scan per unit.
        .whereRef('persons.organisation_id', '=', 'units.organisation_id')
        .whereRef('persons.unit_id', '=', 'units.id')
        .where('persons.left_at', 'is', null)
        .as('people_count'),
    ])
    .where('units.organisation_id', '=', organisationId);
  if (!includeEnded) q = q.where('units.ended_at', 'is', null);
  return q.orderBy('units.name').orderBy('units.id').execute();
}
export type UnitListRow = Awaited<ReturnType<typeof listUnits>>[number];

export function findUnit(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('units')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findUnitByExternalId(exec: Executor, organisationId: string, externalId: string) {
  return exec
    .selectFrom('units')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

/** Every unit of the organisation with its place in the tree and its manager (areas, line managers). */
export function unitTree(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('units')
    .select(['id', 'name', 'parent_id', 'manager_person_id'])
    .where('organisation_id', '=', organisationId)
    .execute();
}

/** id → parent id for the whole organisation (for cycle checks). */
export async function parentMap(exec: Executor, organisationId: string): Promise<Map<string, string | null>> {
  const rows = await exec
    .selectFrom('units')
    .select(['id', 'parent_id'])
    .where('organisation_id', '=', organisationId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

export async function insertUnit(exec: Executor, row: NewUnitRow): Promise<void> {
  await exec.insertInto('units').values(row).execute();
}

export async function updateUnit(exec: Executor, organisationId: string, id: string, set: UnitUpdate) {
  await exec
    .updateTable('units')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}
