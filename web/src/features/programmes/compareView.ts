import type {
  ChangeKind,
  ModuleChange,
  ModuleRes,
  VersionDiffRes,
} from '../../../../core/schemas/programmes.js';

/** The module fields a comparison can name, in the order the label lists them. */
export const FIELD_ORDER = [
  'title',
  'kind',
  'durationMinutes',
  'description',
  'objectives',
  'focusAreaIds',
  'materials',
] as const;
export type ModuleFieldName = (typeof FIELD_ORDER)[number];

/** One row of the side-by-side table. */
export interface CompareRow {
  lineageId: string;
  change: ChangeKind;
  /** The title to name the row by: the newer one, or the old one for a removed module. */
  title: string;
  before: ModuleRes | null;
  after: ModuleRes | null;
  fields: ModuleFieldName[];
  /** The track it came from when it changed track (also when it changed in other ways). */
  movedFrom: string | null;
}

export interface CompareTrack {
  lineageId: string;
  change: ChangeKind;
  title: string;
  /** The earlier title when the track was renamed. */
  renamedFrom: string | null;
  rows: CompareRow[];
  /** How many unchanged modules the view left out. */
  hidden: number;
}

/** The diff as the page shows it: tracks in the newer order, rows with the change in words. */
export function compareTracks(diff: VersionDiffRes, hideUnchanged: boolean): CompareTrack[] {
  return diff.tracks.map((track) => {
    const all = track.modules.map((m) => row(m, track.titleBefore));
    const rows = hideUnchanged ? all.filter((r) => r.change !== 'unchanged') : all;
    const title = track.titleAfter ?? track.titleBefore ?? '';
    const renamed =
      track.titleBefore !== null && track.titleAfter !== null && track.titleBefore !== track.titleAfter;
    return {
      lineageId: track.lineageId,
      change: track.change,
      title,
      renamedFrom: renamed ? track.titleBefore : null,
      rows,
      hidden: all.length - rows.length,
    };
  });
}

function row(m: ModuleChange, trackTitleBefore: string | null): CompareRow {
  const fields = FIELD_ORDER.filter((f) => m.changedFields.includes(f));
  // A module that came from a track that was not this one (under its earlier title) has moved.
  const moved =
    m.change === 'moved' ||
    (m.change === 'changed' && m.trackBefore !== null && m.trackBefore !== trackTitleBefore);
  return {
    lineageId: m.lineageId,
    change: m.change,
    title: (m.after ?? m.before)?.title ?? '',
    before: m.before,
    after: m.after,
    fields,
    movedFrom: moved ? m.trackBefore : null,
  };
}

/** The summary's parts in a fixed order, leaving out kinds that did not happen ("3 ændret, 1 tilføjet"). */
export function summaryParts(counts: VersionDiffRes['counts']): Array<{ change: ChangeKind; count: number }> {
  const order: ChangeKind[] = ['changed', 'added', 'removed', 'moved', 'unchanged'];
  return order.filter((c) => counts[c] > 0).map((change) => ({ change, count: counts[change] }));
}

/** True when nothing but unchanged modules (and no name or audience change) separates the two. */
export function nothingChanged(diff: VersionDiffRes): boolean {
  const c = diff.counts;
  return c.added + c.removed + c.changed + c.moved === 0 && diff.changedFields.length === 0;
}
