import type { CsvFile } from '../../../../core/csv/read.js';
import {
  type ColumnMapping,
  type CsvKind,
  parseUnitKind,
  REQUIRED_FIELDS,
  TEMPLATE_COLUMNS,
} from '../../../../core/csv/templates.js';
import { Limits } from '../../../../core/limits.js';
import { LEVELS, parseLevel, UNIT_KINDS } from '../../../../core/organisation.js';
import { EmailSchema } from '../../../../core/schemas/common.js';
import { IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS } from '../../../../core/schemas/imports.js';
import { AppError } from '../../lib/app-error.js';
import type { MessageKey, MessageParams } from '../../lib/messages.js';
import type { ImportInput, PersonInput, Problem, UnitInput } from './imports.types.js';

const MAX: Record<string, number> = {
  externalId: 100,
  name: Limits.nameMax,
  jobTitle: 200,
  email: Limits.emailMax,
  field: 200,
};

/** Turns the rows of a CSV file into units or people, using the column mapping. */
export function csvInput(
  kind: CsvKind,
  file: CsvFile,
  mapping: ColumnMapping,
  suggestedMapping: ColumnMapping,
): ImportInput {
  if (file.rows.length > IMPORT_MAX_ROWS || file.columns.length > IMPORT_MAX_COLUMNS) {
    throw new AppError('validation_failed', 'import.too_large_table', {
      reason: 'import_too_many_rows',
      params: { rows: IMPORT_MAX_ROWS, columns: IMPORT_MAX_COLUMNS },
    });
  }
  const problems: Problem[] = [];
  const template = TEMPLATE_COLUMNS[kind];
  const problem = (line: number, column: string | null, key: MessageKey, params: MessageParams = {}) =>
    problems.push({ line, path: null, column, key, params });

  // Which column index fills each field; mapping keys that are not columns of the file are ignored.
  const index = new Map<string, number>();
  const used = new Map<string, string[]>();
  file.columns.forEach((column, i) => {
    const field = mapping[column];
    if (!field) return;
    if (!(field in template)) {
      problem(1, column, 'import.problem.mapping_field', { column, field });
      return;
    }
    used.set(field, [...(used.get(field) ?? []), column]);
    if (!index.has(field)) index.set(field, i);
  });
  for (const [field, columns] of used) {
    if (columns.length > 1) {
      problem(1, null, 'import.problem.mapping_duplicate', {
        field: template[field]!,
        columns: columns.join(', '),
      });
    }
  }
  const missingFields = REQUIRED_FIELDS[kind].filter((f) => !index.has(f));
  for (const f of missingFields)
    problem(1, template[f]!, 'import.problem.missing_column', { column: template[f]! });

  const units: UnitInput[] = [];
  const people: PersonInput[] = [];
  if (missingFields.length === 0) {
    for (const row of file.rows) {
      const columnOf = (field: string) => file.columns[index.get(field)!] ?? field;
      /** undefined when the field has no column; the trimmed cell otherwise ('' when empty). */
      const cell = (field: string): string | undefined => {
        const i = index.get(field);
        if (i === undefined) return undefined;
        const value = (row.cells[i] ?? '').trim();
        const max = MAX[field];
        if (max && value.length > max) {
          problem(row.line, columnOf(field), 'import.problem.too_long', { column: columnOf(field), max });
          return value.slice(0, max);
        }
        return value;
      };
      const optional = (field: string) => {
        const v = cell(field);
        return v === undefined ? undefined : v || null;
      };
      const externalId = cell('externalId') ?? '';
      if (!externalId) {
        problem(row.line, columnOf('externalId'), 'import.problem.id_missing', {
          column: columnOf('externalId'),
        });
        continue;
      }
      const name = cell('name') || undefined;
      if (!name) problem(row.line, columnOf('name'), 'import.problem.name_missing');
      const base = { line: row.line, path: null, externalId, name };
      if (kind === 'units') {
        const kindText = cell('kind');
        const parsedKind = kindText ? parseUnitKind(kindText) : undefined;
        if (parsedKind === null) {
          problem(row.line, columnOf('kind'), 'import.problem.unknown_kind', {
            value: kindText ?? '',
            known: UNIT_KINDS.join(', '),
          });
        }
        units.push({
          ...base,
          kind: parsedKind,
          parentExternalId: optional('parentExternalId'),
          managerExternalId: optional('managerExternalId'),
          ended: false,
        });
      } else {
        const emailText = optional('email');
        let email = emailText;
        if (emailText) {
          const parsed = EmailSchema.safeParse(emailText);
          email = parsed.success ? parsed.data : null;
          if (!parsed.success) {
            problem(row.line, columnOf('email'), 'import.problem.invalid_email', { value: emailText });
          }
        }
        const levelText = cell('level');
        const level = levelText === undefined ? undefined : levelText ? parseLevel(levelText) : 'medarbejder';
        if (level === null) {
          problem(row.line, columnOf('level'), 'import.problem.unknown_level', {
            value: levelText ?? '',
            known: LEVELS.join(', '),
          });
        }
        people.push({
          ...base,
          email,
          jobTitle: optional('jobTitle'),
          unitExternalId: optional('unitExternalId'),
          level,
          field: optional('field'),
        });
      }
    }
  }
  return {
    units: kind === 'units' ? units : null,
    people: kind === 'people' ? people : null,
    problems,
    file: {
      encoding: file.encoding,
      separator: file.separator,
      columns: file.columns,
      mapping: Object.fromEntries(file.columns.map((c) => [c, mapping[c] ?? null])),
      suggestedMapping,
      missingFields,
    },
  };
}
