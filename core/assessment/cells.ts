/**
 * The cells of the released breakdowns, the sums that tie them together, and the atoms the
 * breakdowns cannot tell apart. Used by suppress.ts; the rules themselves are described in
 * release.ts.
 */
import type { Level } from '../organisation.js';

/** The fixed set of released breakdowns, in the order cells are considered for release. */
export const BREAKDOWNS = ['total', 'unit', 'level', 'field', 'unitLevel'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** One answer set as the release sees it: an anonymous id and the groups it belongs to. */
export interface ReleaseRespondent {
  /** The anonymous response's id (never a person id when the release feeds aggregates). */
  id: string;
  /** Unit ids from the top of the organisation down to the respondent's own unit; [] for none. */
  unitPath: readonly string[];
  level: Level;
  fieldId: string | null;
  /** Dimension keys the respondent has a score in (scoring.ts scoredDimensions); left out: all. */
  scored?: readonly string[];
}

export interface CellGroup {
  unitId: string | null;
  level: Level | null;
  fieldId: string | null;
}

export interface Cell {
  /** Index into the populations given to buildCells (0: the whole round). */
  population: number;
  breakdown: Breakdown;
  key: string;
  group: CellGroup;
  /** Depth of the cell's unit (0: top); −1 without a unit. */
  depth: number;
  /** Respondent indexes, ascending. */
  members: number[];
}

/** parent = its own members (never released) + the parts, which are disjoint. */
export interface Relation {
  parent: number;
  parts: number[];
}

export interface CellTable {
  cells: Cell[];
  relations: Relation[];
  /** Atom of each respondent of population 0: respondents no breakdown or filter tells apart. */
  atomOf: Map<number, number>;
  atoms: number;
}

export function cellKey(breakdown: Breakdown, group: CellGroup): string {
  switch (breakdown) {
    case 'total':
      return 'total';
    case 'unit':
      return group.unitId ?? '';
    case 'level':
      return group.level ?? '';
    case 'field':
      return group.fieldId ?? '';
    case 'unitLevel':
      return JSON.stringify([group.unitId, group.level]);
  }
}

/** Each unit's parent (null at the top) and depth, from the respondents' unit paths. */
export function unitTree(respondents: readonly ReleaseRespondent[]): Map<string, string | null> {
  const parents = new Map<string, string | null>();
  for (const r of respondents) {
    r.unitPath.forEach((unit, depth) => {
      const parent = depth === 0 ? null : (r.unitPath[depth - 1] as string);
      const known = parents.get(unit);
      if (known !== undefined && known !== parent) {
        throw new RangeError(`unit ${unit} has two parents in the unit paths`);
      }
      parents.set(unit, parent);
    });
  }
  return parents;
}

const group = (unitId: string | null, level: Level | null, fieldId: string | null): CellGroup => ({
  unitId,
  level,
  fieldId,
});

/**
 * All non-empty cells of every breakdown in every population (index lists into `respondents`;
 * population 0 holds all others), the relations between them, and the atoms.
 */
export function buildCells(
  respondents: readonly ReleaseRespondent[],
  populations: readonly (readonly number[])[],
): CellTable {
  const parents = unitTree(respondents);
  const cells: Cell[] = [];
  const index = new Map<string, number>();
  const cellOf = (p: number, breakdown: Breakdown, g: CellGroup): number | undefined =>
    index.get(`${p}\u0000${breakdown}\u0000${cellKey(breakdown, g)}`);
  const add = (p: number, breakdown: Breakdown, g: CellGroup, depth: number, member: number): void => {
    const id = `${p}\u0000${breakdown}\u0000${cellKey(breakdown, g)}`;
    let c = index.get(id);
    if (c === undefined) {
      c = cells.length;
      index.set(id, c);
      cells.push({ population: p, breakdown, key: cellKey(breakdown, g), group: g, depth, members: [] });
    }
    cells[c]?.members.push(member);
  };
  populations.forEach((members, p) => {
    for (const i of [...members].sort((a, b) => a - b)) {
      const r = respondents[i] as ReleaseRespondent;
      add(p, 'total', group(null, null, null), -1, i);
      add(p, 'level', group(null, r.level, null), -1, i);
      if (r.fieldId !== null) add(p, 'field', group(null, null, r.fieldId), -1, i);
      r.unitPath.forEach((unit, depth) => {
        add(p, 'unit', group(unit, null, null), depth, i);
        add(p, 'unitLevel', group(unit, r.level, null), depth, i);
      });
    }
  });

  const parts = new Map<string, number[]>();
  const relate = (parent: number | undefined, kind: string, part: number): void => {
    if (parent === undefined) throw new Error('a part without its parent cell');
    const id = `${parent}:${kind}`;
    parts.set(id, [...(parts.get(id) ?? []), part]);
  };
  cells.forEach((c, i) => {
    const p = c.population;
    const above = c.group.unitId === null ? null : (parents.get(c.group.unitId) ?? null);
    if (c.breakdown === 'unit') {
      relate(cellOf(p, above === null ? 'total' : 'unit', group(above, null, null)), 'tree', i);
    } else if (c.breakdown === 'unitLevel') {
      const up = above === null ? cellOf(p, 'level', group(null, c.group.level, null)) : undefined;
      relate(up ?? cellOf(p, 'unitLevel', group(above, c.group.level, null)), 'tree', i);
      relate(cellOf(p, 'unit', group(c.group.unitId, null, null)), 'levels', i);
    } else if (c.breakdown === 'level') {
      relate(cellOf(p, 'total', group(null, null, null)), 'levels', i);
    } else if (c.breakdown === 'field') {
      relate(cellOf(p, 'total', group(null, null, null)), 'fields', i);
    }
  });
  // A filter inside another population: the same cell there = this one + the people filtered out.
  const sets = populations.map((m) => new Set(m));
  cells.forEach((c, i) => {
    sets.forEach((outer, p) => {
      if (p === c.population || c.population === 0) return;
      const inner = sets[c.population] as Set<number>;
      if (p !== 0 && (outer.size < inner.size || ![...inner].every((m) => outer.has(m)))) return;
      relate(cellOf(p, c.breakdown, c.group), `filter:${c.population}`, i);
    });
  });
  const relations = [...parts].map(([id, list]) => ({ parent: Number(id.split(':')[0]), parts: list }));

  const atomOf = new Map<number, number>();
  const signatures = new Map<string, number>();
  for (const i of populations[0] ?? []) {
    const r = respondents[i] as ReleaseRespondent;
    const inFilters = sets.slice(1).map((s) => (s.has(i) ? 1 : 0));
    const signature = JSON.stringify([r.unitPath, r.level, r.fieldId, inFilters]);
    let a = signatures.get(signature);
    if (a === undefined) {
      a = signatures.size;
      signatures.set(signature, a);
    }
    atomOf.set(i, a);
  }
  return { cells, relations, atomOf, atoms: signatures.size };
}

const ORDER: Readonly<Record<Breakdown, number>> = { total: 0, unit: 1, level: 2, field: 3, unitLevel: 4 };

/**
 * The order cells are considered for release: population by population (the whole round first),
 * breakdowns in BREAKDOWNS order, units from the top down, larger cells before smaller ones — so
 * when a relation must keep a part hidden, it is the smallest.
 */
export function releaseOrder(cells: readonly Cell[]): number[] {
  return cells
    .map((_, i) => i)
    .sort((a, b) => {
      const x = cells[a] as Cell;
      const y = cells[b] as Cell;
      return (
        x.population - y.population ||
        ORDER[x.breakdown] - ORDER[y.breakdown] ||
        x.depth - y.depth ||
        y.members.length - x.members.length ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)
      );
    });
}
