import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { firstSheet } from '../test/xlsx.js';
import { asText } from './csv.js';
import { asDate, asMoney, type Table } from './table.js';
import { DATE_FORMAT, MONEY_FORMAT, xlsxTable } from './xlsx.js';

const TABLE: Table = {
  header: ['Navn', 'EAN', 'Beløb', 'Dato', 'Antal'],
  rows: [
    ['=HYPERLINK("x")', asText('0579800981157'), asMoney(217_500), asDate('2026-03-31T22:30:00Z'), 3],
    ['Ærø', asText(null), asMoney(54_375), null, null],
  ],
  totals: ['I alt', null, asMoney(271_875), null, 3],
};

describe('xlsxTable', () => {
  it('writes text as text, money as numbers in kroner and dates as Copenhagen dates', async () => {
    const sheet = await firstSheet(await xlsxTable('Ark: [test]', TABLE));
    expect(sheet.name).toBe('Ark test');
    const [name, ean, amount, date, count] = [1, 2, 3, 4, 5].map((c) => sheet.getRow(2).getCell(c));
    // Never run as a formula, never a number: the leading zero and all 13 digits stay.
    expect(name?.type).toBe(ExcelJS.ValueType.String);
    expect(name?.value).toBe('=HYPERLINK("x")');
    expect(ean?.type).toBe(ExcelJS.ValueType.String);
    expect(ean?.value).toBe('0579800981157');
    expect(ean?.numFmt).toBe('@');
    expect(amount?.type).toBe(ExcelJS.ValueType.Number);
    expect(amount?.value).toBe(2175);
    expect(amount?.numFmt).toBe(MONEY_FORMAT);
    // 22:30 UTC on 31 March is 1 April in Copenhagen (summer time), as the CSV says.
    expect(date?.type).toBe(ExcelJS.ValueType.Date);
    expect(date?.value).toEqual(new Date(Date.UTC(2026, 3, 1)));
    expect(date?.numFmt).toBe(DATE_FORMAT);
    expect(count?.type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.Null);
  });

  it('has a bold, frozen header with a filter over the rows, and the totals in bold below it', async () => {
    const sheet = await firstSheet(await xlsxTable('Ark', TABLE));
    expect(sheet.getRow(1).getCell(1).value).toBe('Navn');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E3');
    expect(sheet.getRow(4).getCell(1).value).toBe('I alt');
    expect(sheet.getRow(4).getCell(3).value).toBe(2718.75);
    expect(sheet.getRow(4).getCell(3).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    const widths = [1, 2, 3, 4, 5].map((c) => sheet.getColumn(c).width ?? 0);
    expect(widths.every((w) => w >= 8 && w <= 60)).toBe(true);
    expect(widths[0]).toBeGreaterThan(widths[4] ?? 0);
  });

  it('writes a table without rows: the header, filtered', async () => {
    const sheet = await firstSheet(await xlsxTable('Tom', { header: ['A', 'B'], rows: [] }));
    expect(sheet.rowCount).toBe(1);
    expect(sheet.autoFilter).toBe('A1:B1');
  });
});
