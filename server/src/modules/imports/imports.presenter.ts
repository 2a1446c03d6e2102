import type { Locale } from '../../../../core/schemas/common.js';
import type { ImportBatchRes, ImportKind, ImportMappingRes } from '../../../../core/schemas/imports.js';
import { t } from '../../lib/messages.js';
import type { ImportBatchRow, ImportMappingRow } from './imports.tables.js';
import type { Plan, Summary } from './imports.types.js';

type BatchStatus = ImportBatchRes['status'];

export function presentBatchSummary(
  row: Omit<ImportBatchRow, 'plan' | 'organisation_id' | 'created_by_user_id'>,
) {
  const summary = JSON.parse(row.summary) as Summary;
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    format: row.format as 'csv' | 'os2mo',
    fileName: row.file_name,
    status: row.status as BatchStatus,
    createdAt: row.created_at,
    appliedAt: row.applied_at,
    counts: summary.counts,
  };
}

/** The dry run as the client shows it; problem messages in the user's language. */
export function presentBatch(row: ImportBatchRow, locale: Locale): ImportBatchRes {
  const summary = JSON.parse(row.summary) as Summary;
  const plan = JSON.parse(row.plan) as Plan;
  const shown = <C extends string>(
    ops: Array<{ category: C; show: ImportBatchRes['units']['created'][number] }>,
    c: C,
  ) => ops.filter((op) => op.category === c).map((op) => op.show);
  // Problems name a field; show the file's own column for it when the mapping has one.
  const columnOf = (field: string | null) =>
    field === null ? null : (Object.entries(summary.file.mapping).find(([, f]) => f === field)?.[0] ?? field);
  return {
    ...presentBatchSummary(row),
    canConfirm: row.status === 'previewed' && summary.problems.length === 0,
    file: { ...summary.file, fullExtract: summary.file.fullExtract ?? true },
    units: {
      created: shown(plan.units, 'created'),
      changed: shown(plan.units, 'changed'),
      moved: shown(plan.units, 'moved'),
      ended: shown(plan.units, 'ended'),
    },
    people: {
      created: shown(plan.people, 'created'),
      changed: shown(plan.people, 'changed'),
      moved: shown(plan.people, 'moved'),
      left: shown(plan.people, 'left'),
      returned: shown(plan.people, 'returned'),
    },
    problems: summary.problems.map((p) => ({
      line: p.line,
      path: p.path,
      column: columnOf(p.column),
      code: p.key.replace(/^import\.problem\./, ''),
      message: t(locale, p.key, p.params),
    })),
  };
}

export function presentMapping(row: ImportMappingRow): ImportMappingRes {
  return {
    id: row.id,
    kind: row.kind as ImportMappingRes['kind'],
    name: row.name,
    mapping: JSON.parse(row.mapping) as Record<string, string | null>,
    updatedAt: row.updated_at,
  };
}
