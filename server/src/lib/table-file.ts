import { formatOre } from '../../../core/money.js';
import { danishCsv, danishDate, type TextCell } from './csv.js';
import type { Cell, Table } from './table.js';
import { XLSX_CONTENT_TYPE, xlsxTable } from './xlsx.js';

export const FILE_FORMATS = ['csv', 'xlsx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** A table to download: the file name without its extension, and the sheet's name in XLSX. */
export interface NamedTable {
  baseName: string;
  sheetName: string;
  table: Table;
}

export interface TableFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

function csvCell(cell: Cell): string | number | TextCell | null {
  if (cell === null || typeof cell !== 'object' || 'text' in cell) return cell;
  return 'ore' in cell ? formatOre(cell.ore) : danishDate(cell.date);
}

/** The table as CSV for Danish Excel (see danishCsv); the totals row is the last line. */
export function tableCsv(table: Table): string {
  const rows = table.totals ? [...table.rows, table.totals] : table.rows;
  return danishCsv(
    table.header,
    rows.map((row) => row.map(csvCell)),
  );
}

/** The same table as a CSV or an XLSX file. */
export async function tableFile(named: NamedTable, format: FileFormat): Promise<TableFile> {
  const fileName = `${named.baseName}.${format}`;
  if (format === 'csv') {
    return { fileName, contentType: 'text/csv; charset=utf-8', body: tableCsv(named.table) };
  }
  return { fileName, contentType: XLSX_CONTENT_TYPE, body: await xlsxTable(named.sheetName, named.table) };
}
