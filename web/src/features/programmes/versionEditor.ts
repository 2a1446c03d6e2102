import type { Level } from '../../../../core/organisation.js';
import type { FileRes } from '../../../../core/schemas/files.js';
import {
  type MaterialBody,
  type MaterialRes,
  type ModuleKind,
  ProgrammeLimits,
  type ProgrammeVersionRes,
  type VersionBodyReq,
} from '../../../../core/schemas/programmes.js';
import { joinDuration, splitDuration } from './duration.js';

/**
 * A material in the editor: a link the user types, or a file already uploaded (only its title
 * can change). `key` is stable across edits, for React keys and field ids.
 */
export type MaterialDraft =
  | { key: string; kind: 'link'; title: string; url: string }
  | { key: string; kind: 'file'; title: string; file: FileRes };

export interface ModuleDraft {
  key: string;
  /** null for a module added in this editor. */
  lineageId: string | null;
  kind: ModuleKind;
  title: string;
  description: string;
  hours: string;
  minutes: string;
  /** One learning objective per line. */
  objectives: string;
  focusAreaIds: string[];
  materials: MaterialDraft[];
}

export interface TrackDraft {
  key: string;
  lineageId: string | null;
  title: string;
  description: string;
  modules: ModuleDraft[];
}

/** A draft version as the editor holds it; `revision` is the one the editor started from. */
export interface VersionDraft {
  name: string;
  targetLevels: Level[];
  tracks: TrackDraft[];
  revision: number;
  /** The next key for something added here. */
  nextKey: number;
}

/** Field ids, so the error summary links to the very input. */
export const VERSION_NAME_ID = 'version-name';
export const VERSION_LEVELS_ID = 'version-levels';
export const ADD_TRACK_ID = 'version-add-track';
export type TrackField = 'title' | 'description';
export type ModuleField = 'kind' | 'title' | 'description' | 'hours' | 'objectives' | 'focusAreaIds' | 'edit';
export const trackFieldId = (track: TrackDraft, field: TrackField | 'add-module') =>
  `track-${track.key}-${field}`;
export const moduleFieldId = (
  module: ModuleDraft,
  field: ModuleField | 'minutes' | 'add-material' | 'upload',
) => `module-${module.key}-${field}`;
/** `file`: the uploaded file's name and size, where an error about the file is shown. */
export type MaterialField = 'title' | 'url' | 'file';
export const materialFieldId = (
  module: ModuleDraft,
  material: Pick<MaterialDraft, 'key'>,
  field: MaterialField,
) => `module-${module.key}-material-${material.key}-${field}`;

function materialDraft(key: string, m: MaterialRes): MaterialDraft {
  if ('url' in m) return { key, kind: 'link', title: m.title, url: m.url };
  const { fileId, fileName, contentType, sizeBytes } = m;
  return { key, kind: 'file', title: m.title, file: { id: fileId, fileName, contentType, sizeBytes } };
}

/** A row left entirely blank is not a material: it is neither sent nor checked. */
const isBlank = (x: MaterialDraft) => x.kind === 'link' && !x.title.trim() && !x.url.trim();
/** The materials a save sends, in order: what the server's `materials.N` counts. */
const sentMaterials = (m: ModuleDraft) => m.materials.filter((x) => !isBlank(x));

function materialBody(x: MaterialDraft): MaterialBody {
  return x.kind === 'link'
    ? { title: x.title.trim(), url: x.url.trim() }
    : { title: x.title.trim(), fileId: x.file.id };
}

export function fromVersion(v: ProgrammeVersionRes): VersionDraft {
  return {
    name: v.name,
    targetLevels: [...v.targetLevels],
    revision: v.revision,
    nextKey: 1,
    tracks: v.tracks.map((t) => ({
      key: t.lineageId,
      lineageId: t.lineageId,
      title: t.title,
      description: t.description,
      modules: t.modules.map((m) => ({
        key: m.lineageId,
        lineageId: m.lineageId,
        kind: m.kind,
        title: m.title,
        description: m.description,
        ...splitDuration(m.durationMinutes),
        objectives: m.objectives.join('\n'),
        focusAreaIds: [...m.focusAreaIds],
        materials: m.materials.map((x, i) => materialDraft(`${m.lineageId}-${i}`, x)),
      })),
    })),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The request body; call it when `validateDraft` found nothing (the server checks again). */
export function toRequest(d: VersionDraft): VersionBodyReq {
  return {
    name: d.name.trim(),
    targetLevels: d.targetLevels,
    revision: d.revision,
    tracks: d.tracks.map((t) => ({
      lineageId: t.lineageId,
      title: t.title.trim(),
      description: t.description.trim(),
      modules: t.modules.map((m) => ({
        lineageId: m.lineageId,
        kind: m.kind,
        title: m.title.trim(),
        description: m.description.trim(),
        durationMinutes: joinDuration(m.hours, m.minutes) ?? 0,
        objectives: lines(m.objectives),
        focusAreaIds: m.focusAreaIds,
        materials: sentMaterials(m).map(materialBody),
      })),
    })),
  };
}

/** What must be put right before saving; `problem` names the text in programmeEditor.problems. */
export interface DraftProblem {
  id: string;
  problem:
    | 'name'
    | 'trackTitle'
    | 'trackTitleTwice'
    | 'moduleTitle'
    | 'duration'
    | 'durationTooLong'
    | 'objectives'
    | 'materialTitle'
    | 'materialUrl';
  /** Where: the track's or module's title as typed, for a message that says which. */
  where?: string;
  /** The module's key, so the editor opens its panel. */
  moduleKey?: string;
}

const HTTPS = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

export function validateDraft(d: VersionDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!d.name.trim()) problems.push({ id: VERSION_NAME_ID, problem: 'name' });
  const titles = new Set<string>();
  d.tracks.forEach((t, ti) => {
    const trackName = t.title.trim() || `${ti + 1}`;
    const title = t.title.trim().toLocaleLowerCase('da');
    if (!title) problems.push({ id: trackFieldId(t, 'title'), problem: 'trackTitle', where: trackName });
    else if (titles.has(title))
      problems.push({ id: trackFieldId(t, 'title'), problem: 'trackTitleTwice', where: trackName });
    titles.add(title);
    t.modules.forEach((m, mi) => {
      const where = m.title.trim() || `${trackName}, ${mi + 1}`;
      const add = (id: string, problem: DraftProblem['problem']) =>
        problems.push({ id, problem, where, moduleKey: m.key });
      if (!m.title.trim()) add(moduleFieldId(m, 'title'), 'moduleTitle');
      const minutes = joinDuration(m.hours, m.minutes);
      if (minutes === null || minutes < 1) add(moduleFieldId(m, 'hours'), 'duration');
      else if (minutes > ProgrammeLimits.durationMaxMinutes)
        add(moduleFieldId(m, 'hours'), 'durationTooLong');
      if (lines(m.objectives).some((o) => o.length > 500)) add(moduleFieldId(m, 'objectives'), 'objectives');
      for (const x of sentMaterials(m)) {
        if (!x.title.trim()) add(materialFieldId(m, x, 'title'), 'materialTitle');
        if (x.kind === 'link' && !HTTPS.test(x.url.trim())) add(materialFieldId(m, x, 'url'), 'materialUrl');
      }
    });
  });
  return problems;
}

/**
 * Where a server field error belongs in the draft that was sent: `tracks.1.modules.0.title` is the
 * second track's first module's title field; `…materials.2.url` that material's address, and
 * `…materials.2.fileId` its uploaded file.
 */
export function fieldIdFor(path: string, d: VersionDraft): { id: string; moduleKey?: string } {
  const parts = path.split('.');
  if (parts[0] === 'name') return { id: VERSION_NAME_ID };
  if (parts[0] === 'targetLevels') return { id: VERSION_LEVELS_ID };
  if (parts[0] !== 'tracks') return { id: VERSION_NAME_ID };
  const track = d.tracks[Number(parts[1])];
  if (!track) return { id: d.tracks[0] ? trackFieldId(d.tracks[0], 'title') : ADD_TRACK_ID };
  if (parts[2] !== 'modules') {
    return { id: trackFieldId(track, parts[2] === 'description' ? 'description' : 'title') };
  }
  const module = track.modules[Number(parts[3])];
  if (!module) return { id: trackFieldId(track, 'add-module') };
  const at = { moduleKey: module.key };
  switch (parts[4]) {
    case 'kind':
    case 'title':
    case 'description':
    case 'objectives':
    case 'focusAreaIds':
      return { id: moduleFieldId(module, parts[4]), ...at };
    case 'durationMinutes':
      return { id: moduleFieldId(module, 'hours'), ...at };
    case 'materials': {
      const material = sentMaterials(module)[Number(parts[5])];
      if (!material) return { id: moduleFieldId(module, 'add-material'), ...at };
      const field = parts[6] === 'url' ? 'url' : parts[6] === 'fileId' ? 'file' : 'title';
      return { id: materialFieldId(module, material, field), ...at };
    }
    default:
      return { id: moduleFieldId(module, 'edit'), ...at };
  }
}

// Changes ---------------------------------------------------------------------------------------

const mapTracks = (d: VersionDraft, fn: (t: TrackDraft) => TrackDraft): VersionDraft => ({
  ...d,
  tracks: d.tracks.map(fn),
});

function swap<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to] as T, out[index] as T];
  return out;
}

export function addTrack(d: VersionDraft): { draft: VersionDraft; track: TrackDraft } {
  const track: TrackDraft = {
    key: `new-${d.nextKey}`,
    lineageId: null,
    title: '',
    description: '',
    modules: [],
  };
  return { draft: { ...d, nextKey: d.nextKey + 1, tracks: [...d.tracks, track] }, track };
}

export function updateTrack(d: VersionDraft, key: string, change: Partial<TrackDraft>): VersionDraft {
  return mapTracks(d, (t) => (t.key === key ? { ...t, ...change } : t));
}

export function moveTrack(d: VersionDraft, key: string, by: -1 | 1): VersionDraft {
  return {
    ...d,
    tracks: swap(
      d.tracks,
      d.tracks.findIndex((t) => t.key === key),
      by,
    ),
  };
}

export function removeTrack(d: VersionDraft, key: string): VersionDraft {
  return { ...d, tracks: d.tracks.filter((t) => t.key !== key) };
}

export function emptyModule(key: string): ModuleDraft {
  return {
    key,
    lineageId: null,
    kind: 'session',
    title: '',
    description: '',
    hours: '1',
    minutes: '0',
    objectives: '',
    focusAreaIds: [],
    materials: [],
  };
}

export function addModule(d: VersionDraft, trackKey: string): { draft: VersionDraft; module: ModuleDraft } {
  const module = emptyModule(`new-${d.nextKey}`);
  const draft = mapTracks({ ...d, nextKey: d.nextKey + 1 }, (t) =>
    t.key === trackKey ? { ...t, modules: [...t.modules, module] } : t,
  );
  return { draft, module };
}

export function updateModule(d: VersionDraft, key: string, change: Partial<ModuleDraft>): VersionDraft {
  return mapTracks(d, (t) =>
    t.modules.some((m) => m.key === key)
      ? { ...t, modules: t.modules.map((m) => (m.key === key ? { ...m, ...change } : m)) }
      : t,
  );
}

export function removeModule(d: VersionDraft, key: string): VersionDraft {
  return mapTracks(d, (t) => ({ ...t, modules: t.modules.filter((m) => m.key !== key) }));
}

/** Up or down within its track. */
export function moveModule(d: VersionDraft, key: string, by: -1 | 1): VersionDraft {
  return mapTracks(d, (t) => {
    const index = t.modules.findIndex((m) => m.key === key);
    return index < 0 ? t : { ...t, modules: swap(t.modules, index, by) };
  });
}

/** To the end of another track; it keeps its lineage, so the comparison shows it as moved. */
export function moveModuleToTrack(d: VersionDraft, key: string, trackKey: string): VersionDraft {
  const module = d.tracks.flatMap((t) => t.modules).find((m) => m.key === key);
  if (!module || !d.tracks.some((t) => t.key === trackKey)) return d;
  return mapTracks(d, (t) => {
    const without = t.modules.filter((m) => m.key !== key);
    return { ...t, modules: t.key === trackKey ? [...without, module] : without };
  });
}

/** Where a module is: its track, its place (from 1) and how many share the track. */
export function placeOf(
  d: VersionDraft,
  key: string,
): { track: TrackDraft; place: number; of: number } | null {
  for (const track of d.tracks) {
    const index = track.modules.findIndex((m) => m.key === key);
    if (index >= 0) return { track, place: index + 1, of: track.modules.length };
  }
  return null;
}

export function addMaterial(
  d: VersionDraft,
  moduleKey: string,
): { draft: VersionDraft; material: MaterialDraft } {
  const material: MaterialDraft = { key: `new-${d.nextKey}`, kind: 'link', title: '', url: '' };
  return { draft: appendMaterial({ ...d, nextKey: d.nextKey + 1 }, moduleKey, material), material };
}

/** The file name without its extension: a first title the user can change. */
export const titleOfFile = (fileName: string) => fileName.replace(/\.[^.]{1,10}$/, '').trim() || fileName;

/** The key of the material an uploaded file becomes (a new upload always has a new id). */
export const fileMaterialKey = (file: FileRes) => `file-${file.id}`;

/** An uploaded file as the module's last material, titled by its name. */
export function addFileMaterial(d: VersionDraft, moduleKey: string, file: FileRes): VersionDraft {
  const material: MaterialDraft = {
    key: fileMaterialKey(file),
    kind: 'file',
    title: titleOfFile(file.fileName),
    file,
  };
  return appendMaterial(d, moduleKey, material);
}

function appendMaterial(d: VersionDraft, moduleKey: string, material: MaterialDraft): VersionDraft {
  const module = d.tracks.flatMap((t) => t.modules).find((m) => m.key === moduleKey);
  return updateModule(d, moduleKey, { materials: [...(module?.materials ?? []), material] });
}

export function updateMaterial(
  d: VersionDraft,
  moduleKey: string,
  key: string,
  change: { title?: string; url?: string },
): VersionDraft {
  const module = d.tracks.flatMap((t) => t.modules).find((m) => m.key === moduleKey);
  if (!module) return d;
  return updateModule(d, moduleKey, {
    materials: module.materials.map((x) => {
      if (x.key !== key) return x;
      const title = change.title ?? x.title;
      return x.kind === 'link' ? { ...x, title, url: change.url ?? x.url } : { ...x, title };
    }),
  });
}

export function removeMaterial(d: VersionDraft, moduleKey: string, key: string): VersionDraft {
  const module = d.tracks.flatMap((t) => t.modules).find((m) => m.key === moduleKey);
  if (!module) return d;
  return updateModule(d, moduleKey, { materials: module.materials.filter((x) => x.key !== key) });
}

/** True when the draft differs from what was loaded (for the "unsaved changes" warning). */
export function isDirty(d: VersionDraft, saved: VersionDraft): boolean {
  return JSON.stringify(toRequest(d)) !== JSON.stringify(toRequest(saved));
}
