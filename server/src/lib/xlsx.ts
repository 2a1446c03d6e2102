import ExcelJS from 'exceljs';
import { formatOre } from '../../../core/money.js';
import { danishDate } from './csv.js';
import type { Cell, Table } from './table.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MONEY_FORMAT = '#,##0.00';
export const DATE_FORMAT = 'dd-mm-yyyy';
const TEXT_FORMAT = '@';

interface Written {
  value: ExcelJS.CellValue;
  numFmt?: string;
  /** Roughly what Excel shows, to size the column. */
  shown: string;
}

/**
 * A cell as Excel should hold it. Text stays text, also when it starts with "=" (an XLSX string
 * is never run as a formula) or looks like a number. Dates are the Copenhagen date the CSV
 * writes, as a date cell without a time of day.
 */
function written(cell: Cell): Written {
  if (cell === null) return { value: null, shown: '' };
  if (typeof cell === 'string') return { value: cell, shown: cell };
  if (typeof cell === 'number') return { value: cell, shown: String(cell) };
  if ('text' in cell) return { value: cell.text, numFmt: TEXT_FORMAT, shown: cell.text };
  if ('ore' in cell) return { value: cell.ore / 100, numFmt: MONEY_FORMAT, shown: formatOre(cell.ore) };
  const shown = danishDate(cell.date);
  const [day = 1, month = 1, year = 1970] = shown.split('-').map(Number);
  return { value: new Date(Date.UTC(year, month - 1, day)), numFmt: DATE_FORMAT, shown };
}

/** Excel allows 31 characters and none of []:*?/\ in a sheet name (nor ' at either end: all become spaces). */
const sheetNameOf = (name: string) =>
  name
    .replace(/[[\]:*?/\\']+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim() || 'Ark1';

/**
 * One table as an XLSX workbook of one sheet: bold, frozen header with an autofilter, columns as
 * wide as their contents (within reason), and the totals row, if any, in bold below the filter.
 */
export async function xlsxTable(sheetName: string, table: Table): Promise<Buffer> {
  return xlsxSheets([{ sheetName, table }]);
}

/** Several tables as one XLSX workbook, a sheet each, in the given order (each as xlsxTable's). */
export async function xlsxSheets(
  sheets: ReadonlyArray<{ sheetName: string; table: Table }>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Aktion';
  for (const { sheetName, table } of sheets) addTableSheet(workbook, sheetName, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTableSheet(workbook: ExcelJS.Workbook, sheetName: string, table: Table): void {
  const sheet = workbook.addWorksheet(sheetNameOf(sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const widths = table.header.map((h) => h.length);
  const addRow = (cells: readonly Cell[], bold: boolean) => {
    const row = sheet.addRow([]);
    cells.forEach((cell, i) => {
      const w = written(cell);
      const target = row.getCell(i + 1);
      target.value = w.value;
      if (w.numFmt) target.numFmt = w.numFmt;
      if (bold) target.font = { bold: true };
      widths[i] = Math.max(widths[i] ?? 0, w.shown.length);
    });
  };

  addRow(table.header, true);
  for (const row of table.rows) addRow(row, false);
  if (table.header.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1 + table.rows.length, column: table.header.length },
    };
  }
  if (table.totals) addRow(table.totals, true);
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = Math.min(Math.max(w + 2, 8), 60);
  });
}
