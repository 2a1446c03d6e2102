import type { Level } from '../../../../core/organisation.js';
import type { FileRes } from '../../../../core/schemas/files.js';
import type {
  MaterialBody,
  MaterialRes,
  ModuleKind,
  ProgrammeRes,
  ProgrammeVersionRes,
  TrackRes,
  VersionRef,
  VersionStatus,
} from '../../../../core/schemas/programmes.js';
import type { VersionWithTitle } from './programmes.repository.js';
import type {
  ProgrammeModuleRow,
  ProgrammeRow,
  ProgrammeTrackRow,
  ProgrammeVersionRow,
} from './programmes.tables.js';

const json = <T>(text: string) => JSON.parse(text) as T;

/** The ids of the files the modules' materials point at (to look them up in one query). */
export function materialFileIds(modules: ReadonlyArray<{ materials: string }>): string[] {
  return modules.flatMap((m) =>
    json<MaterialBody[]>(m.materials).flatMap((x) => ('fileId' in x ? [x.fileId] : [])),
  );
}

export function presentMaterial(m: MaterialBody, files: ReadonlyMap<string, FileRes>): MaterialRes {
  if ('url' in m) return { title: m.title, url: m.url };
  // Files are never deleted on their own (only with their organisation), so one is always found;
  // the fallback keeps the version readable should that ever break.
  const file = files.get(m.fileId);
  return {
    title: m.title,
    fileId: m.fileId,
    fileName: file?.fileName ?? m.title,
    contentType: file?.contentType ?? 'application/octet-stream',
    sizeBytes: file?.sizeBytes ?? 0,
  };
}

/** `files`: the files the materials point at, by id (see materialFileIds). */
export function presentTracks(
  tracks: ProgrammeTrackRow[],
  modules: ProgrammeModuleRow[],
  files: ReadonlyMap<string, FileRes>,
): TrackRes[] {
  return tracks.map((t) => ({
    id: t.id,
    lineageId: t.lineage_id,
    title: t.title,
    description: t.description,
    modules: modules
      .filter((m) => m.track_id === t.id)
      .map((m) => ({
        id: m.id,
        lineageId: m.lineage_id,
        kind: m.kind as ModuleKind,
        title: m.title,
        description: m.description,
        durationMinutes: m.duration_minutes,
        objectives: json<string[]>(m.objectives),
        focusAreaIds: json<string[]>(m.focus_area_ids),
        materials: json<MaterialBody[]>(m.materials).map((x) => presentMaterial(x, files)),
      })),
  }));
}

export function presentVersion(
  v: VersionWithTitle,
  basedOn: VersionRef | null,
  content: { tracks: ProgrammeTrackRow[]; modules: ProgrammeModuleRow[] },
  files: ReadonlyMap<string, FileRes>,
): ProgrammeVersionRes {
  return {
    id: v.id,
    programmeId: v.programme_id,
    programmeTitle: v.programme_title,
    number: v.number,
    name: v.name,
    status: v.status as VersionStatus,
    basedOn,
    targetLevels: json<Level[]>(v.target_levels),
    tracks: presentTracks(content.tracks, content.modules, files),
    revision: v.revision,
    publishedAt: v.published_at,
    archivedAt: v.archived_at,
    updatedAt: v.updated_at,
  };
}

export function presentProgramme(
  p: ProgrammeRow,
  versions: (ProgrammeVersionRow & { module_count: number | string | null })[],
): ProgrammeRes {
  const ref = (id: string | null) => {
    const v = versions.find((x) => x.id === id);
    return v ? { id: v.id, number: v.number, name: v.name } : null;
  };
  return {
    id: p.id,
    title: p.title,
    purpose: p.purpose,
    owners: json<string[]>(p.owners),
    createdAt: p.created_at,
    versions: versions
      .filter((v) => v.programme_id === p.id)
      .map((v) => ({
        id: v.id,
        number: v.number,
        name: v.name,
        status: v.status as VersionStatus,
        basedOn: ref(v.based_on_version_id),
        modules: Number(v.module_count ?? 0),
        publishedAt: v.published_at,
        updatedAt: v.updated_at,
      })),
  };
}
