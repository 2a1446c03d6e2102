import { sql } from 'kysely';
import type { Level } from '../../../../core/organisation.js';
import type { Executor } from '../../lib/context.js';
import type { NewPersonRow, PersonUpdate } from './people.tables.js';

export interface PeopleFilter {
  organisationId: string;
  /** Units to look in (a unit and, when wanted, everything below it: see subtreeIds). */
  unitIds?: readonly string[];
  levels?: readonly Level[];
  fieldId?: string;
  /** Lower-cased search text (see personSearchText). */
  search?: string;
  status: 'active' | 'left' | 'all';
}

/** A unit and every unit below it, found with one recursive query. */
export async function subtreeIds(exec: Executor, organisationId: string, unitId: string): Promise<string[]> {
  const rows = await exec
    .withRecursive('subtree(id)', (db) =>
      db
        .selectFrom('units')
        .select('units.id')
        .where('units.organisation_id', '=', organisationId)
        .where('units.id', '=', unitId)
        // UNION, not UNION ALL: a cycle in the parents (which nothing should allow) ends the recursion.
        .union((u) =>
          u
            .selectFrom('units')
            .innerJoin('subtree', 'subtree.id', 'units.parent_id')
            .select('units.id')
            .where('units.organisation_id', '=', organisationId),
        ),
    )
    .selectFrom('subtree')
    .select('id')
    .execute();
  return rows.map((r) => r.id);
}

function filtered(exec: Executor, f: PeopleFilter) {
  let q = exec.selectFrom('persons').where('persons.organisation_id', '=', f.organisationId);
  if (f.unitIds)
    q = f.unitIds.length ? q.where('persons.unit_id', 'in', [...f.unitIds]) : q.where(sql<boolean>`1 = 0`);
  if (f.levels?.length) q = q.where('persons.level', 'in', [...f.levels]);
  if (f.fieldId) q = q.where('persons.field_id', '=', f.fieldId);
  if (f.search) {
    const pattern = `%${f.search.replace(/[\\%_]/g, '\\$&')}%`;
    q = q.where(sql<boolean>`${sql.ref('persons.search_text')} like ${pattern} escape '\\'`);
  }
  if (f.status === 'active') q = q.where('persons.left_at', 'is', null);
  if (f.status === 'left') q = q.where('persons.left_at', 'is not', null);
  return q;
}

const personColumns = [
  'persons.id',
  'persons.external_id',
  'persons.name',
  'persons.email',
  'persons.job_title',
  'persons.level',
  'persons.left_at',
  'units.id as unit_id',
  'units.name as unit_name',
  'professional_fields.id as field_id',
  'professional_fields.name as field_name',
  'users.id as user_id',
  'users.email as user_email',
] as const;

export function listPeople(exec: Executor, f: PeopleFilter, limit: number, offset: number) {
  return filtered(exec, f)
    .leftJoin('units', 'units.id', 'persons.unit_id')
    .leftJoin('professional_fields', 'professional_fields.id', 'persons.field_id')
    .leftJoin('users', 'users.id', 'persons.user_id')
    .select(personColumns)
    .orderBy('persons.name')
    .orderBy('persons.id')
    .limit(limit)
    .offset(offset)
    .execute();
}
export type PersonListRow = Awaited<ReturnType<typeof listPeople>>[number];

export async function countPeople(exec: Executor, f: PeopleFilter): Promise<number> {
  const row = await filtered(exec, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findPerson(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('persons')
    .leftJoin('units', 'units.id', 'persons.unit_id')
    .leftJoin('professional_fields', 'professional_fields.id', 'persons.field_id')
    .leftJoin('users', 'users.id', 'persons.user_id')
    .select(personColumns)
    .where('persons.organisation_id', '=', organisationId)
    .where('persons.id', '=', id)
    .executeTakeFirst();
}

/** The plain row, for checks and change records. */
export function findPersonRef(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('persons')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findPersonBy(
  exec: Executor,
  organisationId: string,
  column: 'external_id' | 'user_id',
  value: string,
) {
  return exec
    .selectFrom('persons')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(column, '=', value)
    .executeTakeFirst();
}

export async function insertPerson(exec: Executor, row: NewPersonRow): Promise<void> {
  await exec.insertInto('persons').values(row).execute();
}

export async function updatePerson(exec: Executor, organisationId: string, id: string, set: PersonUpdate) {
  await exec
    .updateTable('persons')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}
