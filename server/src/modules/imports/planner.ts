import type { ImportChange, ImportCounts } from '../../../../core/schemas/imports.js';
import { IMPORT_MAX_PROBLEMS_SHOWN } from '../../../../core/schemas/imports.js';
import type { MessageKey, MessageParams } from '../../lib/messages.js';
import type { ImportInput, PersonOp, Plan, Problem, UnitOp } from './imports.types.js';
import { planPeople } from './plan-people.js';
import { planUnits } from './plan-units.js';

export interface ExistingUnit {
  id: string;
  external_id: string | null;
  name: string;
  kind: string;
  parent_id: string | null;
  manager_person_id: string | null;
  ended_at: string | null;
}
export interface ExistingPerson {
  id: string;
  external_id: string | null;
  name: string;
  email: string | null;
  job_title: string | null;
  unit_id: string | null;
  level: string;
  field_id: string | null;
  left_at: string | null;
}
export interface ExistingField {
  id: string;
  key: string;
  name: string;
  archived_at: string | null;
}
/** The organisation as it is now. */
export interface Existing {
  units: ExistingUnit[];
  persons: ExistingPerson[];
  fields: ExistingField[];
}

/** What both halves of the planner share: lookups, ids given to the file's rows, problems. */
export interface PlanContext {
  nowIso: string;
  newId: () => string;
  /** False: a partial file; plans no `left` for people missing from it, no `ended` for units. */
  fullExtract: boolean;
  existing: Existing;
  unitsByExt: Map<string, ExistingUnit>;
  unitsById: Map<string, ExistingUnit>;
  personsByExt: Map<string, ExistingPerson>;
  personsById: Map<string, ExistingPerson>;
  /** External id → id (existing, or new) of each unit and person in the file. */
  fileUnitIds: Map<string, string>;
  filePersonIds: Map<string, string>;
  /** Names the file gives, by id, for showing references. */
  fileUnitNames: Map<string, string>;
  filePersonNames: Map<string, string>;
  problems: Problem[];
  problem(
    at: { line: number | null; path: string | null },
    column: string | null,
    key: MessageKey,
    params?: MessageParams,
  ): void;
}

export const where = (at: { line: number | null; path: string | null }) => at.line ?? at.path ?? '';

/** `Name (external id)` of a unit or person, as the plan shows references. */
export function label(ctx: PlanContext, type: 'unit' | 'person', id: string | null): string | null {
  if (id === null) return null;
  if (type === 'unit') {
    const u = ctx.unitsById.get(id);
    const name = ctx.fileUnitNames.get(id) ?? u?.name ?? id;
    return u?.external_id ? `${name} (${u.external_id})` : name;
  }
  const p = ctx.personsById.get(id);
  const name = ctx.filePersonNames.get(id) ?? p?.name ?? id;
  return p?.external_id ? `${name} (${p.external_id})` : name;
}

/** The existing units below the given ones (and the given ones themselves). */
export function withSubunits(ctx: PlanContext, ids: Iterable<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of ctx.existing.units) {
    if (u.parent_id) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  }
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Keeps the first row of each external id; a repeat is a problem on its own line. */
function dedupe<T extends { externalId: string; line: number | null; path: string | null }>(
  ctx: PlanContext,
  rows: T[],
): T[] {
  const first = new Map<string, T>();
  return rows.filter((row) => {
    const seen = first.get(row.externalId);
    if (seen)
      ctx.problem(row, null, 'import.problem.duplicate_id', { id: row.externalId, first: where(seen) });
    else first.set(row.externalId, row);
    return !seen;
  });
}

/** The dry run: compares the file with the organisation and plans every write. Pure. */
export function planImport(
  input: ImportInput,
  existing: Existing,
  options: { nowIso: string; newId: () => string; fullExtract?: boolean },
): { plan: Plan; problems: Problem[]; counts: ImportCounts } {
  const problems = [...input.problems];
  const ctx: PlanContext = {
    ...options,
    fullExtract: options.fullExtract ?? true,
    existing,
    unitsByExt: new Map(existing.units.filter((u) => u.external_id).map((u) => [u.external_id!, u])),
    unitsById: new Map(existing.units.map((u) => [u.id, u])),
    personsByExt: new Map(existing.persons.filter((p) => p.external_id).map((p) => [p.external_id!, p])),
    personsById: new Map(existing.persons.map((p) => [p.id, p])),
    fileUnitIds: new Map(),
    filePersonIds: new Map(),
    fileUnitNames: new Map(),
    filePersonNames: new Map(),
    problems,
    problem: (at, column, key, params = {}) =>
      problems.push({ line: at.line, path: at.path, column, key, params }),
  };
  const units = input.units ? dedupe(ctx, input.units) : null;
  const people = input.people ? dedupe(ctx, input.people) : null;
  for (const u of units ?? []) {
    const id = ctx.unitsByExt.get(u.externalId)?.id ?? ctx.newId();
    ctx.fileUnitIds.set(u.externalId, id);
    if (u.name) ctx.fileUnitNames.set(id, u.name);
  }
  for (const p of people ?? []) {
    const id = ctx.personsByExt.get(p.externalId)?.id ?? ctx.newId();
    ctx.filePersonIds.set(p.externalId, id);
    if (p.name) ctx.filePersonNames.set(id, p.name);
  }
  const unitPlan = units ? planUnits(ctx, units) : { ops: [], unchanged: 0, covered: new Set<string>() };
  const peoplePlan = people ? planPeople(ctx, people, unitPlan.covered) : { ops: [], unchanged: 0 };
  const plan: Plan = { units: unitPlan.ops, people: peoplePlan.ops };
  problems.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  return {
    plan,
    problems: problems.slice(0, IMPORT_MAX_PROBLEMS_SHOWN),
    counts: countPlan(plan, unitPlan.unchanged, peoplePlan.unchanged, problems.length),
  };
}

function tally<C extends string>(ops: Array<UnitOp | PersonOp>, category: C): number {
  return ops.filter((op) => op.category === category).length;
}

export function countPlan(
  plan: Plan,
  unitsUnchanged: number,
  peopleUnchanged: number,
  problems: number,
): ImportCounts {
  return {
    units: {
      created: tally(plan.units, 'created'),
      changed: tally(plan.units, 'changed'),
      moved: tally(plan.units, 'moved'),
      ended: tally(plan.units, 'ended'),
      unchanged: unitsUnchanged,
    },
    people: {
      created: tally(plan.people, 'created'),
      changed: tally(plan.people, 'changed'),
      moved: tally(plan.people, 'moved'),
      left: tally(plan.people, 'left'),
      returned: tally(plan.people, 'returned'),
      unchanged: peopleUnchanged,
    },
    problems,
  };
}

/** Column names as the dry run shows them. */
const SHOWN: Record<string, string> = {
  parent_id: 'parent',
  manager_person_id: 'manager',
  ended_at: 'ended',
  job_title: 'jobTitle',
  unit_id: 'unit',
  field_id: 'field',
  left_at: 'left',
};

/** The fields that differ between before and after, for the dry run and for the update. */
export function diff<V extends object, K extends keyof V & string>(
  before: Pick<V, K>,
  after: V,
  keys: K[],
  show: (key: K, value: V[K]) => string | null,
): { set: Partial<V>; expect: Partial<V>; fields: ImportChange['fields'] } {
  const set: Partial<V> = {};
  const expect: Partial<V> = {};
  const fields: ImportChange['fields'] = [];
  for (const key of keys) {
    if (before[key] === after[key]) continue;
    set[key] = after[key];
    expect[key] = before[key];
    fields.push({ field: SHOWN[key] ?? key, from: show(key, before[key]), to: show(key, after[key]) });
  }
  return { set, expect, fields };
}
