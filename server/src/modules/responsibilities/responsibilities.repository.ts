import type { Executor } from '../../lib/context.js';

/** The organisation's units among `ids` (ended ones too: `ended` says so). */
export async function unitsByIds(exec: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await exec
    .selectFrom('units')
    .select(['id', 'name', 'ended_at'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, ended: r.ended_at !== null }));
}

/** The organisation's units that have not ended: what a unit hint may resolve to. */
export function activeUnits(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('units')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('ended_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The organisation's named groups among `ids`. */
export function groupsByIds(exec: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('responsibility_groups')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .execute();
}

/** Groups of the organisation without a member who is still there (left persons do not count). */
export async function emptyGroupIds(exec: Executor, organisationId: string): Promise<Set<string>> {
  const rows = await exec
    .selectFrom('responsibility_groups as g')
    .select('g.id')
    .where('g.organisation_id', '=', organisationId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('responsibility_group_members as m')
            .innerJoin('persons as p', 'p.id', 'm.person_id')
            .select('m.person_id')
            .whereRef('m.group_id', '=', 'g.id')
            .where('p.left_at', 'is', null),
        ),
      ),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The signed-in user's person in the organisation, unless they have left. */
export function personOfUser(exec: Executor, organisationId: string, userId: string) {
  return exec
    .selectFrom('persons')
    .select(['id', 'level', 'unit_id'])
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .where('left_at', 'is', null)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
}

/**
 * A unit and every unit above it (up the parent chain), found with one recursive query; units that
 * have ended are left out, so a column linked to an ended unit stands for nobody.
 */
export async function unitAndAncestors(
  exec: Executor,
  organisationId: string,
  unitId: string,
): Promise<string[]> {
  const rows = await exec
    .withRecursive('chain(id, parent_id, ended_at)', (db) =>
      db
        .selectFrom('units')
        .select(['units.id', 'units.parent_id', 'units.ended_at'])
        .where('units.organisation_id', '=', organisationId)
        .where('units.id', '=', unitId)
        // UNION, not UNION ALL: a cycle in the parents (which nothing should allow) ends the recursion.
        .union((u) =>
          u
            .selectFrom('units')
            .innerJoin('chain', 'chain.parent_id', 'units.id')
            .select(['units.id', 'units.parent_id', 'units.ended_at'])
            .where('units.organisation_id', '=', organisationId),
        ),
    )
    .selectFrom('chain')
    .select('id')
    .where('ended_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** The named groups a person is a member of. */
export async function groupIdsOfPerson(
  exec: Executor,
  organisationId: string,
  personId: string,
): Promise<Set<string>> {
  const rows = await exec
    .selectFrom('responsibility_group_members')
    .select('group_id')
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .execute();
  return new Set(rows.map((r) => r.group_id));
}
