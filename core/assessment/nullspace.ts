/**
 * The null space of the released rows, seen through a few uniformly random vectors of it.
 *
 * A 0/1 vector x (a group) is determined by the released rows R exactly when x lies in their
 * span, i.e. when x · w = 0 for every w with R w = 0. For a uniformly random such w, a group that
 * is not determined has x · w = 0 only by chance (1 in P). So each group is summarised by its dot
 * products with a small pool of random null vectors: all zero means determined; a group that is
 * not determined passes for determined with chance about 1 / P² — the safe direction whenever it
 * makes the release suppress more, and vanishingly rare otherwise.
 *
 * Committing a row keeps the pool uniform in the smaller null space: one pool vector z with
 * c · z ≠ 0 is used to project the others (u − (c·u / c·z) z), and is replaced by a fresh vector
 * from the row basis by back-substitution. Arithmetic is modulo the prime P < 2^26, so products
 * stay exact in doubles; rational ranks equal ranks modulo P unless P divides the relevant minors
 * of the 0/1 matrix. release.adversarial.test.ts checks outcomes with exact integer arithmetic.
 */
export const P = 67108859;
const INV_P = 1 / P;

export function mul(a: number, b: number): number {
  const x = a * b;
  const r = x - Math.floor(x * INV_P) * P;
  return r < 0 ? r + P : r >= P ? r - P : r;
}

export function inverse(a: number): number {
  let result = 1;
  let base = a;
  for (let e = P - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = mul(result, base);
    base = mul(base, base);
  }
  return result;
}

/** Pool size: two pairs of working vectors (for the cross-product tests) and a spare. */
export const POOL = 5;

interface Row {
  pivot: number;
  columns: Int32Array;
  values: Float64Array;
}

export class NullSpace {
  readonly pool: Float64Array[];
  private readonly rows: Row[] = [];

  constructor(
    readonly columns: number,
    private readonly rand: () => number,
  ) {
    this.pool = Array.from({ length: POOL }, () => this.fresh());
  }

  /** The state, to go back to with restore (rows are only ever appended). */
  snapshot(): { rows: number; pool: Float64Array[] } {
    return { rows: this.rows.length, pool: this.pool.map((w) => w.slice()) };
  }

  restore(state: { rows: number; pool: readonly Float64Array[] }): void {
    this.rows.length = state.rows;
    state.pool.forEach((w, i) => {
      this.pool[i] = w.slice();
    });
  }

  /** x · pool[i] for a 0/1 vector given by its columns. */
  dot(i: number, ones: readonly number[]): number {
    const w = this.pool[i] as Float64Array;
    let s = 0;
    for (const c of ones) s += w[c] as number;
    return s % P;
  }

  /** Adds the row; false when it was in the span already (nothing changes). */
  commit(ones: readonly number[]): boolean {
    const x = new Float64Array(this.columns);
    for (const c of ones) x[c] = 1;
    for (const row of this.rows) {
      const f = x[row.pivot] as number;
      if (f === 0) continue;
      for (let t = 0; t < row.columns.length; t++) {
        const c = row.columns[t] as number;
        const v = (x[c] as number) - mul(f, row.values[t] as number);
        x[c] = v < 0 ? v + P : v;
      }
    }
    const pivot = x.findIndex((v) => v !== 0);
    if (pivot < 0) return false;
    const scale = inverse(x[pivot] as number);
    const columns: number[] = [];
    const values: number[] = [];
    x.forEach((v, c) => {
      if (v === 0) return;
      columns.push(c);
      values.push(mul(v, scale));
    });
    this.rows.push({ pivot, columns: Int32Array.from(columns), values: Float64Array.from(values) });

    const dots = this.pool.map((_, i) => this.dot(i, ones));
    const z = dots.findIndex((d) => d !== 0);
    if (z < 0) {
      // Every pool vector is orthogonal to the new row already (chance 1 / P^5): start afresh.
      this.pool.forEach((_, i) => {
        this.pool[i] = this.fresh();
      });
      return true;
    }
    const zv = this.pool[z] as Float64Array;
    const zInv = inverse(dots[z] as number);
    this.pool.forEach((u, i) => {
      if (i === z) return;
      const f = mul(dots[i] as number, zInv);
      if (f === 0) return;
      for (let c = 0; c < this.columns; c++) {
        const v = (u[c] as number) - mul(f, zv[c] as number);
        u[c] = v < 0 ? v + P : v;
      }
    });
    this.pool[z] = this.fresh();
    return true;
  }

  /** A uniformly random vector of the null space: random free columns, pivots solved backwards. */
  private fresh(): Float64Array {
    const w = new Float64Array(this.columns);
    for (let c = 0; c < this.columns; c++) w[c] = Math.floor(this.rand() * P);
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const row = this.rows[i] as Row;
      let s = 0;
      for (let t = 0; t < row.columns.length; t++) {
        const c = row.columns[t] as number;
        if (c !== row.pivot) s += mul(row.values[t] as number, w[c] as number);
      }
      w[row.pivot] = (P - (s % P)) % P;
    }
    return w;
  }
}
