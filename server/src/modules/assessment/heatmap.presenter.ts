import type { Breakdown } from '../../../../core/assessment/cells.js';
import type { LocalizedText } from '../../../../core/assessment/instrument.js';
import { LEVELS } from '../../../../core/organisation.js';
import type { Heatmap, HeatmapRow, HeatmapValue, RoundFilter } from '../../../../core/schemas/assessment.js';
import type { CellChange, ReleasedStoredCell } from './change.js';
import type { StoredCell, StoredRelease } from './stored-release.js';

/** Rounded as shown; `+ 0` turns −0 into 0. */
export const roundTo = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f + 0;
};

export interface HeatmapView {
  round: Heatmap['round'];
  breakdown: Breakdown;
  filter: string | null;
  filters: RoundFilter[];
  compare: Heatmap['compare'];
  dimensions: Array<{ key: string; kind: 'focus_area' | 'advice'; name: LocalizedText }>;
  release: StoredRelease;
  /** The rows to show: every invited group, answered or not (`listedCells`). */
  cells: readonly StoredCell[];
  /** Units in tree order (a parent before its children, siblings by name). */
  unitOrder: readonly string[];
  /** Depth of every unit listed (0: top), from the invitations' unit paths. */
  unitDepths: Readonly<Record<string, number>>;
  unitNames: ReadonlyMap<string, string>;
  fieldNames: ReadonlyMap<string, string>;
  /** Present when a round is compared. */
  changeOf?: (cell: ReleasedStoredCell, dimension: string) => CellChange;
}

/**
 * The round's units in tree order, from the unit paths it was made with: depth first, siblings by
 * name. Units of the release not found in the paths come last, by depth and name.
 */
export function unitTreeOrder(
  paths: readonly (readonly string[])[],
  wanted: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
  depths: Readonly<Record<string, number>>,
): string[] {
  const children = new Map<string | null, Set<string>>();
  for (const path of paths) {
    path.forEach((unit, i) => {
      const parent = i === 0 ? null : (path[i - 1] as string);
      children.set(parent, (children.get(parent) ?? new Set()).add(unit));
    });
  }
  const byName = (a: string, b: string) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'da');
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null) => {
    for (const unit of [...(children.get(parent) ?? [])].sort(byName)) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      if (wanted.has(unit)) order.push(unit);
      visit(unit);
    }
  };
  visit(null);
  const rest = [...wanted].filter((u) => !seen.has(u));
  rest.sort((a, b) => (depths[a] ?? 0) - (depths[b] ?? 0) || byName(a, b));
  return [...order, ...rest];
}

/**
 * The cells to list: the stored cell of every group somebody was invited to, and `too_few` where
 * nobody in it answered (the release has no cell then) — so whether a row is there never tells
 * whether anybody answered. Stored cells of groups without invitations are kept as they are.
 */
export function listedCells(
  stored: readonly StoredCell[],
  invited: ReadonlyArray<Pick<StoredCell, 'key' | 'group'>>,
): StoredCell[] {
  const byKey = new Map(stored.map((c) => [c.key, c]));
  const listed: StoredCell[] = invited.map(
    (g) => byKey.get(g.key) ?? { key: g.key, group: g.group, released: false, reason: 'too_few' },
  );
  const seen = new Set(invited.map((g) => g.key));
  return [...listed, ...stored.filter((c) => !seen.has(c.key))];
}

/** Each unit's depth (0: top) in the given unit paths; `fallback` for units not in them. */
export function unitDepthsOf(
  paths: readonly (readonly string[])[],
  fallback: Readonly<Record<string, number>>,
): Record<string, number> {
  const depths: Record<string, number> = { ...fallback };
  for (const path of paths) {
    path.forEach((unit, depth) => {
      depths[unit] = depth;
    });
  }
  return depths;
}

/** The breakdown's rows in a stable order: units in tree order, levels top down, fields by name. */
function sortCells(view: HeatmapView): StoredCell[] {
  const unitRank = new Map(view.unitOrder.map((u, i) => [u, i]));
  const rank = (c: StoredCell): [number, number] => [
    c.group.unitId === null ? -1 : (unitRank.get(c.group.unitId) ?? Number.MAX_SAFE_INTEGER),
    c.group.level === null ? -1 : LEVELS.indexOf(c.group.level),
  ];
  const fieldName = (c: StoredCell) => view.fieldNames.get(c.group.fieldId ?? '') ?? c.key;
  return [...view.cells].sort((a, b) => {
    const [ua, la] = rank(a);
    const [ub, lb] = rank(b);
    return ua - ub || la - lb || fieldName(a).localeCompare(fieldName(b), 'da') || (a.key < b.key ? -1 : 1);
  });
}

function presentValues(view: HeatmapView, cell: ReleasedStoredCell): HeatmapValue[] {
  return view.release.dimensions.map((dimension): HeatmapValue => {
    const d = cell.dimensions[dimension];
    if (!d) return { dimension, released: false, reason: 'too_few' };
    if (!d.released) return { dimension, released: false, reason: d.reason };
    const change = view.changeOf?.(cell, dimension);
    return {
      dimension,
      released: true,
      respondents: d.respondents,
      mean: d.mean === null ? null : roundTo(d.mean, 1),
      favourable: roundTo(d.favourable, 3),
      neutral: roundTo(d.neutral, 3),
      unfavourable: roundTo(d.unfavourable, 3),
      change: change?.released && change.delta !== null ? roundTo(change.delta, 1) : null,
      // Released in both, but a mean is missing (nobody had a score): too few to compare.
      changeSuppressed: !change
        ? null
        : change.released
          ? change.delta === null
            ? 'too_few'
            : null
          : change.reason,
    };
  });
}

/** A suppressed cell gives its reason only: no count, no value. */
function presentRow(view: HeatmapView, cell: StoredCell): HeatmapRow {
  const { unitId, level, fieldId } = cell.group;
  const label =
    unitId !== null
      ? (view.unitNames.get(unitId) ?? null)
      : fieldId !== null
        ? (view.fieldNames.get(fieldId) ?? null)
        : null;
  const base = {
    key: cell.key,
    label,
    level,
    depth: unitId === null ? null : (view.unitDepths[unitId] ?? null),
  };
  if (!cell.released) return { ...base, released: false, reason: cell.reason };
  return { ...base, released: true, count: cell.count, values: presentValues(view, cell) };
}

export function presentHeatmap(view: HeatmapView): Heatmap {
  return {
    round: view.round,
    breakdown: view.breakdown,
    filter: view.filter,
    filters: view.filters,
    compare: view.compare,
    dimensions: view.dimensions,
    rows: sortCells(view).map((cell) => presentRow(view, cell)),
  };
}
