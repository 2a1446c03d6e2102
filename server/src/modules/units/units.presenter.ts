import type { UnitKind } from '../../../../core/organisation.js';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import type { UnitListRow } from './units.repository.js';

export function presentUnit(row: UnitListRow): UnitRes {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    kind: row.kind as UnitKind,
    parentId: row.parent_id,
    manager: row.manager_id && row.manager_name ? { id: row.manager_id, name: row.manager_name } : null,
    peopleCount: Number(row.people_count ?? 0),
    endedAt: row.ended_at,
  };
}

/**
 * Orders a flat list as the tree reads: each parent before its children, siblings by name
 * (the rows arrive sorted by name). Units whose parent is not in the list count as roots.
 */
export function treeOrder<T extends { id: string; parentId: string | null }>(units: readonly T[]): T[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, T[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: T[] = [];
  const visit = (parent: string | null) => {
    for (const u of children.get(parent) ?? []) {
      out.push(u);
      visit(u.id);
    }
  };
  visit(null);
  return out;
}
