/**
 * The adversary of issue 8: someone who sees every released number of a round — every breakdown,
 * every filter, the count and each dimension's sums — and knows who answered and where they sit,
 * tries to compute a hidden group by adding and subtracting. Every released number is a linear
 * equation Σ_{r ∈ cell} x_r = value over the respondents' unknowns x, so a group's sum is
 * computable exactly when its 0/1 vector lies in the span of the released cells' vectors. This
 * test builds those vectors for many generated organisations and checks, with exact integer
 * arithmetic (no floating point, no modulus), that no hidden cell and no group of fewer than k
 * respondents (every single respondent, pair, triple and — k is 3 to 5 here — quadruple) lies in
 * the span, and that the same check fails when the differencing rule is switched off.
 *
 * Per round three families of unknowns are checked (rounds have separate answers, so each round is
 * its own system): the count and every per-respondent number released with the cell's counts;
 * per dimension, the scores of the respondents who have one (the cells released for it); and per
 * dimension, over everyone, whether a respondent has a score at all.
 */
import { describe, expect, it } from 'vitest';
import { LEADER_LEVELS, type Level } from '../organisation.js';
import { mulberry32 } from '../random.js';
import type { ReleaseRespondent } from './cells.js';
import { groupId, groupMembers, type ReleaseFilter, releaseChange, releaseRound } from './release.js';

const DIMENSIONS = ['a', 'b', 'c'];

/**
 * An exact span of integer vectors in reduced row echelon form (Gauss–Jordan without fractions):
 * every row is primitive, positive at its pivot and zero at every other row's pivot. Every entry
 * is checked to stay a safe integer, so nothing is rounded.
 */
class ExactSpan {
  private readonly rows: Array<{ pivot: number; v: number[] }> = [];

  constructor(private readonly columns: number) {}

  add(v: readonly number[]): void {
    const x = this.reduce(v);
    const pivot = x.findIndex((e) => e !== 0);
    if (pivot < 0) return;
    const row = primitive((x[pivot] as number) < 0 ? x.map((e) => -e) : x);
    for (const r of this.rows) {
      const f = r.v[pivot] as number;
      if (f !== 0) r.v = primitive(r.v.map((e, i) => (row[pivot] as number) * e - f * (row[i] as number)));
    }
    this.rows.push({ pivot, v: row });
  }

  contains(v: readonly number[]): boolean {
    return this.reduce(v).every((e) => e === 0);
  }

  /**
   * Every group of 1 … maxSize unknowns (at most four) whose sum the rows determine. A group is
   * determined when the sum of its members' residuals is zero; the residual of unknown a is e_a
   * for a free column and −(row without its pivot) / pivot entry for a pivot column, scaled here
   * by the lcm of the pivot entries to stay integer. Found by hashing: pairs, triples, and pairs
   * of pairs.
   */
  smallGroups(maxSize: number): number[][] {
    const pivotRow = new Map(this.rows.map((r) => [r.pivot, r.v]));
    const scale = this.rows.reduce((l, r) => lcm(l, r.v[r.pivot] as number), 1);
    const free = Array.from({ length: this.columns }, (_, c) => c).filter((c) => !pivotRow.has(c));
    const sig = Array.from({ length: this.columns }, (_, a) => {
      const row = pivotRow.get(a);
      if (!row) return free.map((c) => (c === a ? scale : 0));
      return free.map((c) => (-(row[c] as number) * scale) / (row[a] as number));
    });
    for (const s of sig) if (!s.every(Number.isSafeInteger)) throw new Error('overflow in the exact span');
    const key = (v: readonly number[]): string => v.join(',');
    const add = (...vs: number[][]): number[] =>
      (vs[0] as number[]).map((_, i) => vs.reduce((t, v) => t + (v[i] as number), 0));
    const neg = (v: readonly number[]): number[] => v.map((e) => -e);
    const found: number[][] = [];
    const singles = new Map<string, number[]>();
    sig.forEach((s, a) => {
      if (s.every((e) => e === 0)) found.push([a]);
      singles.set(key(s), [...(singles.get(key(s)) ?? []), a]);
    });
    const pairs = new Map<string, number[][]>();
    for (let a = 0; a < this.columns; a++) {
      for (let b = a + 1; b < this.columns; b++) {
        const s = add(sig[a] as number[], sig[b] as number[]);
        if (maxSize >= 2 && s.every((e) => e === 0)) found.push([a, b]);
        if (maxSize >= 3) for (const c of singles.get(key(neg(s))) ?? []) if (c > b) found.push([a, b, c]);
        pairs.set(key(s), [...(pairs.get(key(s)) ?? []), [a, b]]);
      }
    }
    if (maxSize >= 4) {
      for (const [k, list] of pairs) {
        const other = pairs.get(key(neg(k.split(',').map(Number)))) ?? [];
        for (const [a, b] of list) {
          for (const [c, d] of other) {
            if ((c as number) > (a as number) && c !== b && d !== b && d !== a)
              found.push([a, b, c, d] as number[]);
          }
        }
      }
    }
    return found;
  }

  private reduce(v: readonly number[]): number[] {
    let x = [...v];
    for (const { pivot, v: b } of this.rows) {
      const f = x[pivot] as number;
      if (f === 0) continue;
      const g = b[pivot] as number;
      x = primitive(x.map((e, i) => g * e - f * (b[i] as number)));
    }
    return x;
  }
}
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;
function primitive(x: number[]): number[] {
  if (!x.every(Number.isSafeInteger)) throw new Error('overflow in the exact span');
  const d = x.reduce((acc, e) => gcd(acc, Math.abs(e)), 0);
  return d > 1 ? x.map((e) => e / d) : x;
}

interface Round {
  respondents: ReleaseRespondent[];
  invited: ReleaseRespondent[];
  filters: ReleaseFilter[];
  invitedFilters: ReleaseFilter[];
}

interface Organisation {
  k: number;
  rounds: [Round, Round];
}

/** A small organisation: a unit tree up to three deep, 4 levels, 2–4 fields, two rounds. */
function generate(seed: number): Organisation {
  const rand = mulberry32(seed);
  const int = (max: number): number => Math.floor(rand() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const k = 3 + int(3);
  const paths: string[][] = [['u0']];
  const units = 3 + int(6);
  for (let u = 1; u < units; u++) {
    const parent = pick(paths.filter((p) => p.length < 3));
    paths.push([...parent, `u${u}`]);
  }
  const fields = [...Array.from({ length: 2 + int(3) }, (_, f) => `f${f}`), null];
  const person = (id: string): ReleaseRespondent => ({
    id,
    unitPath: pick(paths),
    level: pick(LEADER_LEVELS) as Level,
    fieldId: pick(fields),
  });
  const people = Array.from({ length: 12 + int(40) }, (_, i) => person(`p${i}`));
  const round = (r: number): Round => {
    // Some people move or are replaced between rounds.
    const roster = people.map((p, i) => (r === 1 && rand() < 0.15 ? person(`p${i}-${r}`) : p));
    const invited = roster.filter(() => rand() < 0.9);
    const answering = invited.filter(() => rand() < 0.85).slice(0, 40);
    while (answering.length < 8 && answering.length < invited.length) {
      const p = invited.find((x) => !answering.includes(x));
      if (p) answering.push(p);
    }
    const respondents = answering.map((p, i) => ({
      ...p,
      id: `r${r}-${i}`,
      scored: DIMENSIONS.filter(() => rand() > 0.12),
    }));
    const cohort = invited.filter(() => rand() < 0.7).map((p) => p.id);
    const inner = cohort.filter(() => rand() < 0.6);
    const other = invited.filter(() => rand() < 0.5).map((p) => p.id);
    const area = pick(paths.filter((p) => p.length === 2))?.[1] ?? 'u0';
    const inArea = invited.filter((p) => p.unitPath.includes(area)).map((p) => p.id);
    const lists: Array<[string, string[]]> = [
      ['cohort', cohort],
      ['inner', inner],
      ['other', other],
      ['area', inArea],
    ];
    const toResponses = (ids: string[]): string[] =>
      answering.flatMap((p, i) => (ids.includes(p.id) ? [`r${r}-${i}`] : []));
    return {
      respondents,
      invited,
      filters: lists.map(([key, ids]) => ({ key, respondentIds: toResponses(ids) })),
      invitedFilters: lists.map(([key, ids]) => ({ key, respondentIds: ids })),
    };
  };
  return { k, rounds: [round(0), round(1)] };
}

/** Everything the adversary could compute that must stay hidden, as found violations. */
function violations(org: Organisation, differencing: boolean): string[] {
  const found: string[] = [];
  for (const round of org.rounds) {
    const { respondents } = round;
    const release = releaseRound(respondents, {
      k: org.k,
      filters: round.filters,
      dimensions: DIMENSIONS,
      differencing,
    });
    // Membership of every cell, recomputed from its group, not taken from the release.
    const members = groupMembers(respondents, round.filters);
    const cells = release.populations.flatMap((p) =>
      Object.values(p.breakdowns)
        .flat()
        .map((cell) => {
          const ids = members.get(groupId(p.filter, cell.breakdown, cell.key)) ?? new Set<string>();
          if (cell.released) expect(new Set(cell.respondentIds)).toEqual(ids);
          expect(cell.released || cell.reason !== 'too_few' || ids.size < org.k).toBe(true);
          expect(!cell.released || ids.size >= org.k).toBe(true);
          return { cell, ids, name: `${p.filter ?? 'round'} ${cell.breakdown} ${cell.key}` };
        }),
    );
    const check = (family: string, unknowns: readonly string[], shown: (c: (typeof cells)[0]) => boolean) => {
      const column = new Map(unknowns.map((id, i) => [id, i]));
      const vector = (ids: Iterable<string>): number[] => {
        const v = new Array<number>(unknowns.length).fill(0);
        for (const id of ids) if (column.has(id)) v[column.get(id) as number] = 1;
        return v;
      };
      const span = new ExactSpan(unknowns.length);
      for (const c of cells) if (shown(c)) span.add(vector(c.ids));
      for (const c of cells) {
        const ids = [...c.ids].filter((id) => column.has(id));
        if (!shown(c) && ids.length > 0 && span.contains(vector(ids)))
          found.push(`${family}: hidden ${c.name}`);
      }
      for (const group of span.smallGroups(org.k - 1)) {
        found.push(`${family}: group of ${group.length} ${group.map((i) => unknowns[i]).join('+')}`);
      }
    };
    const everyone = respondents.map((r) => r.id);
    check('count', everyone, (c) => c.cell.released);
    for (const d of DIMENSIONS) {
      const dim = (c: (typeof cells)[0]): boolean =>
        c.cell.released && c.cell.dimensions[d]?.released === true;
      check(
        `${d} scores`,
        respondents.filter((r) => r.scored?.includes(d)).map((r) => r.id),
        dim,
      );
      check(`${d} scored or not`, everyone, dim);
    }
  }
  return found;
}

const SEEDS = Array.from({ length: 150 }, (_, i) => 1000 + i * 7919);

describe('release against differencing (adversarial)', () => {
  it('determines no hidden cell and no group under k, across breakdowns, filters and rounds', () => {
    let released = 0;
    let wouldReveal = 0;
    for (const seed of SEEDS) {
      const org = generate(seed);
      expect(violations(org, true), `seed ${seed}`).toEqual([]);
      for (const round of org.rounds) {
        const release = releaseRound(round.respondents, { k: org.k, filters: round.filters });
        const all = release.populations.flatMap((p) => Object.values(p.breakdowns).flat());
        released += all.filter((c) => c.released).length;
        wouldReveal += all.filter((c) => !c.released && c.reason === 'would_reveal').length;
      }
    }
    // The rule is exercised, and it still releases a useful share.
    expect(wouldReveal).toBeGreaterThan(1000);
    expect(released).toBeGreaterThan(5000);
  });

  it('fails without the differencing rule, so the check above can fail', () => {
    const failing = SEEDS.filter((seed) => violations(generate(seed), false).length > 0);
    expect(failing.length).toBeGreaterThan(SEEDS.length / 2);
  });

  it('shows change only for groups released in both rounds whose invitations changed by 0 or ≥ k', () => {
    for (const seed of SEEDS.slice(0, 20)) {
      const org = generate(seed);
      const [r0, r1] = org.rounds.map((round) =>
        releaseRound(round.respondents, { k: org.k, filters: round.filters }),
      );
      const [inv0, inv1] = org.rounds.map((round) => groupMembers(round.invited, round.invitedFilters));
      const after = new Map(
        r1?.populations.flatMap((p) =>
          Object.values(p.breakdowns)
            .flat()
            .map((c) => [groupId(p.filter, c.breakdown, c.key), c] as const),
        ),
      );
      for (const p of r0?.populations ?? []) {
        for (const c of Object.values(p.breakdowns).flat()) {
          const id = groupId(p.filter, c.breakdown, c.key);
          const invitedBefore = inv0?.get(id) ?? new Set<string>();
          const invitedAfter = inv1?.get(id) ?? new Set<string>();
          const change = releaseChange({
            k: org.k,
            before: c,
            after: after.get(id),
            invitedBefore,
            invitedAfter,
          });
          if (!change.released) continue;
          expect(c.released && after.get(id)?.released).toBe(true);
          const left = [...invitedBefore].filter((x) => !invitedAfter.has(x)).length;
          const joined = [...invitedAfter].filter((x) => !invitedBefore.has(x)).length;
          expect(left === 0 || left >= org.k).toBe(true);
          expect(joined === 0 || joined >= org.k).toBe(true);
        }
      }
    }
  });
});
