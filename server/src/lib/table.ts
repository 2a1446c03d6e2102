import type { TextCell } from './csv.js';

/** Money in integer øre: CSV writes "2.175,00", XLSX a number of kroner shown as #,##0.00. */
export interface MoneyCell {
  ore: number;
}
/** An instant (ISO), shown as its date in Europe/Copenhagen: "dd-mm-åååå" in CSV, a date cell in XLSX. */
export interface DateCell {
  date: string;
}
/**
 * One cell of an exported table, typed so each file format can write it properly. Plain strings
 * are text, numbers are numbers; TextCell marks text that looks like a number (EAN, CVR, a
 * reference) and must never become one.
 */
export type Cell = string | number | TextCell | MoneyCell | DateCell | null;

export const asMoney = (ore: number): MoneyCell => ({ ore });
export const asDate = (iso: string | null): DateCell | null => (iso ? { date: iso } : null);

/** A table to export: a header, its rows and, where it has one, a row of totals. */
export interface Table {
  header: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
  /** Written after the rows (in XLSX: in bold, outside the filter, so sorting never moves it). */
  totals?: readonly Cell[];
}

/** A column of an export: the one definition that both the CSV and the XLSX file are made from. */
export interface Column<R> {
  header: string;
  value(row: R): Cell;
  /** The column's cell in the totals row; a table has a totals row when any column has one. */
  total?(rows: readonly R[]): Cell;
}

export function tabulate<R>(columns: ReadonlyArray<Column<R>>, rows: readonly R[]): Table {
  const hasTotals = columns.some((c) => c.total);
  return {
    header: columns.map((c) => c.header),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
    ...(hasTotals && { totals: columns.map((c) => c.total?.(rows) ?? null) }),
  };
}
