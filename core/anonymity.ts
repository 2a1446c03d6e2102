/**
 * Small-cell suppression for counts released to people who may not see individuals (observers).
 * A count below `k` could point at a person, so it is withheld; when only one cell of a breakdown
 * is withheld, the total would give it away, so the next smallest cell is withheld with it.
 * Zero is released: it names nobody.
 */

/** Fewest people a released count may stand for. */
export const MIN_GROUP_SIZE = 5;

export interface Cell<K> {
  key: K;
  count: number;
}

export interface ReleasedCell<K> {
  key: K;
  /** null: withheld, because it stands for fewer than k people (or would reveal one that does). */
  count: number | null;
}

export function releaseBreakdown<K>(cells: readonly Cell<K>[], k = MIN_GROUP_SIZE): ReleasedCell<K>[] {
  const withheld = new Set<number>();
  cells.forEach((c, i) => {
    if (c.count > 0 && c.count < k) withheld.add(i);
  });
  if (withheld.size === 1) {
    const next = cells
      .map((c, i) => ({ count: c.count, i }))
      .filter(({ count, i }) => count > 0 && !withheld.has(i))
      .sort((a, b) => a.count - b.count)[0];
    if (next) withheld.add(next.i);
  }
  return cells.map((c, i) => ({ key: c.key, count: withheld.has(i) ? null : c.count }));
}
