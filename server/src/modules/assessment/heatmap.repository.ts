import type { Executor } from '../../lib/context.js';

/**
 * Reads for the released aggregates. None of them touches the anonymous responses: the heatmap
 * shows only what the round stored at close (`assessment_rounds.release`), and these fill in
 * names and the invitation lists that the rows, the unit tree and the change between rounds are
 * made from.
 */

/** Names of the given units (ended ones too), by id. */
export async function unitNames(exec: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await exec
    .selectFrom('units')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of the given professional fields (archived ones too), by id. */
export async function fieldNames(exec: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await exec
    .selectFrom('professional_fields')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Who was invited to the round and where they stood then: the groups listed, and their membership. */
export function invitations(exec: Executor, organisationId: string, roundId: string) {
  return exec
    .selectFrom('assessment_invitations')
    .select(['person_id', 'unit_path', 'level', 'field_id', 'filter_keys'])
    .where('organisation_id', '=', organisationId)
    .where('round_id', '=', roundId)
    .execute();
}
export type InvitationPlacementRow = Awaited<ReturnType<typeof invitations>>[number];
