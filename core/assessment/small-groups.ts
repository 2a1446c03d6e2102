/**
 * Search for a small group whose sum a candidate release would determine.
 *
 * A group is determined exactly when it is a union of atoms whose vector lies in the span of the
 * released rows, i.e. when its sum under every null vector is zero. `u` and `v` are two
 * independent random null vectors of the span *with* the candidate (atom values modulo P); a
 * group with both sums zero is determined (up to a chance of about 1 / P² of a false alarm, which
 * only suppresses more). The search covers every union of up to four atoms with 1 … maxSize
 * respondents — every group under k when k ≤ 5 — by hashing: singles and pairs in O(m), triples
 * and quadruples in O(m²) for m small atoms.
 */
import { P as PRIME } from './nullspace.js';

/** A local copy: reading an imported binding in the hot loops below is measurably slower. */
const P = PRIME;
const negMod = (x: number): number => (x === 0 ? 0 : P - x);
const addMod = (x: number, y: number): number => (x + y >= P ? x + y - P : x + y);

/** A multimap from values below P to small integers, in typed arrays (chained hashing). */
class ValueIndex {
  private readonly head: Int32Array;
  readonly next: Int32Array;
  readonly values: Float64Array;
  private readonly shift: number;
  count = 0;

  constructor(capacity: number) {
    const bits = Math.max(4, Math.ceil(Math.log2(2 * capacity + 1)));
    this.head = new Int32Array(1 << bits).fill(-1);
    this.next = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.shift = 32 - bits;
  }

  /** Adds `value`; its id is the order of adding. */
  add(value: number): void {
    const s = Math.imul(value, 0x9e3779b1) >>> this.shift;
    this.values[this.count] = value;
    this.next[this.count] = this.head[s] as number;
    this.head[s] = this.count;
    this.count += 1;
  }

  /** The first id whose slot `value` shares (walk on with `next`, compare `values`), or −1. */
  first(value: number): number {
    return this.head[Math.imul(value, 0x9e3779b1) >>> this.shift] as number;
  }
}

export function findSmallGroup(
  u: Float64Array,
  v: Float64Array,
  sizes: readonly number[],
  maxSize: number,
): number[] | null {
  const small = sizes.flatMap((s, a) => (s <= maxSize ? [a] : []));
  const m = small.length;
  const uu = Float64Array.from(small, (a) => u[a] as number);
  const sz = Int32Array.from(small, (a) => sizes[a] as number);
  /** Confirms a candidate group with the second null vector. */
  const confirmed = (ids: readonly number[]): number[] | null => {
    const atoms = ids.map((i) => small[i] as number);
    return atoms.reduce((s, a) => s + (v[a] as number), 0) % P === 0 ? atoms : null;
  };

  const singles = new ValueIndex(m);
  for (let i = 0; i < m; i++) {
    if (uu[i] === 0) {
      const found = confirmed([i]);
      if (found) return found;
    }
    singles.add(uu[i] as number);
  }
  // Pairs: u[a] + u[b] = 0, a < b.
  for (let i = 0; i < m; i++) {
    const target = negMod(uu[i] as number);
    for (let j = singles.first(target); j >= 0; j = singles.next[j] as number) {
      if (singles.values[j] !== target || j <= i || (sz[i] as number) + (sz[j] as number) > maxSize) continue;
      const found = confirmed([i, j]);
      if (found) return found;
    }
  }
  if (maxSize < 3) return null;
  // Triples: u[c] = −(u[a] + u[b]), a < b < c; and every pair sum, for quadruples.
  const quads = maxSize >= 4;
  const pairs = new ValueIndex(quads ? (m * (m - 1)) / 2 : 0);
  const first = new Int32Array(pairs.values.length);
  const second = new Int32Array(pairs.values.length);
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const s = (sz[i] as number) + (sz[j] as number);
      if (s > maxSize - 1) continue;
      const sum = addMod(uu[i] as number, uu[j] as number);
      const target = negMod(sum);
      for (let c = singles.first(target); c >= 0; c = singles.next[c] as number) {
        if (singles.values[c] !== target || c <= j || s + (sz[c] as number) > maxSize) continue;
        const found = confirmed([i, j, c]);
        if (found) return found;
      }
      if (quads && s <= maxSize - 2) {
        first[pairs.count] = i;
        second[pairs.count] = j;
        pairs.add(sum);
      }
    }
  }
  if (!quads) return null;
  // Quadruples: two disjoint pairs whose sums cancel (each found once: the first pair's a is smaller).
  for (let p = 0; p < pairs.count; p++) {
    const a = first[p] as number;
    const b = second[p] as number;
    const s = (sz[a] as number) + (sz[b] as number);
    const target = negMod(pairs.values[p] as number);
    for (let q = pairs.first(target); q >= 0; q = pairs.next[q] as number) {
      const c = first[q] as number;
      const d = second[q] as number;
      if (pairs.values[q] !== target || c <= a || c === b || d === b) continue;
      if (s + (sz[c] as number) + (sz[d] as number) > maxSize) continue;
      const found = confirmed([a, b, c, d]);
      if (found) return found;
    }
  }
  return null;
}
