import type { Executor } from '../../lib/context.js';

/** Which of the ids are focus areas of the organisation (archived ones too: old parts may name them). */
export async function organisationFocusAreaIds(
  exec: Executor,
  organisationId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await exec
    .selectFrom('focus_areas')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The organisation's focus areas among the ids, by id and name, in the catalogue's order. */
export async function focusAreaNames(exec: Executor, organisationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return exec
    .selectFrom('focus_areas')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

/** The id of the newest version before `version`, or null for the first one. */
export async function previousVersionId(
  exec: Executor,
  organisationId: string,
  version: number,
): Promise<string | null> {
  const row = await exec
    .selectFrom('narrative_versions')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('version', '<', version)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
