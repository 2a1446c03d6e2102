/**
 * Learning sets: a cohort split into small peer groups for action learning. Pure functions: the
 * server gives the people, this decides the sets and says why they are good.
 *
 * composeSets in short: check the constraints can hold at all, build a valid split greedily (most
 * constrained people first, each into the emptiest set they may join, preferring the set they mix
 * best with), then improve it by random swaps and moves that keep the constraints and never lower
 * the overall score, for a fixed number of steps. Everything random comes from one seeded
 * mulberry32, so the same people in the same order with the same seed give the same sets.
 */
import { LEVELS, type Level } from './organisation.js';
import { mulberry32 } from './random.js';

/** One participant as composition sees them: ids only, never names. */
export interface SetCandidate {
  personId: string;
  /** The unit just below the top of the organisation (core/organisation.ts areaOf); null: none. */
  areaId: string | null;
  fieldId: string | null;
  level: Level;
  /** Person ids of their line manager(s) among everyone known (see lineManagers); may be empty. */
  managerIds: readonly string[];
}

export interface ComposeOptions {
  /**
   * Wanted people per set, e.g. 6, at least MIN_SET_SIZE. The cohort is split into ceil(n / size)
   * sets whose sizes differ by at most one and never exceed `size` (13 people, size 6: 5, 4, 4).
   */
  size: number;
  /** Seed of the deterministic random source: the same input and seed give the same sets. */
  seed: number;
}

/**
 * Why a set (or the whole) is good: 0–1 each, higher is more mixed. "No area" (null) and "no field"
 * count as one more value of their own. A set of one has no pairs: areas and fields are 1 there.
 */
export interface DiversityScore {
  /** Share of pairs in the set from different areas. */
  areas: number;
  /** Share of pairs in the set from different professional fields. */
  fields: number;
  /**
   * How evenly levels spread (1: no level more than its fair share). Fair share of a set of m is
   * ceil(m / 5) (five LEVELS); the score is 1 − excess / (m − fair share), where excess is the sum
   * over levels of how many people a level has above its fair share (0 when all are one level).
   */
  levels: number;
  /** The weighted whole (areas 0.5, fields 0.3, levels 0.2). */
  total: number;
}

export type ConstraintProblem =
  /** Fewer people than one set needs (at least 3). */
  | { kind: 'too_few'; count: number; minimum: number }
  /**
   * `personId` manages so many of the others that no split keeps them apart. `reports`: everyone
   * they may not share a set with (their direct reports, and their own line managers), in input order.
   */
  | { kind: 'manager_conflict'; personId: string; reports: readonly string[] };

export type ComposeResult =
  | { ok: true; sets: string[][]; scores: DiversityScore[]; overall: DiversityScore }
  | { ok: false; problem: ConstraintProblem };

/** The fewest people composeSets accepts, and the smallest `size` it accepts. */
export const MIN_SET_SIZE = 3;
export const SCORE_WEIGHTS = { areas: 0.5, fields: 0.3, levels: 0.2 } as const;
/** Local-search steps per person (and a ceiling), so 350 people take a bounded, small time. */
const STEPS_PER_PERSON = 200;
const MAX_STEPS = 100_000;
/** Fresh greedy attempts before a split that the quick check allowed is given up as impossible. */
const MAX_ATTEMPTS = 30;

export { mulberry32 };

/** Pairs (manager, report) that sit in the same set: must be empty for a valid split. */
export function managerPairsTogether(
  sets: readonly (readonly string[])[],
  people: readonly SetCandidate[],
): Array<{ managerId: string; reportId: string }> {
  const setOf = new Map<string, number>();
  sets.forEach((set, i) => {
    for (const id of set) setOf.set(id, i);
  });
  const pairs: Array<{ managerId: string; reportId: string }> = [];
  for (const p of people) {
    const own = setOf.get(p.personId);
    if (own === undefined) continue;
    for (const managerId of new Set(p.managerIds)) {
      if (managerId !== p.personId && setOf.get(managerId) === own) {
        pairs.push({ managerId, reportId: p.personId });
      }
    }
  }
  return pairs;
}

const pairCount = (m: number): number => (m * (m - 1)) / 2;

/** The score of a set of m people from its same-area and same-field pairs and its level counts. */
function scoreFromCounts(
  m: number,
  sameArea: number,
  sameField: number,
  levelCounts: ArrayLike<number>,
): DiversityScore {
  const pairs = pairCount(m);
  const areas = pairs === 0 ? 1 : 1 - sameArea / pairs;
  const fields = pairs === 0 ? 1 : 1 - sameField / pairs;
  const fair = Math.ceil(m / LEVELS.length);
  let excess = 0;
  for (let l = 0; l < LEVELS.length; l++) excess += Math.max(0, (levelCounts[l] ?? 0) - fair);
  const levels = m - fair === 0 ? 1 : 1 - excess / (m - fair);
  return { areas, fields, levels, total: weighted(areas, fields, levels) };
}

const weighted = (areas: number, fields: number, levels: number): number =>
  SCORE_WEIGHTS.areas * areas + SCORE_WEIGHTS.fields * fields + SCORE_WEIGHTS.levels * levels;

const LEVEL_INDEX = new Map<Level, number>(LEVELS.map((l, i) => [l, i]));

export function scoreSet(members: readonly SetCandidate[]): DiversityScore {
  const areas = new Map<string | null, number>();
  const fields = new Map<string | null, number>();
  const levels = new Array<number>(LEVELS.length).fill(0);
  let sameArea = 0;
  let sameField = 0;
  for (const p of members) {
    const a = areas.get(p.areaId) ?? 0;
    const f = fields.get(p.fieldId) ?? 0;
    sameArea += a;
    sameField += f;
    areas.set(p.areaId, a + 1);
    fields.set(p.fieldId, f + 1);
    const l = LEVEL_INDEX.get(p.level) ?? 0;
    levels[l] = (levels[l] ?? 0) + 1;
  }
  return scoreFromCounts(members.length, sameArea, sameField, levels);
}

/**
 * The whole: each component is the mean over the sets weighted by set size, i.e. the mean over
 * people of the score of their own set (so a set of 6 counts more than a set of 5). No sets: all 0.
 */
export function overallScore(scores: readonly DiversityScore[], sizes: readonly number[]): DiversityScore {
  let n = 0;
  const sum = { areas: 0, fields: 0, levels: 0 };
  scores.forEach((s, i) => {
    const m = sizes[i] ?? 0;
    n += m;
    sum.areas += m * s.areas;
    sum.fields += m * s.fields;
    sum.levels += m * s.levels;
  });
  if (n === 0) return { areas: 0, fields: 0, levels: 0, total: 0 };
  const areas = sum.areas / n;
  const fields = sum.fields / n;
  const levels = sum.levels / n;
  return { areas, fields, levels, total: weighted(areas, fields, levels) };
}

/** People as small integers: area, field and level indexes, and who may not share a set with whom. */
interface Indexed {
  n: number;
  area: Int32Array;
  field: Int32Array;
  level: Int32Array;
  areaCount: number;
  fieldCount: number;
  /** Per person: the people they may not share a set with (managers and reports), ascending. */
  conflicts: number[][];
}

function indexPeople(people: readonly SetCandidate[]): Indexed {
  const n = people.length;
  const byId = new Map<string, number>();
  people.forEach((p, i) => {
    if (byId.has(p.personId)) throw new RangeError(`person ${p.personId} is given twice`);
    byId.set(p.personId, i);
  });
  const areaIds = new Map<string | null, number>();
  const fieldIds = new Map<string | null, number>();
  const intern = (ids: Map<string | null, number>, id: string | null): number => {
    let i = ids.get(id);
    if (i === undefined) {
      i = ids.size;
      ids.set(id, i);
    }
    return i;
  };
  const area = new Int32Array(n);
  const field = new Int32Array(n);
  const level = new Int32Array(n);
  const conflictSets = people.map(() => new Set<number>());
  people.forEach((p, i) => {
    area[i] = intern(areaIds, p.areaId);
    field[i] = intern(fieldIds, p.fieldId);
    level[i] = LEVEL_INDEX.get(p.level) ?? 0;
    for (const managerId of p.managerIds) {
      const m = byId.get(managerId);
      if (m === undefined || m === i) continue; // a manager outside the cohort binds nobody
      conflictSets[i]?.add(m);
      conflictSets[m]?.add(i);
    }
  });
  const conflicts = conflictSets.map((s) => [...s].sort((a, b) => a - b));
  return { n, area, field, level, areaCount: areaIds.size, fieldCount: fieldIds.size, conflicts };
}

/** Set sizes as even as possible: ceil(n / size) sets, the larger ones first. */
export function setSizes(count: number, size: number): number[] {
  if (count <= 0) return [];
  const k = Math.ceil(count / size);
  const base = Math.floor(count / k);
  const extra = count % k;
  return Array.from({ length: k }, (_, s) => base + (s < extra ? 1 : 0));
}

/** A split under way: who is where, with the counts that make scores and constraint checks O(1). */
class Partition {
  readonly k: number;
  readonly setOf: Int32Array;
  readonly members: number[][];
  private readonly pos: Int32Array;
  private readonly areaCnt: Int32Array;
  private readonly fieldCnt: Int32Array;
  private readonly levelCnt: Int32Array;
  private readonly sameArea: Int32Array;
  private readonly sameField: Int32Array;
  /** conflictCnt[p * k + s]: how many people p may not sit with are in set s. */
  private readonly conflictCnt: Int32Array;

  constructor(
    private readonly ix: Indexed,
    readonly caps: readonly number[],
  ) {
    const k = caps.length;
    this.k = k;
    this.setOf = new Int32Array(ix.n).fill(-1);
    this.pos = new Int32Array(ix.n);
    this.members = caps.map(() => []);
    this.areaCnt = new Int32Array(k * ix.areaCount);
    this.fieldCnt = new Int32Array(k * ix.fieldCount);
    this.levelCnt = new Int32Array(k * LEVELS.length);
    this.sameArea = new Int32Array(k);
    this.sameField = new Int32Array(k);
    this.conflictCnt = new Int32Array(ix.n * k);
  }

  size(s: number): number {
    return this.members[s]?.length ?? 0;
  }

  /** True when p has nobody in set s they may not sit with. */
  allowed(p: number, s: number): boolean {
    return this.conflictCnt[p * this.k + s] === 0;
  }

  conflictsIn(p: number, s: number): number {
    return this.conflictCnt[p * this.k + s] as number;
  }

  add(p: number, s: number): void {
    const { ix, k } = this;
    const list = this.members[s] as number[];
    this.pos[p] = list.length;
    list.push(p);
    this.setOf[p] = s;
    const a = s * ix.areaCount + (ix.area[p] as number);
    const f = s * ix.fieldCount + (ix.field[p] as number);
    (this.sameArea[s] as number) += this.areaCnt[a] as number;
    (this.sameField[s] as number) += this.fieldCnt[f] as number;
    (this.areaCnt[a] as number)++;
    (this.fieldCnt[f] as number)++;
    (this.levelCnt[s * LEVELS.length + (ix.level[p] as number)] as number)++;
    for (const q of ix.conflicts[p] as number[]) (this.conflictCnt[q * k + s] as number)++;
  }

  remove(p: number): void {
    const { ix, k } = this;
    const s = this.setOf[p] as number;
    const list = this.members[s] as number[];
    const last = list.pop() as number;
    if (last !== p) {
      const at = this.pos[p] as number;
      list[at] = last;
      this.pos[last] = at;
    }
    this.setOf[p] = -1;
    const a = s * ix.areaCount + (ix.area[p] as number);
    const f = s * ix.fieldCount + (ix.field[p] as number);
    (this.areaCnt[a] as number)--;
    (this.fieldCnt[f] as number)--;
    (this.sameArea[s] as number) -= this.areaCnt[a] as number;
    (this.sameField[s] as number) -= this.fieldCnt[f] as number;
    (this.levelCnt[s * LEVELS.length + (ix.level[p] as number)] as number)--;
    for (const q of ix.conflicts[p] as number[]) (this.conflictCnt[q * k + s] as number)--;
  }

  score(s: number): DiversityScore {
    const l = s * LEVELS.length;
    return scoreFromCounts(
      this.size(s),
      this.sameArea[s] as number,
      this.sameField[s] as number,
      this.levelCnt.subarray(l, l + LEVELS.length),
    );
  }

  /**
   * The set's share of the objective: size × total (the overall total is their sum ÷ n). The same
   * arithmetic as scoreFromCounts, without allocating: it runs for every step of the search.
   */
  value(s: number): number {
    const m = this.size(s);
    const pairs = pairCount(m);
    const areas = pairs === 0 ? 1 : 1 - (this.sameArea[s] as number) / pairs;
    const fields = pairs === 0 ? 1 : 1 - (this.sameField[s] as number) / pairs;
    const fair = Math.ceil(m / LEVELS.length);
    let excess = 0;
    for (let l = s * LEVELS.length, end = l + LEVELS.length; l < end; l++) {
      const c = this.levelCnt[l] as number;
      if (c > fair) excess += c - fair;
    }
    const levels = m - fair === 0 ? 1 : 1 - excess / (m - fair);
    return m * weighted(areas, fields, levels);
  }

  /** How well p would mix into set s (higher: fewer people there share p's area, field, level). */
  fit(p: number, s: number): number {
    const { ix } = this;
    const m = this.size(s);
    const sameA = this.areaCnt[s * ix.areaCount + (ix.area[p] as number)] as number;
    const sameF = this.fieldCnt[s * ix.fieldCount + (ix.field[p] as number)] as number;
    const sameL = this.levelCnt[s * LEVELS.length + (ix.level[p] as number)] as number;
    return (
      SCORE_WEIGHTS.areas * (m - sameA) +
      SCORE_WEIGHTS.fields * (m - sameF) +
      SCORE_WEIGHTS.levels * (m - sameL)
    );
  }
}

type Built = { ok: true; partition: Partition } | { ok: false; person: number };

/**
 * One greedy pass: the most constrained people first (ties in random order, people that failed
 * an earlier pass before all others), each into a set with room they may join. `guided`: the
 * emptiest such set, then the one they mix best with; otherwise any such set at random (the
 * random baseline). When no set is open, one person of a set p may join moves to a set with room.
 */
function build(
  ix: Indexed,
  caps: readonly number[],
  rand: () => number,
  guided: boolean,
  first: ReadonlySet<number>,
): Built {
  const part = new Partition(ix, caps);
  const k = caps.length;
  const order = shuffle(
    Array.from({ length: ix.n }, (_, i) => i),
    rand,
  );
  const rank = (p: number): number => (first.has(p) ? 1e9 : 0) + (ix.conflicts[p]?.length ?? 0);
  order.sort((a, b) => rank(b) - rank(a)); // stable: the shuffle breaks ties
  const open = (p: number, s: number): boolean => part.size(s) < (caps[s] as number) && part.allowed(p, s);
  for (const p of order) {
    let chosen = -1;
    if (guided) {
      let best = Number.NEGATIVE_INFINITY;
      const start = Math.floor(rand() * k);
      for (let i = 0; i < k; i++) {
        const s = (start + i) % k;
        if (!open(p, s)) continue;
        const key = -part.size(s) * 1e6 + part.fit(p, s);
        if (key > best) {
          best = key;
          chosen = s;
        }
      }
    } else {
      const candidates: number[] = [];
      for (let s = 0; s < k; s++) if (open(p, s)) candidates.push(s);
      if (candidates.length) chosen = candidates[Math.floor(rand() * candidates.length)] as number;
    }
    if (chosen < 0) chosen = makeRoom(part, p);
    if (chosen < 0) return { ok: false, person: p };
    part.add(p, chosen);
  }
  return { ok: true, partition: part };
}

/** Frees a place for p: someone in a full set p may join moves to a set with room. -1: none found. */
function makeRoom(part: Partition, p: number): number {
  for (let s = 0; s < part.k; s++) {
    if (!part.allowed(p, s)) continue;
    for (const q of part.members[s] as number[]) {
      for (let t = 0; t < part.k; t++) {
        if (t === s || part.size(t) >= (part.caps[t] as number) || !part.allowed(q, t)) continue;
        part.remove(q);
        part.add(q, t);
        return s;
      }
    }
  }
  return -1;
}

function shuffle<T>(list: T[], rand: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/**
 * Improves a valid split in place: a random person swaps with a random person of another set, or
 * (between a larger and a smaller set) moves, when the constraints still hold and the sum of
 * size × total does not drop. Sideways steps are taken too, to cross plateaus. `steps` is fixed.
 */
function improve(part: Partition, rand: () => number, steps: number): void {
  const { k } = part;
  const n = part.setOf.length;
  if (k < 2) return;
  for (let step = 0; step < steps; step++) {
    const p = Math.floor(rand() * n);
    const a = part.setOf[p] as number;
    let b = Math.floor(rand() * (k - 1));
    if (b >= a) b++;
    const before = part.value(a) + part.value(b);
    if (part.size(a) > part.size(b) && rand() < 0.3) {
      if (!part.allowed(p, b)) continue;
      part.remove(p);
      part.add(p, b);
      if (part.value(a) + part.value(b) < before - 1e-12) {
        part.remove(p);
        part.add(p, a);
      }
      continue;
    }
    const inB = part.members[b] as number[];
    const q = inB[Math.floor(rand() * inB.length)] as number;
    if (part.conflictsIn(p, b) > 1 || part.conflictsIn(q, a) > 1) continue; // q alone could be p's one
    part.remove(p);
    part.remove(q);
    if (part.allowed(p, b) && part.allowed(q, a)) {
      part.add(p, b);
      part.add(q, a);
      if (part.value(a) + part.value(b) >= before - 1e-12) continue;
      part.remove(p);
      part.remove(q);
    }
    part.add(p, a);
    part.add(q, b);
  }
}

/** The quick, exact-for-one-person check: p's set needs (smallest set − 1) people p may sit with. */
function crowdedPerson(ix: Indexed, caps: readonly number[]): number {
  const smallest = Math.min(...caps);
  let worst = -1;
  let worstGap = 0;
  for (let p = 0; p < ix.n; p++) {
    const free = ix.n - 1 - (ix.conflicts[p]?.length ?? 0);
    const gap = smallest - 1 - free;
    if (gap > worstGap) {
      worstGap = gap;
      worst = p;
    }
  }
  return worst;
}

function conflictProblem(people: readonly SetCandidate[], ix: Indexed, p: number): ConstraintProblem {
  return {
    kind: 'manager_conflict',
    personId: (people[p] as SetCandidate).personId,
    reports: (ix.conflicts[p] as number[]).map((q) => (people[q] as SetCandidate).personId),
  };
}

function checkOptions(options: ComposeOptions): void {
  if (!Number.isInteger(options.size) || options.size < MIN_SET_SIZE) {
    throw new RangeError(`size must be a whole number ≥ ${MIN_SET_SIZE}, got ${options.size}`);
  }
}

/** Greedy attempts until one is valid; the failure of the last attempt otherwise. */
function firstValid(ix: Indexed, caps: readonly number[], rand: () => number, guided: boolean): Built {
  const first = new Set<number>();
  let built: Built = { ok: false, person: 0 };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    built = build(ix, caps, rand, guided, first);
    if (built.ok) return built;
    first.add(built.person);
  }
  return built;
}

function result(people: readonly SetCandidate[], part: Partition): ComposeResult {
  const sets = part.members.map((m) =>
    [...m].sort((x, y) => x - y).map((i) => (people[i] as SetCandidate).personId),
  );
  const scores = part.members.map((_, s) => part.score(s));
  return {
    ok: true,
    sets,
    scores,
    overall: overallScore(
      scores,
      sets.map((s) => s.length),
    ),
  };
}

/** The checks both splits start with: options, too few people, a person with too many conflicts. */
function prepare(people: readonly SetCandidate[], options: ComposeOptions) {
  checkOptions(options);
  if (people.length < MIN_SET_SIZE) {
    return {
      ok: false as const,
      problem: { kind: 'too_few' as const, count: people.length, minimum: MIN_SET_SIZE },
    };
  }
  const ix = indexPeople(people);
  const caps = setSizes(ix.n, options.size);
  const crowded = crowdedPerson(ix, caps);
  if (crowded >= 0) return { ok: false as const, problem: conflictProblem(people, ix, crowded) };
  return { ok: true as const, ix, caps };
}

/**
 * Splits people into learning sets (see ComposeOptions for the sizes) so that nobody shares a set
 * with one of their line managers or direct reports, mixing areas, fields and levels as much as
 * the search finds. `manager_conflict` names a person whose conflicts leave too few others to fill
 * their set, or, rarely, a person no attempt could place although that check passed.
 * Throws RangeError for a size below MIN_SET_SIZE or a person given twice.
 */
export function composeSets(people: readonly SetCandidate[], options: ComposeOptions): ComposeResult {
  const prepared = prepare(people, options);
  if (!prepared.ok) return prepared;
  const { ix, caps } = prepared;
  const rand = mulberry32(options.seed);
  const built = firstValid(ix, caps, rand, true);
  if (!built.ok) return { ok: false, problem: conflictProblem(people, ix, built.person) };
  improve(built.partition, rand, Math.min(MAX_STEPS, STEPS_PER_PERSON * ix.n));
  return result(people, built.partition);
}

/**
 * A random split with the same sizes and the same constraints as composeSets, without looking at
 * diversity: the baseline the composition is measured against (tests, bench). Same problems.
 */
export function randomSets(people: readonly SetCandidate[], options: ComposeOptions): ComposeResult {
  const prepared = prepare(people, options);
  if (!prepared.ok) return prepared;
  const { ix, caps } = prepared;
  const built = firstValid(ix, caps, mulberry32(options.seed), false);
  if (!built.ok) return { ok: false, problem: conflictProblem(people, ix, built.person) };
  return result(people, built.partition);
}

/**
 * Each person's line managers: the manager of their unit, or, when they manage it themselves (or
 * it has none), the first manager found going up the tree. `units`: id → parent and manager.
 * No unit, an unknown unit or no manager up to the top: an empty list. A cycle in the parents
 * stops the walk (each unit is visited once).
 */
export function lineManagers(
  people: ReadonlyArray<{ personId: string; unitId: string | null }>,
  units: ReadonlyMap<string, { parentId: string | null; managerPersonId: string | null }>,
): Map<string, string[]> {
  const managers = new Map<string, string[]>();
  for (const { personId, unitId } of people) {
    const found: string[] = [];
    const seen = new Set<string>();
    let node = unitId;
    while (node !== null && !seen.has(node)) {
      seen.add(node);
      const unit = units.get(node);
      if (!unit) break;
      if (unit.managerPersonId !== null && unit.managerPersonId !== personId) {
        found.push(unit.managerPersonId);
        break;
      }
      node = unit.parentId;
    }
    managers.set(personId, found);
  }
  return managers;
}
