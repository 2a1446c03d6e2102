import type {
  ChangeKind,
  ModuleChange,
  ModuleRes,
  ProgrammeVersionRes,
  TrackChange,
  TrackRes,
  VersionDiffRes,
} from './schemas/programmes.js';

type Comparable = Pick<ProgrammeVersionRes, 'id' | 'number' | 'name' | 'targetLevels' | 'tracks'>;

const MODULE_FIELDS = [
  'kind',
  'title',
  'description',
  'durationMinutes',
  'objectives',
  'focusAreaIds',
  'materials',
] as const satisfies readonly (keyof ModuleRes)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Focus areas compare as a set: their order on the page is not a change. */
const normalised = (m: ModuleRes) => ({ ...m, focusAreaIds: [...m.focusAreaIds].sort() });

function changedFieldsOf(before: ModuleRes, after: ModuleRes): string[] {
  const a = normalised(before);
  const b = normalised(after);
  return MODULE_FIELDS.filter((f) => !same(a[f], b[f]));
}

/**
 * What changed from one version to another, module by module, following each module's lineage
 * (a module keeps it when a version is made from another). Tracks come in the newer version's
 * order; a module that left a track is shown under it as removed, one that moved under its new
 * track as moved. Pure, so the page and the tests read the same answer.
 */
export function diffVersions(from: Comparable, to: Comparable): VersionDiffRes {
  const fromModules = new Map<string, { module: ModuleRes; track: TrackRes }>();
  for (const track of from.tracks) {
    for (const module of track.modules) fromModules.set(module.lineageId, { module, track });
  }
  const toLineages = new Set(to.tracks.flatMap((t) => t.modules.map((m) => m.lineageId)));
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
  const count = (c: ModuleChange) => {
    counts[c.change] += 1;
    return c;
  };
  const removedFrom = (track: TrackRes): ModuleChange[] =>
    track.modules
      .filter((m) => !toLineages.has(m.lineageId))
      .map((m) =>
        count({
          lineageId: m.lineageId,
          change: 'removed',
          before: m,
          after: null,
          trackBefore: track.title,
          trackAfter: null,
          changedFields: [],
        }),
      );

  const tracks: TrackChange[] = to.tracks.map((track) => {
    const previous = from.tracks.find((t) => t.lineageId === track.lineageId) ?? null;
    const modules: ModuleChange[] = track.modules.map((after) => {
      const earlier = fromModules.get(after.lineageId);
      if (!earlier) {
        return count({
          lineageId: after.lineageId,
          change: 'added',
          before: null,
          after,
          trackBefore: null,
          trackAfter: track.title,
          changedFields: [],
        });
      }
      const changedFields = changedFieldsOf(earlier.module, after);
      const moved = earlier.track.lineageId !== track.lineageId;
      return count({
        lineageId: after.lineageId,
        change: changedFields.length ? 'changed' : moved ? 'moved' : 'unchanged',
        before: earlier.module,
        after,
        trackBefore: earlier.track.title,
        trackAfter: track.title,
        changedFields,
      });
    });
    if (previous) modules.push(...removedFrom(previous));
    const retitled =
      previous !== null && (previous.title !== track.title || previous.description !== track.description);
    return {
      lineageId: track.lineageId,
      change: !previous
        ? 'added'
        : retitled || modules.some((m) => m.change !== 'unchanged')
          ? 'changed'
          : 'unchanged',
      titleBefore: previous?.title ?? null,
      titleAfter: track.title,
      modules,
    };
  });
  for (const gone of from.tracks.filter((t) => !to.tracks.some((n) => n.lineageId === t.lineageId))) {
    tracks.push({
      lineageId: gone.lineageId,
      change: 'removed',
      titleBefore: gone.title,
      titleAfter: null,
      modules: removedFrom(gone),
    });
  }
  const changedFields = [
    ...(from.name !== to.name ? ['name'] : []),
    ...(same([...from.targetLevels].sort(), [...to.targetLevels].sort()) ? [] : ['targetLevels']),
  ];
  const ref = (v: Comparable) => ({ id: v.id, number: v.number, name: v.name });
  return { from: ref(from), to: ref(to), tracks, counts, changedFields };
}
