import { describe, expect, it } from 'vitest';
import { firstSheet, rowValues } from '../test/xlsx.js';
import { asText } from './csv.js';
import { asDate, asMoney, type Column, type Table, tabulate } from './table.js';
import { tableCsv, tableFile } from './table-file.js';
import { XLSX_CONTENT_TYPE } from './xlsx.js';

const TABLE: Table = {
  header: ['Navn', 'EAN', 'Beløb', 'Dato', 'Antal'],
  rows: [
    ['=HYPERLINK("x")', asText('0579800981157'), asMoney(217_500), asDate('2026-03-31T22:30:00Z'), 3],
    ['Ærø', asText(null), asMoney(54_375), null, null],
  ],
  totals: ['I alt', null, asMoney(271_875), null, 3],
};

describe('tabulate', () => {
  const columns: ReadonlyArray<Column<{ n: string; ore: number }>> = [
    { header: 'Navn', value: (r) => r.n, total: () => 'I alt' },
    { header: 'Ting', value: () => null },
    {
      header: 'Beløb',
      value: (r) => asMoney(r.ore),
      total: (rows) => asMoney(rows.reduce((s, r) => s + r.ore, 0)),
    },
  ];

  it('makes the header, a row per item and the totals from one list of columns', () => {
    expect(
      tabulate(columns, [
        { n: 'A', ore: 100 },
        { n: 'B', ore: 250 },
      ]),
    ).toEqual({
      header: ['Navn', 'Ting', 'Beløb'],
      rows: [
        ['A', null, { ore: 100 }],
        ['B', null, { ore: 250 }],
      ],
      totals: ['I alt', null, { ore: 350 }],
    });
  });

  it('has no totals row when no column has a total', () => {
    expect(tabulate([{ header: 'Navn', value: (r: string) => r }], ['A'])).toEqual({
      header: ['Navn'],
      rows: [['A']],
    });
  });
});

describe('tableCsv and tableFile', () => {
  it('writes the table for Danish Excel: amounts with a comma, dates dd-mm-åååå, totals last', () => {
    const lines = tableCsv(TABLE)
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'Navn;EAN;Beløb;Dato;Antal',
      `"'=HYPERLINK(""x"")";"=""0579800981157""";2.175,00;01-04-2026;3`,
      'Ærø;;543,75;;',
      'I alt;;2.718,75;;3',
    ]);
  });

  it('names the file by format and writes the same cells to both', async () => {
    const named = { baseName: 'liste', sheetName: 'Liste', table: TABLE };
    const csv = await tableFile(named, 'csv');
    expect(csv).toMatchObject({ fileName: 'liste.csv', contentType: 'text/csv; charset=utf-8' });
    const xlsx = await tableFile(named, 'xlsx');
    expect(xlsx).toMatchObject({ fileName: 'liste.xlsx', contentType: XLSX_CONTENT_TYPE });
    const sheet = await firstSheet(xlsx.body as Buffer);
    expect(sheet.name).toBe('Liste');
    expect(rowValues(sheet, 1)).toEqual(TABLE.header);
    expect(rowValues(sheet, 4)).toEqual(['I alt', null, 2718.75, null, 3]);
  });
});
