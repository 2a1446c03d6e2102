import ExcelJS from 'exceljs';

/** The first sheet of an XLSX file, read back with exceljs. */
export async function firstSheet(file: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer as an ArrayBuffer; it reads a Node Buffer.
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

/** The values of a row, from column A (exceljs counts from 1). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number): ExcelJS.CellValue[] {
  const r = sheet.getRow(row);
  return Array.from({ length: sheet.columnCount }, (_, i) => r.getCell(i + 1).value);
}
