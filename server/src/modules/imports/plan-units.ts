import { findCycle, UNIT_KINDS } from '../../../../core/organisation.js';
import { NOW, type UnitInput, type UnitOp, type UnitValues } from './imports.types.js';
import { diff, label, type PlanContext, withSubunits } from './planner.js';

const UNIT_KEYS: Array<keyof UnitValues> = ['name', 'kind', 'parent_id', 'manager_person_id', 'ended_at'];

/**
 * Plans the units of a file: creates (parents first), changes, moves, and ends the units with an
 * external id that are below a unit of the file but no longer in it. `covered` is the file's units
 * and every existing unit below them: the part of the organisation the file speaks for. A partial
 * file (`ctx.fullExtract` false) ends no unit for being missing from it.
 */
export function planUnits(
  ctx: PlanContext,
  rows: UnitInput[],
): { ops: UnitOp[]; unchanged: number; covered: Set<string> } {
  const parentOf = new Map<string, string | null>();
  for (const u of rows) {
    const id = ctx.fileUnitIds.get(u.externalId)!;
    const before = ctx.unitsByExt.get(u.externalId);
    let parent: string | null = before?.parent_id ?? null;
    if (u.parentExternalId === null) parent = null;
    else if (u.parentExternalId !== undefined) {
      parent = ctx.fileUnitIds.get(u.parentExternalId) ?? ctx.unitsByExt.get(u.parentExternalId)?.id ?? null;
      if (!parent)
        ctx.problem(u, 'parentExternalId', 'import.problem.parent_missing', { parent: u.parentExternalId });
    }
    parentOf.set(id, parent);
  }
  reportCycles(ctx, rows, parentOf);

  const creates: Array<UnitOp & { op: 'create' }> = [];
  const updates: UnitOp[] = [];
  let unchanged = 0;
  for (const u of rows) {
    const id = ctx.fileUnitIds.get(u.externalId)!;
    const before = ctx.unitsByExt.get(u.externalId);
    let manager = before?.manager_person_id ?? null;
    if (u.managerExternalId === null) manager = null;
    else if (u.managerExternalId !== undefined) {
      manager =
        ctx.filePersonIds.get(u.managerExternalId) ?? ctx.personsByExt.get(u.managerExternalId)?.id ?? null;
      if (!manager) {
        ctx.problem(u, 'managerExternalId', 'import.problem.manager_missing', {
          manager: u.managerExternalId,
        });
      }
    }
    if (u.kind === undefined && !before) {
      ctx.problem(u, 'kind', 'import.problem.kind_missing', { known: UNIT_KINDS.join(', ') });
    }
    const after: UnitValues = {
      name: u.name ?? before?.name ?? u.externalId,
      kind: u.kind ?? before?.kind ?? 'afdeling',
      parent_id: parentOf.get(id) ?? null,
      manager_person_id: manager,
      ended_at: u.ended ? (before?.ended_at ?? NOW) : null,
    };
    const show = { line: u.line, externalId: u.externalId, name: after.name };
    if (!before) {
      creates.push({
        op: 'create',
        id,
        externalId: u.externalId,
        values: after,
        category: 'created',
        show: { ...show, fields: [] },
      });
      continue;
    }
    const change = diff(before, after, UNIT_KEYS, (key, value) => showValue(ctx, key, value));
    if (change.fields.length === 0) {
      unchanged++;
      continue;
    }
    const category =
      after.ended_at === NOW ? 'ended' : before.parent_id !== after.parent_id ? 'moved' : 'changed';
    updates.push({
      op: 'update',
      id,
      externalId: u.externalId,
      ...change,
      category,
      show: { ...show, fields: change.fields },
    });
  }

  const inFile = new Set(rows.map((u) => u.externalId));
  const fileExisting = rows
    .map((u) => ctx.unitsByExt.get(u.externalId)?.id)
    .filter((id): id is string => !!id);
  const covered = withSubunits(ctx, fileExisting);
  for (const unit of ctx.fullExtract ? ctx.existing.units : []) {
    if (!unit.external_id || unit.ended_at || !covered.has(unit.id) || inFile.has(unit.external_id)) continue;
    updates.push({
      op: 'update',
      id: unit.id,
      externalId: unit.external_id,
      set: { ended_at: NOW },
      expect: { ended_at: null },
      category: 'ended',
      show: {
        line: null,
        externalId: unit.external_id,
        name: unit.name,
        fields: [{ field: 'ended', from: null, to: ctx.nowIso }],
      },
    });
  }
  return { ops: [...parentsFirst(creates), ...updates], unchanged, covered };
}

function showValue(ctx: PlanContext, key: keyof UnitValues, value: string | null): string | null {
  if (key === 'parent_id') return label(ctx, 'unit', value);
  if (key === 'manager_person_id') return label(ctx, 'person', value);
  if (key === 'ended_at' && value === NOW) return ctx.nowIso;
  return value;
}

/** Each circle of parents is a problem on every line of the file that is part of it. */
function reportCycles(ctx: PlanContext, rows: UnitInput[], parentOf: Map<string, string | null>) {
  const graph = new Map<string, string | null>(ctx.existing.units.map((u) => [u.id, u.parent_id]));
  for (const [id, parent] of parentOf) graph.set(id, parent);
  const rowOf = new Map(rows.map((u) => [ctx.fileUnitIds.get(u.externalId)!, u]));
  for (let guard = 0; guard < 1000; guard++) {
    const cycle = findCycle(graph);
    if (!cycle) return;
    const names = cycle.map((id) => rowOf.get(id)?.externalId ?? ctx.unitsById.get(id)?.external_id ?? id);
    for (const id of cycle) {
      const row = rowOf.get(id);
      if (row)
        ctx.problem(row, 'parentExternalId', 'import.problem.circular_parent', {
          cycle: [...names, names[0]].join(' → '),
        });
      graph.set(id, null);
    }
  }
}

/** New units in an order where each parent exists before its children are inserted (linear time). */
function parentsFirst<T extends { id: string; values: UnitValues }>(creates: T[]): T[] {
  const byId = new Map(creates.map((c) => [c.id, c]));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const c of creates) {
    const parent = c.values.parent_id;
    if (parent && byId.has(parent)) children.set(parent, [...(children.get(parent) ?? []), c]);
    else roots.push(c);
  }
  const out: T[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const c = stack.pop()!;
    out.push(c);
    for (const child of [...(children.get(c.id) ?? [])].reverse()) stack.push(child);
  }
  // Units in a circle are never reached from a root; they are blocked by their problem anyway.
  const placed = new Set(out.map((c) => c.id));
  return [...out, ...creates.filter((c) => !placed.has(c.id))];
}
