/**
 * # Anonymity of assessment aggregates
 *
 * Pure functions the API calls for every aggregate it returns. Observers, administrators and
 * facilitators see groups, never a person; these rules make sure that no combination of what
 * they see pins down fewer than k people.
 *
 * ## k
 * 5 by default (core/anonymity.ts MIN_GROUP_SIZE). An organisation may set it from 3 up to 50
 * (`AnonymityKSchema`, `resolveK`); below 3 is refused.
 *
 * ## What is released — nothing else
 * Aggregates of a *closed* round only: an open round changes with every answer, and two looks at
 * it would difference out the answers in between. A closed round's release is computed once, with
 * the round's fixed list of filters, and kept (see "Filters" below for why).
 * - Breakdowns (`BREAKDOWNS`): the total; unit (a unit counts everyone in its subtree); level;
 *   field; unit × level. Not unit × field, level × field, or anything finer.
 * - Filters: a fixed, named list per round (for example each cohort's participants, each area),
 *   each with all five breakdowns of its own respondents.
 * - Per released cell: the number of respondents and, per dimension, the mean score and the shares
 *   of favourable / neutral / unfavourable answers (scoring.ts `aggregateGroup`), computed by the
 *   caller from the cell's `respondentIds`. Each is Σ over the cell of a per-respondent number (or
 *   a ratio of two such sums): one linear equation over the respondents' unknowns, whose
 *   coefficients are the cell's 0/1 membership vector.
 *
 * ## The rules (`releaseRound`)
 * 1. `too_few`: a cell with fewer than k respondents is never released.
 * 2. `would_reveal` (differencing): cells are considered one at a time in a fixed order — the
 *    whole round, then each filter; total, units from the top, level, field, unit × level; larger
 *    before smaller. A cell is released only if, together with all released before it, it does not
 *    determine (make computable by adding and subtracting released numbers):
 *    a. any hidden cell (`too_few` or `would_reveal`);
 *    b. the sum of any group of 1 … k − 1 respondents — in particular, of any single one. A
 *       determined group is always a union of *atoms* (respondents that no breakdown or filter
 *       tells apart: same unit, level, field and filters); every union of up to four atoms with
 *       fewer than k respondents is searched (small-groups.ts), which is every group under k when
 *       k ≤ 5. For a larger k, groups of five or more atoms are protected only as cells (a) and
 *       remainders (c);
 *    c. a small hidden remainder of a sum. The breakdowns are tied by sums of the form
 *       parent = own members + disjoint parts: a unit and its child units (the total and the top
 *       units), a unit × level and its children's, a unit (or the total) and its levels, the total
 *       and the fields, and a cell and the same cell inside a filter. Whenever the parent is
 *       determined, its own members plus its undetermined parts must number 0 or at least k.
 *       This is "a parent is shown and all but one child: suppress the next smallest child until
 *       the hidden remainder is at least k", applied to every sum of every breakdown and filter,
 *       and to what is derivable, not only what is shown.
 *    A cell that the released ones already determine is released: it adds nothing.
 * 3. Dimensions: a respondent without a score in a dimension (fewer than half of its items
 *    answered) does not count there. Each dimension is released by the same rules over the
 *    respondents who count in it, keeping hidden everything the round hides. So no dimension's
 *    derived difference can rest on one person's score while the others' are blank.
 *
 * ## Why this holds
 * Every released number is Σ_{r ∈ cell} x_r for some per-respondent x, so what the released
 * numbers determine is the linear span of the released cells' membership vectors. Rule 2 checks
 * membership in that span, over the atoms as columns (a vector in the span is constant on atoms,
 * so nothing finer than an atom is ever determined): a group is in the span exactly when its
 * sum under every vector of the null space is zero, tested with a few random null-space vectors
 * modulo a prime (nullspace.ts; the odds of a chance error are below one in a billion per
 * release, and most chance errors only suppress more). Cells are committed one by one, so each
 * check is against exactly what is released with it. The adversarial test rebuilds the equations
 * from the output and checks them with exact integer arithmetic.
 *
 * ## Filters
 * Two different filters F and G can be differenced: a cell in F minus the same cell in G counts the
 * people in F but not G (when G ⊂ F), and a filter minus the whole round counts those filtered out.
 * All of a round's filters are therefore released in one call, as one system of equations: every
 * filter-minus-filter and filter-minus-round difference is among the sums checked (rule 2c for
 * nested filters, 2a/2b for any overlap). A filter with fewer than k respondents shows nothing.
 * Results computed with *different* filter lists are each safe alone but not together, so the
 * server must use the round's one fixed list and keep the result; it must refuse ad-hoc filters.
 *
 * ## Change between rounds (`releaseChange`)
 * Rounds have separate answers; a group's change is computed from the two rounds' released
 * numbers and shown only when the group is released in both rounds and the people invited to it
 * changed by 0 or by k or more, counted both ways: those who left and those who joined are each 0
 * or ≥ k (stricter than their sum).
 *
 * ## Not covered
 * The guarantee is about exact sums. Suppression itself says a little (`too_few`: 1 … k − 1
 * answered), and a released group whose members all answered alike shows what each answered.
 * - Which cells the rules hide depends on how many answered in each group, so the pattern of
 *   hidden and shown cells can hint at whether a small group answered at all. (The server lists
 *   every invited group, answered or not, so at least a row's presence says nothing.)
 * - Two rounds (or a round and a later one for a slightly different group) are separate answers:
 *   their released means can be subtracted, which approximates — never determines — the answers
 *   of those who differ. The change rule (membership changed by 0 or ≥ k) stops the product from
 *   showing such a change, not a reader from computing it.
 * Cost: about 0.2 s for 300 respondents and a dozen filters, plus about 0.04 s for each
 * dimension that some respondent has no score in — compute it once when a round closes.
 */
import { z } from 'zod';
import { MIN_GROUP_SIZE } from '../anonymity.js';
import {
  BREAKDOWNS,
  type Breakdown,
  buildCells,
  type Cell,
  type CellGroup,
  type CellTable,
  type ReleaseRespondent,
} from './cells.js';
import { type CellStatus, type Suppression, suppress } from './suppress.js';

export type { Breakdown, CellGroup, CellStatus, ReleaseRespondent, Suppression };
export { BREAKDOWNS };

export const ANONYMITY_K = { default: MIN_GROUP_SIZE, min: 3, max: 50 } as const;
export const AnonymityKSchema = z.number().int().min(ANONYMITY_K.min).max(ANONYMITY_K.max);

/** The organisation's k, or the default when it has not chosen one. Throws (ZodError) below 3. */
export function resolveK(organisationK?: number | null): number {
  return organisationK == null ? ANONYMITY_K.default : AnonymityKSchema.parse(organisationK);
}

export interface ReleaseFilter {
  /** Stable name of the filter within the round, e.g. `cohort:<id>` or `area:<unit id>`. */
  key: string;
  /** Respondents inside the filter (ids not among the round's respondents are ignored). */
  respondentIds: Iterable<string>;
}

export interface ReleaseOptions {
  k: number;
  /** The round's fixed list of filters; all are released together. */
  filters?: readonly ReleaseFilter[];
  /** Dimension keys to release (each checked over the respondents with a score in it). */
  dimensions?: readonly string[];
  /** Test only: false switches off rule 2 (differencing), leaving only `too_few`. */
  differencing?: boolean;
}

interface CellBase {
  breakdown: Breakdown;
  key: string;
  group: CellGroup;
}
export interface ReleasedCell extends CellBase {
  released: true;
  count: number;
  /** The respondents to aggregate (for each dimension, those with a score in it). */
  respondentIds: string[];
  dimensions: Record<string, CellStatus>;
}
export interface SuppressedCell extends CellBase {
  released: false;
  reason: Suppression;
}
export type ReleaseCell = ReleasedCell | SuppressedCell;

export interface PopulationRelease {
  /** null: the whole round; otherwise the filter's key. */
  filter: string | null;
  breakdowns: Record<Breakdown, ReleaseCell[]>;
}

export interface RoundRelease {
  k: number;
  populations: PopulationRelease[];
}

/** Every cell of every breakdown, for the round and each filter, released or marked suppressed. */
export function releaseRound(
  respondents: readonly ReleaseRespondent[],
  options: ReleaseOptions,
): RoundRelease {
  const k = AnonymityKSchema.parse(options.k);
  const differencing = options.differencing ?? true;
  const filters = options.filters ?? [];
  const indexOf = new Map<string, number>();
  respondents.forEach((r, i) => {
    if (indexOf.has(r.id)) throw new RangeError(`respondent ${r.id} is given twice`);
    indexOf.set(r.id, i);
  });
  if (new Set(filters.map((f) => f.key)).size !== filters.length) {
    throw new RangeError('two filters have the same key');
  }
  const all = respondents.map((_, i) => i);
  const populations = [
    all,
    ...filters.map((f) => [...new Set([...f.respondentIds].flatMap((id) => indexOf.get(id) ?? []))]),
  ];
  const table = buildCells(respondents, populations);
  const status = suppress(table, { k, differencing });

  const perDimension = new Map(
    (options.dimensions ?? []).map(
      (d) => [d, releaseDimension(d, respondents, populations, table, status, k, differencing)] as const,
    ),
  );

  const out: PopulationRelease[] = populations.map((_, p) => ({
    filter: p === 0 ? null : (filters[p - 1]?.key ?? null),
    breakdowns: { total: [], unit: [], level: [], field: [], unitLevel: [] },
  }));
  table.cells.forEach((c, i) => {
    const s = status[i] as CellStatus;
    const base = { breakdown: c.breakdown, key: c.key, group: c.group };
    const cell: ReleaseCell = s.released
      ? {
          ...base,
          released: true,
          count: c.members.length,
          respondentIds: c.members.map((m) => (respondents[m] as ReleaseRespondent).id),
          dimensions: Object.fromEntries([...perDimension].map(([d, list]) => [d, list[i] as CellStatus])),
        }
      : { ...base, released: false, reason: s.reason };
    out[c.population]?.breakdowns[c.breakdown].push(cell);
  });
  return { k, populations: out };
}

/**
 * Rule 3: one dimension, over the respondents with a score in it, keeping hidden whatever the
 * round hides. Returns a status for every cell of the round's table.
 */
function releaseDimension(
  dimension: string,
  respondents: readonly ReleaseRespondent[],
  populations: readonly number[][],
  table: CellTable,
  status: readonly CellStatus[],
  k: number,
  differencing: boolean,
): readonly CellStatus[] {
  const counts = (i: number): boolean => respondents[i]?.scored?.includes(dimension) ?? true;
  if (respondents.every((_, i) => counts(i))) return status;
  const sub = buildCells(
    respondents,
    populations.map((p) => p.filter(counts)),
  );
  const id = (c: Cell): string => `${c.population}\u0000${c.breakdown}\u0000${c.key}`;
  const mainIndex = new Map(table.cells.map((c, i) => [id(c), i]));
  const hidden = new Map<number, Suppression>();
  sub.cells.forEach((c, i) => {
    const s = status[mainIndex.get(id(c)) as number];
    if (s && !s.released) hidden.set(i, s.reason);
  });
  const subStatus = suppress(sub, { k, differencing, hidden });
  const subIndex = new Map(sub.cells.map((c, i) => [id(c), i]));
  return table.cells.map((c, i) => {
    const j = subIndex.get(id(c));
    // Nobody in the cell has a score here: released as empty when the cell is, hidden otherwise.
    return j === undefined ? (status[i] as CellStatus) : (subStatus[j] as CellStatus);
  });
}

/** Why a change between two rounds is not shown. */
export type ChangeSuppression = Suppression | 'membership_changed';

/**
 * May the change of one group (or one dimension of it) between two rounds be shown? `before` and
 * `after`: the group's status in each round's release (undefined: nobody in the group answered);
 * `invitedBefore` / `invitedAfter`: the people invited to the group in each round.
 */
export function releaseChange(input: {
  k: number;
  before: CellStatus | undefined;
  after: CellStatus | undefined;
  invitedBefore: Iterable<string>;
  invitedAfter: Iterable<string>;
}): { released: true } | { released: false; reason: ChangeSuppression } {
  const k = AnonymityKSchema.parse(input.k);
  for (const side of [input.before, input.after]) {
    if (!side) return { released: false, reason: 'too_few' };
    if (!side.released) return { released: false, reason: side.reason };
  }
  const before = new Set(input.invitedBefore);
  const after = new Set(input.invitedAfter);
  const left = [...before].filter((id) => !after.has(id)).length;
  const joined = [...after].filter((id) => !before.has(id)).length;
  const ok = (n: number): boolean => n === 0 || n >= k;
  return ok(left) && ok(joined) ? { released: true } : { released: false, reason: 'membership_changed' };
}

/**
 * The people of each group, keyed as `groupId(filter, breakdown, key)`: for counting a group's
 * invitations in a round (releaseChange). `people` and filters name persons here, not responses.
 */
export function groupMembers(
  people: readonly ReleaseRespondent[],
  filters: readonly ReleaseFilter[] = [],
): Map<string, Set<string>> {
  const indexOf = new Map(people.map((p, i) => [p.id, i]));
  const populations = [
    people.map((_, i) => i),
    ...filters.map((f) => [...new Set([...f.respondentIds].flatMap((id) => indexOf.get(id) ?? []))]),
  ];
  const { cells } = buildCells(people, populations);
  return new Map(
    cells.map((c) => [
      groupId(c.population === 0 ? null : (filters[c.population - 1]?.key ?? null), c.breakdown, c.key),
      new Set(c.members.map((m) => (people[m] as ReleaseRespondent).id)),
    ]),
  );
}

export const groupId = (filter: string | null, breakdown: Breakdown, key: string): string =>
  JSON.stringify([filter, breakdown, key]);
