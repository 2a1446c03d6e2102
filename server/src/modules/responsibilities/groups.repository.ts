import type { Executor, Trx } from '../../lib/context.js';

/** The organisation's named groups by name, each with its members (id and name, by name). */
export async function listGroups(exec: Executor, organisationId: string, onlyId?: string) {
  let groups = exec
    .selectFrom('responsibility_groups')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId);
  if (onlyId) groups = groups.where('id', '=', onlyId);
  let members = exec
    .selectFrom('responsibility_group_members as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['m.group_id', 'p.id', 'p.name'])
    .where('m.organisation_id', '=', organisationId);
  if (onlyId) members = members.where('m.group_id', '=', onlyId);
  const [groupRows, memberRows] = [await groups.orderBy('name').execute(), await members.execute()];
  return groupRows.map((g) => ({
    id: g.id,
    name: g.name,
    members: memberRows
      .filter((m) => m.group_id === g.id)
      .map((m) => ({ id: m.id, name: m.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da-DK') || a.id.localeCompare(b.id)),
  }));
}

/** The names of the organisation's groups (to find a duplicate in any case). */
export function groupNames(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('responsibility_groups')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .execute();
}

/** How many of `ids` are persons of the organisation. */
export async function countOwnPersons(exec: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return 0;
  const rows = await exec
    .selectFrom('persons')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.length;
}

export async function insertGroup(
  trx: Trx,
  row: { id: string; organisationId: string; name: string; now: string },
) {
  await trx
    .insertInto('responsibility_groups')
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      name: row.name,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

export async function renameGroup(trx: Trx, organisationId: string, id: string, name: string, now: string) {
  await trx
    .updateTable('responsibility_groups')
    .set({ name, updated_at: now })
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .execute();
}

/** The group's members become exactly `personIds`. */
export async function replaceMembers(
  trx: Trx,
  organisationId: string,
  groupId: string,
  personIds: readonly string[],
) {
  await trx
    .deleteFrom('responsibility_group_members')
    .where('group_id', '=', groupId)
    .where('organisation_id', '=', organisationId)
    .execute();
  if (personIds.length === 0) return;
  await trx
    .insertInto('responsibility_group_members')
    .values(personIds.map((person_id) => ({ group_id: groupId, person_id, organisation_id: organisationId })))
    .execute();
}

export async function deleteGroup(trx: Trx, organisationId: string, id: string): Promise<boolean> {
  const done = await trx
    .deleteFrom('responsibility_groups')
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return Number(done.numDeletedRows) === 1;
}
