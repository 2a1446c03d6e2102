import { describe, expect, it } from 'vitest';
import {
  composeSets,
  type DiversityScore,
  lineManagers,
  managerPairsTogether,
  mulberry32,
  overallScore,
  randomSets,
  type SetCandidate,
  scoreSet,
  setSizes,
} from './learning-sets.js';
import { LEVELS, type Level } from './organisation.js';

const person = (
  personId: string,
  areaId: string | null,
  fieldId: string | null,
  level: Level,
  managerIds: string[] = [],
): SetCandidate => ({ personId, areaId, fieldId, level, managerIds });

/**
 * A random organisation: a management tree (each person reports to an earlier one, or to nobody,
 * now and then to two), random areas, fields and levels, some of them unknown.
 */
function randomOrganisation(seed: number, n: number): SetCandidate[] {
  const rand = mulberry32(seed);
  const int = (max: number): number => Math.floor(rand() * max);
  const areas = 1 + int(8);
  const fields = 1 + int(9);
  const people: SetCandidate[] = [];
  for (let i = 0; i < n; i++) {
    const managerIds: string[] = [];
    if (i > 0 && rand() < 0.85) managerIds.push(`p${int(i)}`);
    if (i > 1 && rand() < 0.05) managerIds.push(`p${int(i)}`);
    people.push(
      person(
        `p${i}`,
        rand() < 0.05 ? null : `a${int(areas)}`,
        rand() < 0.1 ? null : `f${int(fields)}`,
        LEVELS[int(LEVELS.length)] as Level,
        managerIds,
      ),
    );
  }
  return shuffle(people, rand);
}

function shuffle<T>(list: T[], rand: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/** Exhaustive search (small n only): can the people be split into sets of these sizes at all? */
function feasible(people: readonly SetCandidate[], sizes: readonly number[]): boolean {
  const index = new Map(people.map((p, i) => [p.personId, i]));
  const conflicts = people.map(() => new Set<number>());
  people.forEach((p, i) => {
    for (const m of p.managerIds) {
      const j = index.get(m);
      if (j === undefined || j === i) continue;
      conflicts[i]?.add(j);
      conflicts[j]?.add(i);
    }
  });
  const sets: number[][] = sizes.map(() => []);
  const place = (i: number): boolean => {
    if (i === people.length) return true;
    return sets.some((set, s) => {
      if (set.length >= (sizes[s] ?? 0) || set.some((j) => conflicts[i]?.has(j))) return false;
      set.push(i);
      if (place(i + 1)) return true;
      set.pop();
      return false;
    });
  };
  return place(0);
}

function expectValid(people: readonly SetCandidate[], size: number, sets: readonly string[][]): void {
  expect(managerPairsTogether(sets, people)).toEqual([]);
  const lengths = sets.map((s) => s.length);
  expect(sets.length).toBe(Math.ceil(people.length / size));
  expect(Math.max(...lengths)).toBeLessThanOrEqual(size);
  expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
  const all = sets.flat();
  expect(all.length).toBe(people.length);
  expect([...all].sort()).toEqual(people.map((p) => p.personId).sort());
}

const byId = (people: readonly SetCandidate[]) => new Map(people.map((p) => [p.personId, p]));

describe('scoreSet', () => {
  it('counts mixed pairs and level spread as documented', () => {
    const s = scoreSet([
      person('a', 'A1', 'F1', 'leder'),
      person('b', 'A1', 'F2', 'leder'),
      person('c', 'A2', 'F2', 'leder'),
      person('d', 'A3', 'F3', 'chef'),
    ]);
    // 6 pairs: one shares an area (a-b), one shares a field (b-c).
    expect(s.areas).toBeCloseTo(5 / 6);
    expect(s.fields).toBeCloseTo(5 / 6);
    // Fair share ceil(4/5) = 1; leder has 2 above it; the worst excess is 4 - 1 = 3.
    expect(s.levels).toBeCloseTo(1 - 2 / 3);
    expect(s.total).toBeCloseTo(0.5 * (5 / 6) + 0.3 * (5 / 6) + 0.2 * (1 / 3));
  });

  it('is 1 for a fully mixed set and 0 for a set of clones; null is a value of its own', () => {
    const mixed = scoreSet([
      person('a', 'A1', 'F1', 'direktør'),
      person('b', 'A2', 'F2', 'chef'),
      person('c', null, null, 'leder'),
    ]);
    expect(mixed).toEqual({ areas: 1, fields: 1, levels: 1, total: 1 });
    const clones = scoreSet([person('a', null, null, 'leder'), person('b', null, null, 'leder')]);
    expect(clones.areas).toBe(0);
    expect(clones.fields).toBe(0);
    expect(clones.levels).toBe(0);
    expect(clones.total).toBe(0);
  });

  it('weights the whole by set size', () => {
    const a: DiversityScore = { areas: 1, fields: 1, levels: 1, total: 1 };
    const b: DiversityScore = { areas: 0, fields: 0, levels: 0, total: 0 };
    expect(overallScore([a, b], [6, 4]).total).toBeCloseTo(0.6);
  });
});

describe('setSizes', () => {
  it('makes ceil(n / size) sets, as even as possible, never above size', () => {
    expect(setSizes(13, 6)).toEqual([5, 4, 4]);
    expect(setSizes(12, 6)).toEqual([6, 6]);
    expect(setSizes(350, 6)).toHaveLength(59);
    expect(setSizes(3, 6)).toEqual([3]);
  });
});

describe('managerPairsTogether', () => {
  it('lists every (manager, report) pair in one set', () => {
    const people = [
      person('boss', 'A', 'F', 'chef'),
      person('r1', 'A', 'F', 'leder', ['boss']),
      person('r2', 'A', 'F', 'leder', ['boss']),
      person('x', 'A', 'F', 'leder', ['outsider']),
    ];
    expect(
      managerPairsTogether(
        [
          ['boss', 'r1'],
          ['r2', 'x'],
        ],
        people,
      ),
    ).toEqual([{ managerId: 'boss', reportId: 'r1' }]);
  });
});

describe('lineManagers', () => {
  const units = new Map([
    ['top', { parentId: null, managerPersonId: 'ceo' }],
    ['area', { parentId: 'top', managerPersonId: 'chief' }],
    ['dept', { parentId: 'area', managerPersonId: null }],
    ['team', { parentId: 'dept', managerPersonId: 'lead' }],
    ['loopA', { parentId: 'loopB', managerPersonId: null }],
    ['loopB', { parentId: 'loopA', managerPersonId: null }],
  ]);

  it('gives the unit manager, or the first manager up the tree', () => {
    const got = lineManagers(
      [
        { personId: 'worker', unitId: 'team' },
        { personId: 'lead', unitId: 'team' },
        { personId: 'clerk', unitId: 'dept' },
        { personId: 'chief', unitId: 'area' },
        { personId: 'ceo', unitId: 'top' },
        { personId: 'nobody', unitId: null },
        { personId: 'ghost', unitId: 'missing' },
      ],
      units,
    );
    expect(Object.fromEntries(got)).toEqual({
      worker: ['lead'],
      lead: ['chief'],
      clerk: ['chief'],
      chief: ['ceo'],
      ceo: [],
      nobody: [],
      ghost: [],
    });
  });

  it('stops at a cycle in the unit tree', () => {
    expect(lineManagers([{ personId: 'p', unitId: 'loopA' }], units).get('p')).toEqual([]);
  });
});

describe('composeSets', () => {
  it('keeps managers and their reports apart and mixes areas', () => {
    const people = [
      person('a1', 'A', 'F1', 'chef'),
      person('a2', 'A', 'F1', 'leder', ['a1']),
      person('a3', 'A', 'F1', 'leder', ['a1']),
      person('b1', 'B', 'F2', 'leder'),
      person('b2', 'B', 'F2', 'teamleder', ['b1']),
      person('b3', 'B', 'F2', 'teamleder'),
    ];
    const res = composeSets(people, { size: 3, seed: 1 });
    if (!res.ok) throw new Error(JSON.stringify(res.problem));
    expectValid(people, 3, res.sets);
    expect(res.scores).toHaveLength(2);
    // a2 and a3 must share a set (a1 may join neither); the best split adds one B to them.
    for (const set of res.sets) expect(new Set(set.map((id) => id[0]))).toEqual(new Set(['a', 'b']));
    expect(res.overall.areas).toBeCloseTo(2 / 3);
    expect(res.overall.total).toBeCloseTo(overallScore(res.scores, [3, 3]).total);
  });

  it('says when there are too few people', () => {
    expect(
      composeSets([person('a', 'A', 'F', 'leder'), person('b', 'A', 'F', 'leder')], { size: 5, seed: 1 }),
    ).toEqual({ ok: false, problem: { kind: 'too_few', count: 2, minimum: 3 } });
  });

  it('names the manager whose reports leave too few others to fill a set', () => {
    const reports = Array.from({ length: 8 }, (_, i) => person(`r${i}`, 'A', 'F', 'leder', ['boss']));
    const people = [person('other', 'B', 'F', 'chef'), ...reports, person('boss', 'A', 'F', 'chef')];
    // Two sets of 5: the boss needs 4 others who are not their reports, and there is only one.
    const res = composeSets(people, { size: 5, seed: 3 });
    expect(res).toEqual({
      ok: false,
      problem: { kind: 'manager_conflict', personId: 'boss', reports: reports.map((r) => r.personId) },
    });
    // With sets of 3, 3, 2, 2 the boss's set can be small enough: the boss and 'other'.
    const roomier = composeSets(people, { size: 3, seed: 3 });
    expect(roomier.ok).toBe(true);
  });

  it('rejects a set size below 3 and a person given twice', () => {
    const people = [
      person('a', 'A', 'F', 'leder'),
      person('b', 'A', 'F', 'leder'),
      person('c', 'A', 'F', 'leder'),
    ];
    expect(() => composeSets(people, { size: 2, seed: 1 })).toThrow(RangeError);
    expect(() => composeSets([...people, people[0] as SetCandidate], { size: 3, seed: 1 })).toThrow(
      RangeError,
    );
  });

  it('holds the constraints for random organisations of 5–400 people, and is deterministic', () => {
    let composed = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const rand = mulberry32(seed * 7919);
      const n = 5 + Math.floor(rand() * 396);
      const size = 3 + Math.floor(rand() * 6);
      const people = randomOrganisation(seed, n);
      const res = composeSets(people, { size, seed });
      if (seed % 5 === 0) expect(composeSets(people, { size, seed })).toEqual(res);
      if (!res.ok) {
        expect(res.problem.kind).toBe('manager_conflict');
        continue;
      }
      composed++;
      expectValid(people, size, res.sets);
      const ids = byId(people);
      res.sets.forEach((set, i) => {
        expect(res.scores[i]?.total).toBeCloseTo(
          scoreSet(set.map((id) => ids.get(id) as SetCandidate)).total,
        );
      });
    }
    expect(composed).toBeGreaterThan(45);
  });

  it('finds a split exactly when one exists (exhaustive check, 5–10 people)', () => {
    let impossible = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const rand = mulberry32(seed * 104729);
      const n = 5 + Math.floor(rand() * 6);
      const size = 3 + Math.floor(rand() * 2);
      const people = randomOrganisation(seed, n);
      const res = composeSets(people, { size, seed });
      expect(res.ok, `seed ${seed}, n ${n}, size ${size}`).toBe(feasible(people, setSizes(n, size)));
      if (res.ok) {
        expectValid(people, size, res.sets);
      } else {
        impossible++;
        const problem = res.problem;
        if (problem.kind !== 'manager_conflict') throw new Error(`seed ${seed}: ${problem.kind}`);
        // The named person really is bound to everyone listed.
        const named = people.find((p) => p.personId === problem.personId) as SetCandidate;
        for (const other of problem.reports) {
          const o = people.find((p) => p.personId === other) as SetCandidate;
          expect(named.managerIds.includes(other) || o.managerIds.includes(named.personId)).toBe(true);
        }
      }
    }
    expect(impossible).toBeGreaterThan(0);
  });

  it('gives different seeds different but equally valid splits', () => {
    const people = randomOrganisation(42, 120);
    const a = composeSets(people, { size: 6, seed: 1 });
    const b = composeSets(people, { size: 6, seed: 2 });
    if (!a.ok || !b.ok) throw new Error('expected sets');
    expect(a.sets).not.toEqual(b.sets);
    expectValid(people, 6, b.sets);
  });

  it('mixes clearly better than random splits that respect the same constraints', () => {
    for (const [seed, n] of [
      [11, 60],
      [12, 150],
      [13, 350],
    ] as const) {
      const people = randomOrganisation(seed, n);
      const res = composeSets(people, { size: 6, seed });
      if (!res.ok) throw new Error(JSON.stringify(res.problem));
      const random = Array.from({ length: 30 }, (_, i) => {
        const r = randomSets(people, { size: 6, seed: 1000 + i });
        if (!r.ok) throw new Error(JSON.stringify(r.problem));
        expectValid(people, 6, r.sets);
        return r.overall.total;
      });
      const mean = random.reduce((s, x) => s + x, 0) / random.length;
      const sd = Math.sqrt(random.reduce((s, x) => s + (x - mean) ** 2, 0) / (random.length - 1));
      // Better than every random split, and by far more than random splits vary among themselves.
      expect(res.overall.total).toBeGreaterThan(Math.max(...random));
      expect(res.overall.total - mean).toBeGreaterThan(5 * sd);
    }
  });
});
