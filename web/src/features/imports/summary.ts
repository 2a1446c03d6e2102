import type { ImportCounts, ImportKind } from '../../../../core/schemas/imports.js';

export type Entity = 'units' | 'people';
export type UnitCategory = 'created' | 'changed' | 'moved' | 'ended';
export type PersonCategory = 'created' | 'changed' | 'moved' | 'left' | 'returned';
export type Category = UnitCategory | PersonCategory;

export const UNIT_CATEGORIES: readonly UnitCategory[] = ['created', 'changed', 'moved', 'ended'];
export const PERSON_CATEGORIES: readonly PersonCategory[] = [
  'created',
  'changed',
  'moved',
  'left',
  'returned',
];

/** The kinds of rows a file of this kind speaks for: units first (they are applied first). */
export function entitiesOf(kind: ImportKind): Entity[] {
  if (kind === 'units') return ['units'];
  if (kind === 'people') return ['people'];
  return ['units', 'people'];
}

export function categoriesOf(entity: Entity): readonly Category[] {
  return entity === 'units' ? UNIT_CATEGORIES : PERSON_CATEGORIES;
}

export interface SummaryLine {
  entity: Entity;
  /** The categories with something in them, in sentence order. */
  parts: Array<{ category: Category; count: number }>;
  unchanged: number;
}

/** What a dry run (or an applied import) does, one line per kind of row, for the plain sentence. */
export function summaryLines(kind: ImportKind, counts: ImportCounts): SummaryLine[] {
  return entitiesOf(kind).map((entity) => {
    const c = counts[entity] as Record<string, number>;
    const parts = categoriesOf(entity)
      .map((category) => ({ category, count: c[category] ?? 0 }))
      .filter((p) => p.count > 0);
    return { entity, parts, unchanged: c.unchanged ?? 0 };
  });
}

/** The ImportChange lists are capped on screen; the rest is counted. */
export const SHOWN_ROWS = 100;
