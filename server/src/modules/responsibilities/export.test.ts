import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { insertMatrixVersion, matrixDocument } from '../../test/responsibilities.js';
import { send, useTestApp } from '../../test/test-app.js';
import { firstSheet, rowValues } from '../../test/xlsx.js';

const VERSIONS = '/api/responsibilities/versions';

async function sheetNames(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets.map((s) => ({
    name: s.name,
    rows: Array.from({ length: s.rowCount }, (_, i) => rowValues(s, i + 1)),
  }));
}

describeEachDialect('responsibility matrix: the XLSX file', (dialect) => {
  const get = useTestApp(dialect);

  it('holds one row per task with each column’s letter, and a sheet that explains R, A, C and I', async () => {
    const admin = await signedInUser(get().app, get().ctx.db);
    const document = matrixDocument({ tag: 'x' });
    const v = await insertMatrixVersion(get().ctx.db, admin.organisationId, {
      status: 'published',
      version: 3,
      document,
    });
    const employee = await signedInUser(get().app, get().ctx.db, ['employee'], admin.organisationId);
    const res = await send(get().app, employee.session, {
      method: 'GET',
      url: `${VERSIONS}/${v.id}/export.xlsx`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toBe('attachment; filename="roller-og-ansvar-version-3.xlsx"');
    const sheet = await firstSheet(res.rawPayload);
    expect(sheet.name).toBe('Roller og ansvar');
    expect(rowValues(sheet, 1)).toEqual([
      'Opgavegruppe',
      'Opgave',
      'Beskrivelse',
      'Chefer x',
      'Ledere x',
      'IT x',
      'MED x',
    ]);
    expect(rowValues(sheet, 2)).toEqual([
      'Data x',
      'Lave dashboards x',
      'Overblik over nøgletal.',
      'A',
      'C',
      'R',
      'I',
    ]);
    expect(rowValues(sheet, 3)).toEqual(['Data x', 'Sikre datakvalitet x', '', null, 'A', null, 'R']);
    expect(sheet.rowCount).toBe(3);

    const [, legend] = await sheetNames(res.rawPayload);
    expect(legend?.name).toBe('Sådan læser du tabellen');
    expect(legend?.rows.map((r) => r[0])).toEqual(['Bogstav', 'R', 'A', 'C', 'I', '(tomt)']);
    expect(legend?.rows[2]?.[2]).toContain('præcis én A');
  });

  it('gives a draft to administrators only (others get 404), named as a draft', async () => {
    const admin = await signedInUser(get().app, get().ctx.db);
    const v = await insertMatrixVersion(get().ctx.db, admin.organisationId, { version: 2 });
    const url = `${VERSIONS}/${v.id}/export.xlsx`;
    const res = await send(get().app, admin.session, { method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="roller-og-ansvar-udkast-version-2.xlsx"',
    );
    const facilitator = await signedInUser(get().app, get().ctx.db, ['facilitator'], admin.organisationId);
    expect((await send(get().app, facilitator.session, { method: 'GET', url })).statusCode).toBe(404);
  });
});
