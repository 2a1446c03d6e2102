import type { UnitKind } from '../organisation.js';

/** The two CSV templates: field key → the Danish column header of the template. */
export const UNIT_COLUMNS = {
  externalId: 'Enheds-id',
  name: 'Navn',
  kind: 'Type',
  parentExternalId: 'Overordnet enheds-id',
  managerExternalId: 'Leders medarbejder-id',
} as const;
export const PERSON_COLUMNS = {
  externalId: 'Medarbejder-id',
  name: 'Navn',
  email: 'E-mail',
  jobTitle: 'Stilling',
  unitExternalId: 'Enheds-id',
  level: 'Ledelsesniveau',
  field: 'Fagområde',
} as const;

export type CsvKind = 'units' | 'people';
export type UnitField = keyof typeof UNIT_COLUMNS;
export type PersonField = keyof typeof PERSON_COLUMNS;
export type TargetField = UnitField | PersonField;

export const TEMPLATE_COLUMNS: Record<CsvKind, Record<string, string>> = {
  units: UNIT_COLUMNS,
  people: PERSON_COLUMNS,
};
/** Columns a file must have (after mapping) to be imported at all. */
export const REQUIRED_FIELDS: Record<CsvKind, readonly string[]> = {
  units: ['externalId', 'name'],
  people: ['externalId', 'name'],
};

/** `{ [file column]: field | null }`: which field each column of the file fills, null = ignored. */
export type ColumnMapping = Record<string, string | null>;

/** Lower case, Danish letters and accents folded, everything but letters and digits removed. */
export function foldName(input: string): string {
  return input
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Suggests which field each column fills: the template header matched exactly, then ignoring
 * case, then ignoring accents, spaces and punctuation (the field's own key is accepted too).
 * A field is suggested for one column only.
 */
export function suggestMapping(kind: CsvKind, columns: readonly string[]): ColumnMapping {
  const template = Object.entries(TEMPLATE_COLUMNS[kind]);
  const taken = new Set<string>();
  const mapping: ColumnMapping = Object.fromEntries(columns.map((c) => [c, null]));
  const passes: Array<(column: string, header: string, field: string) => boolean> = [
    (c, h) => c.trim() === h,
    (c, h) => c.trim().toLowerCase() === h.toLowerCase(),
    (c, h, f) => foldName(c) === foldName(h) || foldName(c) === foldName(f),
  ];
  for (const matches of passes) {
    for (const column of columns) {
      if (mapping[column] !== null) continue;
      const hit = template.find(([field, header]) => !taken.has(field) && matches(column, header, field));
      if (hit) {
        mapping[column] = hit[0];
        taken.add(hit[0]);
      }
    }
  }
  return mapping;
}

const KIND_WORDS = new Map<string, UnitKind>();
for (const [kind, words] of Object.entries({
  direktion: ['direktion', 'direktioner', 'direktionen'],
  forvaltning: ['forvaltning', 'forvaltninger', 'forvaltningen'],
  stab: ['stab', 'stabe', 'stabs', 'staben', 'stabsfunktion'],
  afdeling: ['afdeling', 'afdelinger', 'afdelingen'],
  institution: ['institution', 'institutioner', 'institutionen'],
  team: ['team', 'teams', 'teamet', 'teamene'],
}) as Array<[UnitKind, string[]]>) {
  for (const w of words) KIND_WORDS.set(w, kind);
}

/** Reads a unit type as typed in spreadsheets ("Afdelinger", "TEAM"); null when unknown. */
export function parseUnitKind(input: string): UnitKind | null {
  return KIND_WORDS.get(foldName(input)) ?? null;
}
