import { VoiceLimits } from '../../../../core/schemas/voice.js';
import type { Executor } from '../../lib/context.js';

/**
 * Reads every part of the voice shares: the areas a poster may choose, the technology list and the
 * retention period.
 */

/**
 * The areas: units just below the top of the organisation (the forvaltninger and staff
 * functions), not ended, in name order. Smaller units are never offered, so none can be singled
 * out. An organisation with several top units offers those.
 */
export async function listAreas(
  exec: Executor,
  organisationId: string,
): Promise<Array<{ id: string; name: string }>> {
  const units = await exec
    .selectFrom('units')
    .select(['id', 'name', 'parent_id', 'ended_at'])
    .where('organisation_id', '=', organisationId)
    .execute();
  const tops = units.filter((u) => u.parent_id === null).map((u) => u.id);
  const areas =
    tops.length === 1
      ? units.filter((u) => u.parent_id === tops[0])
      : units.filter((u) => u.parent_id === null);
  return areas
    .filter((u) => u.ended_at === null)
    .map((u) => ({ id: u.id, name: u.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** The technology list in name order; archived ones only when asked for. */
export async function listTechnologies(
  exec: Executor,
  organisationId: string,
  options: { includeArchived: boolean },
): Promise<Array<{ id: string; name: string; archived: boolean }>> {
  let q = exec
    .selectFrom('voice_technologies')
    .select(['id', 'name', 'archived_at'])
    .where('organisation_id', '=', organisationId);
  if (!options.includeArchived) q = q.where('archived_at', 'is', null);
  const rows = await q.execute();
  return rows
    .map((r) => ({ id: r.id, name: r.name, archived: r.archived_at !== null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** Months a post is kept (the organisation's setting, or the default). */
export async function retentionMonths(exec: Executor, organisationId: string): Promise<number> {
  const row = await exec
    .selectFrom('voice_settings')
    .select('retention_months')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.retention_months ?? VoiceLimits.retentionDefaultMonths;
}
