import { Limits } from '../../../../core/limits.js';
import { checkEmbedOrigin, type EmbedOriginProblem } from '../../../../core/schemas/embedding.js';

export interface OriginRow {
  /** Stable across edits, for React keys and field ids. */
  key: number;
  value: string;
}

export const ADD_ID = 'embed-origin-add';
export const originId = (row: OriginRow) => `embed-origin-${row.key}`;

export const fromOrigins = (origins: readonly string[]): OriginRow[] =>
  origins.map((value, key) => ({ key, value }));

/** A new empty row with a key no other row has. */
export function addRow(rows: readonly OriginRow[]): OriginRow[] {
  const key = rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
  return [...rows, { key, value: '' }];
}

export type OriginProblem =
  | { id: string; n: number; kind: EmbedOriginProblem }
  | { id: string; n: number; kind: 'duplicate'; first: number }
  | { id: string; kind: 'too_many' };

/**
 * The same checks the server makes (core/schemas/embedding.ts), per row so each message can
 * name its line. Empty rows are left out when saving and are no problem.
 */
export function validate(rows: readonly OriginRow[]): OriginProblem[] {
  const problems: OriginProblem[] = [];
  const firstRowOf = new Map<string, number>();
  let filled = 0;
  rows.forEach((row, i) => {
    if (!row.value.trim()) return;
    filled++;
    const checked = checkEmbedOrigin(row.value);
    if (!checked.ok) {
      problems.push({ id: originId(row), n: i + 1, kind: checked.problem });
      return;
    }
    const first = firstRowOf.get(checked.origin);
    if (first !== undefined) problems.push({ id: originId(row), n: i + 1, kind: 'duplicate', first });
    else firstRowOf.set(checked.origin, i + 1);
  });
  if (filled > Limits.embedOriginsMax) problems.push({ id: ADD_ID, kind: 'too_many' });
  return problems;
}

/** The request: the filled-in rows as typed (the server normalises them). */
export const toOrigins = (rows: readonly OriginRow[]): string[] =>
  rows.map((r) => r.value.trim()).filter((v) => v !== '');

/** A server error on `origins` belongs to the first row, or to the add button when there is none. */
export function fieldIdFor(rows: readonly OriginRow[]): string {
  const first = rows.find((r) => r.value.trim() !== '');
  return first ? originId(first) : ADD_ID;
}
