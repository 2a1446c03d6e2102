import { z } from 'zod';

/** Management levels, top down. A leader is anyone above `medarbejder`. */
export const LEVELS = ['direktør', 'chef', 'leder', 'teamleder', 'medarbejder'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;
export const LEADER_LEVELS: readonly Level[] = ['direktør', 'chef', 'leder', 'teamleder'];
export const isLeader = (level: Level): boolean => LEADER_LEVELS.includes(level);

/** Kinds of organisation units, from the top of the tree down. */
export const UNIT_KINDS = ['direktion', 'forvaltning', 'stab', 'afdeling', 'institution', 'team'] as const;
export const UnitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** The professional fields every new organisation starts with (editable per organisation). */
export const DEFAULT_FIELDS: ReadonlyArray<{ key: string; name: string }> = [
  { key: 'skole', name: 'Skole' },
  { key: 'dagtilbud', name: 'Dagtilbud' },
  { key: 'aeldre-og-sundhed', name: 'Ældre og sundhed' },
  { key: 'social', name: 'Social' },
  { key: 'beskaeftigelse', name: 'Beskæftigelse' },
  { key: 'teknik-og-miljoe', name: 'Teknik og miljø' },
  { key: 'kultur-og-fritid', name: 'Kultur og fritid' },
  { key: 'administration', name: 'Administration' },
  { key: 'it-og-digitalisering', name: 'IT og digitalisering' },
];

/**
 * Reads a management level as people type it in spreadsheets ("Direktør", "DIREKTOER", "team-leder").
 * Returns null when it is not one of the five.
 */
export function parseLevel(input: string): Level | null {
  const folded = input
    .trim()
    .toLowerCase()
    .replace(/ø/g, 'oe')
    .replace(/[\s_-]+/g, '');
  const map = new Map<string, Level>([
    ['direktoer', 'direktør'],
    ['direktor', 'direktør'],
    ['chef', 'chef'],
    ['leder', 'leder'],
    ['teamleder', 'teamleder'],
    ['medarbejder', 'medarbejder'],
  ]);
  return map.get(folded) ?? null;
}

/** Finds the first unit that would become its own ancestor, or null when the parents form a forest. */
export function findCycle(parents: ReadonlyMap<string, string | null>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of parents.keys()) {
    const path: string[] = [];
    let node: string | null | undefined = start;
    while (node && state.get(node) !== 'done') {
      if (state.get(node) === 'visiting') return path.slice(path.indexOf(node));
      state.set(node, 'visiting');
      path.push(node);
      node = parents.get(node) ?? null;
    }
    for (const n of path) state.set(n, 'done');
  }
  return null;
}

/** What people search matches on: name and e-mail in lower case (Unicode-aware). */
export function personSearchText(name: string, email: string | null): string {
  return `${name} ${email ?? ''}`.trim().toLocaleLowerCase('da-DK');
}

/**
 * The area a unit belongs to: its ancestor just below the top of the organisation (a
 * forvaltning or a staff function under the direktion), or the top unit itself. Areas are large
 * enough to show in aggregates without singling out a small unit.
 */
export function areaOf(unitId: string, parents: ReadonlyMap<string, string | null>): string {
  let node = unitId;
  // Bounded by the number of units, so a cycle in bad data cannot loop forever.
  for (let steps = 0; steps <= parents.size; steps++) {
    const parent = parents.get(node) ?? null;
    if (parent === null || (parents.get(parent) ?? null) === null) return node;
    node = parent;
  }
  return node;
}
