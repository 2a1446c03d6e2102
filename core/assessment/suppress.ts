/**
 * Decides, cell by cell, what may be released (the rules and why they hold: release.ts).
 *
 * Cells are taken in release order. Each is released when committing it to the released rows
 * determines no hidden cell (rule 2a), no group of 1 … k−1 respondents (2b) and no small remainder
 * of a sum (2c); a cell the rows already determine is released as it is.
 *
 * The search for small groups (small-groups.ts) costs O(m²) and rarely finds anything, so it is
 * run per batch: the cells of a batch are committed after the cheap checks only, then one search
 * looks at the result. Spans only grow, so when the end of a batch determines no small group,
 * neither did any step inside it, and the outcome is what a search per cell would have given.
 * When it does find one, the batch is rolled back and redone with a search per cell.
 */
import { mulberry32 } from '../random.js';
import { type CellTable, releaseOrder } from './cells.js';
import { mul, NullSpace, P as PRIME } from './nullspace.js';
import { findSmallGroup } from './small-groups.js';

export type Suppression = 'too_few' | 'would_reveal';
export type CellStatus = { released: true } | { released: false; reason: Suppression };

export interface SuppressOptions {
  k: number;
  /** false: only the k rule, no protection against differencing (for the adversarial test only). */
  differencing: boolean;
  /** Cells that stay hidden whatever happens (a dimension's release keeps the round's hidden). */
  hidden?: ReadonlyMap<number, Suppression>;
}

const RELEASED: CellStatus = { released: true };
const WOULD_REVEAL: CellStatus = { released: false, reason: 'would_reveal' };
/** The random null vectors are seeded: the same input always gives the same release. */
const SEED = 0x5eed;
/** Cells committed between two searches for small groups. */
const BATCH = 24;
const P = PRIME;

export function suppress(table: CellTable, options: SuppressOptions): CellStatus[] {
  const { cells, relations } = table;
  const { k } = options;
  const status: (CellStatus | undefined)[] = cells.map((c, i) => {
    const hidden = options.hidden?.get(i);
    if (hidden) return { released: false, reason: hidden };
    return c.members.length < k ? { released: false, reason: 'too_few' } : undefined;
  });
  if (!options.differencing) return status.map((s) => s ?? RELEASED);

  // Columns are atoms: every cell is a union of atoms, so nothing finer can ever be derived.
  const space = new NullSpace(table.atoms, mulberry32(SEED));
  const atomsOf = cells.map((c) => [...new Set(c.members.map((m) => table.atomOf.get(m) as number))]);
  const sizes = new Array<number>(table.atoms).fill(0);
  for (const a of table.atomOf.values()) sizes[a] = (sizes[a] ?? 0) + 1;
  const probes = new Set<number>(status.flatMap((s, i) => (s ? [i] : [])));
  const relationsOf = cells.map((): number[] => []);
  relations.forEach((r, ri) => {
    for (const c of [r.parent, ...r.parts]) relationsOf[c]?.push(ri);
  });
  const size = (i: number): number => cells[i]?.members.length ?? 0;

  // Each cell's dot products with the first four pool vectors (dots[4i … 4i+3]); all zero: determined.
  const dots = new Float64Array(4 * cells.length);
  const determined = new Uint8Array(cells.length);
  const refresh = (): void => {
    atomsOf.forEach((atoms, i) => {
      for (let p = 0; p < 4; p++) dots[4 * i + p] = space.dot(p, atoms);
      determined[i] =
        dots[4 * i] === 0 && dots[4 * i + 1] === 0 && dots[4 * i + 2] === 0 && dots[4 * i + 3] === 0 ? 1 : 0;
    });
  };
  const isDetermined = (i: number): boolean => determined[i] === 1;
  const dot = (i: number, p: number): number => dots[4 * i + p] as number;
  /** Would committing c determine x? Both cross products vanish: x · w = 0 for every w ⊥ c. */
  const follows = (x: number, c: number): boolean =>
    mul(dot(x, 0), dot(c, 1)) === mul(dot(x, 1), dot(c, 0)) &&
    mul(dot(x, 2), dot(c, 3)) === mul(dot(x, 3), dot(c, 2));

  /** Would these newly determined cells leave some relation with a hidden remainder of 1 … k−1? */
  const exposesRemainder = (newly: ReadonlySet<number>): boolean => {
    const known = (c: number): boolean => newly.has(c) || isDetermined(c);
    const touched = new Set([...newly].flatMap((c) => relationsOf[c] ?? []));
    for (const ri of touched) {
      const r = relations[ri];
      if (!r || !known(r.parent)) continue;
      let remainder = size(r.parent);
      for (const part of r.parts) if (known(part)) remainder -= size(part);
      if (remainder > 0 && remainder < k) return true;
    }
    return false;
  };

  /** Would committing c (null when c is committed already) leave a group of 1 … k−1 determined? */
  const smallGroupDetermined = (c: number | null): boolean => {
    // w' = (c·w_b) w_a − (c·w_a) w_b is a random null vector of the span with c.
    const combine = (a: number, b: number): Float64Array => {
      const wa = space.pool[a] as Float64Array;
      const wb = space.pool[b] as Float64Array;
      if (c === null) return wa;
      const ca = dot(c, a);
      const cb = dot(c, b);
      const w = new Float64Array(wa.length);
      for (let i = 0; i < w.length; i++) {
        const x = mul(wa[i] as number, cb) - mul(wb[i] as number, ca);
        w[i] = x < 0 ? x + P : x;
      }
      return w;
    };
    const u = combine(0, 1);
    const v = combine(2, 3);
    const degenerate = u.every((x) => x === 0);
    return findSmallGroup(degenerate ? v : u, degenerate ? u : v, sizes, k - 1) !== null;
  };

  /** One cell's decision; `search`: also look for small groups (else the batch check does). */
  const decide = (i: number, search: boolean): boolean => {
    if (status[i]) return false;
    if (isDetermined(i)) {
      status[i] = RELEASED;
      return false;
    }
    const newly = new Set<number>();
    for (let x = 0; x < cells.length; x++) if (!isDetermined(x) && follows(x, i)) newly.add(x);
    if (
      [...newly].some((x) => probes.has(x)) ||
      exposesRemainder(newly) ||
      (search && smallGroupDetermined(i))
    ) {
      status[i] = WOULD_REVEAL;
      probes.add(i);
      return false;
    }
    space.commit(atomsOf[i] as number[]);
    refresh();
    status[i] = RELEASED;
    return true;
  };

  refresh();
  const order = releaseOrder(cells).filter((i) => !status[i]);
  for (let start = 0; start < order.length; ) {
    const saved = space.snapshot();
    let end = start;
    for (let committed = 0; end < order.length && committed < BATCH; end++) {
      if (decide(order[end] as number, false)) committed += 1;
    }
    if (smallGroupDetermined(null)) {
      space.restore(saved);
      refresh();
      for (const i of order.slice(start, end)) {
        status[i] = undefined;
        probes.delete(i);
      }
      for (const i of order.slice(start, end)) decide(i, true);
    }
    start = end;
  }
  return status.map((s) => s ?? RELEASED);
}
