import type { UnitRes } from '../../../../core/schemas/organisation.js';

/** The unit list as a tree: children by parent id (null for the top), siblings by name. */
export interface UnitTree {
  byId: ReadonlyMap<string, UnitRes>;
  children: ReadonlyMap<string | null, readonly UnitRes[]>;
}

const byName = (a: UnitRes, b: UnitRes) => a.name.localeCompare(b.name, 'da');

export function buildTree(units: readonly UnitRes[]): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, UnitRes[]>();
  for (const u of units) {
    // A unit whose parent is not in the list (an ended parent, say) is shown at the top.
    const parent = u.parentId && byId.has(u.parentId) ? u.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(u);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort(byName);
  return { byId, children };
}

export function childrenOf(tree: UnitTree, id: string | null): readonly UnitRes[] {
  return tree.children.get(id) ?? [];
}

/** The ids of a unit's ancestors, nearest first. */
export function ancestorsOf(tree: UnitTree, id: string): string[] {
  const result: string[] = [];
  const seen = new Set<string>([id]);
  let parent = tree.byId.get(id)?.parentId ?? null;
  while (parent && tree.byId.has(parent) && !seen.has(parent)) {
    result.push(parent);
    seen.add(parent);
    parent = tree.byId.get(parent)?.parentId ?? null;
  }
  return result;
}

/** A unit and every unit below it. */
export function subtreeOf(tree: UnitTree, id: string): Set<string> {
  const result = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (result.has(next)) continue;
    result.add(next);
    for (const c of childrenOf(tree, next)) stack.push(c.id);
  }
  return result;
}

/** Every unit in tree order (depth first) with its depth; for selects indented by depth. */
export function flatten(tree: UnitTree): Array<{ unit: UnitRes; depth: number }> {
  const result: Array<{ unit: UnitRes; depth: number }> = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of childrenOf(tree, parent)) {
      result.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return result;
}

/** Select options for units, indented by depth with no-break spaces. */
export function unitOptions(
  tree: UnitTree,
  exclude: ReadonlySet<string> = new Set(),
): Array<{ value: string; label: string }> {
  return flatten(tree)
    .filter(({ unit }) => !exclude.has(unit.id))
    .map(({ unit, depth }) => ({
      value: unit.id,
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${unit.name}`,
    }));
}

/**
 * A search by unit name: the matching units, and the units to show (matches and their ancestors) with
 * the ancestors to expand. An empty search matches nothing and shows everything.
 */
export function searchUnits(tree: UnitTree, text: string) {
  const needle = text.trim().toLocaleLowerCase('da-DK');
  if (!needle) return null;
  const matches = new Set<string>();
  const ancestors = new Set<string>();
  for (const u of tree.byId.values()) {
    if (!u.name.toLocaleLowerCase('da-DK').includes(needle)) continue;
    matches.add(u.id);
    for (const a of ancestorsOf(tree, u.id)) ancestors.add(a);
  }
  return { matches, ancestors };
}

/** The ended units: not offered as a new parent. */
export function endedUnits(tree: UnitTree): Set<string> {
  return new Set([...tree.byId.values()].filter((u) => u.endedAt !== null).map((u) => u.id));
}
