import type { Executor } from '../../lib/context.js';
import type { NewProgrammeModuleRow, NewProgrammeTrackRow } from './programmes.tables.js';

export function findProgramme(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('programmes')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export function listProgrammes(exec: Executor, organisationId: string) {
  return exec
    .selectFrom('programmes')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Every version of the given programmes, with its module count, oldest first. */
export function listVersions(exec: Executor, programmeIds: string[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return exec
    .selectFrom('programme_versions as v')
    .selectAll('v')
    .select((eb) =>
      eb
        .selectFrom('programme_modules as m')
        .select((m) => m.fn.countAll<number>().as('n'))
        .whereRef('m.version_id', '=', 'v.id')
        .as('module_count'),
    )
    .where('v.programme_id', 'in', programmeIds)
    .orderBy('v.number')
    .execute();
}

export function findVersion(exec: Executor, organisationId: string, id: string) {
  return exec
    .selectFrom('programme_versions as v')
    .innerJoin('programmes as p', 'p.id', 'v.programme_id')
    .selectAll('v')
    .select('p.title as programme_title')
    .where('v.id', '=', id)
    .where('v.organisation_id', '=', organisationId)
    .executeTakeFirst();
}
export type VersionWithTitle = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

export function findVersionRef(exec: Executor, id: string) {
  return exec
    .selectFrom('programme_versions')
    .select(['id', 'number', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function versionContent(exec: Executor, versionId: string) {
  const [tracks, modules] = await Promise.all([
    exec
      .selectFrom('programme_tracks')
      .selectAll()
      .where('version_id', '=', versionId)
      .orderBy('position')
      .execute(),
    exec
      .selectFrom('programme_modules')
      .selectAll()
      .where('version_id', '=', versionId)
      .orderBy('position')
      .execute(),
  ]);
  return { tracks, modules };
}

export async function nextVersionNumber(exec: Executor, programmeId: string): Promise<number> {
  const row = await exec
    .selectFrom('programme_versions')
    .select((eb) => eb.fn.max('number').as('max'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function replaceContent(
  exec: Executor,
  versionId: string,
  tracks: NewProgrammeTrackRow[],
  modules: NewProgrammeModuleRow[],
): Promise<void> {
  await exec.deleteFrom('programme_modules').where('version_id', '=', versionId).execute();
  await exec.deleteFrom('programme_tracks').where('version_id', '=', versionId).execute();
  if (tracks.length) await exec.insertInto('programme_tracks').values(tracks).execute();
  if (modules.length) await exec.insertInto('programme_modules').values(modules).execute();
}
