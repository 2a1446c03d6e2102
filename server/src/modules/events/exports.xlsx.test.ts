import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import type { EventRes } from '../../../../core/schemas/events.js';
import { MONEY_FORMAT, XLSX_CONTENT_TYPE } from '../../lib/xlsx.js';
import { describeEachDialect } from '../../test/databases.js';
import { eventBody, registrationBody } from '../../test/events.js';
import { signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';
import { firstSheet, rowValues } from '../../test/xlsx.js';

describeEachDialect('event exports as XLSX', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let event: EventRes;

  beforeAll(async () => {
    admin = (await signedInUser(get().app, get().ctx.db, ['admin'])).session;
    const made = await send(get().app, admin, {
      method: 'POST',
      url: '/api/events',
      payload: eventBody({ capacity: 2 }, 20, get().clock.now()),
    });
    const id = made.json<EventRes>().id;
    event = (
      await send(get().app, admin, { method: 'POST', url: `/api/events/${id}/publish`, payload: {} })
    ).json<EventRes>();
    const register = (body: Record<string, unknown>) =>
      get().app.inject({
        method: 'POST',
        url: `/api/public/events/${event.slug}/registrations`,
        payload: body,
      });
    await register(registrationBody({ name: 'Anne Ø', dietaryNeeds: 'Vegetar' }));
    await register(
      registrationBody({ name: '=HYPERLINK("x")', ean: null, cvr: '29189633', organisation: 'Firma A/S' }),
    );
    await register(registrationBody({ name: 'Venter' }));
  });

  const download = (session: Session | null, file: string) =>
    send(get().app, session, { method: 'GET', url: `/api/events/${event.id}/${file}` });

  it('requires a session, an administrator, and the event’s own organisation', async () => {
    const { app, ctx } = get();
    const facilitator = await signedInUser(app, ctx.db, ['facilitator'], admin.organisationId);
    const stranger = await signedInUser(app, ctx.db, ['admin']);
    for (const file of ['registrations.xlsx', 'invoice-basis.xlsx']) {
      expect((await download(null, file)).statusCode, file).toBe(401);
      // Facilitators see no dietary needs nor invoice data, as with the CSV.
      expect((await download(facilitator.session, file)).statusCode, file).toBe(403);
      const foreign = await download(stranger.session, file);
      expect(foreign.statusCode, file).toBe(404);
      expect(foreign.json().error.code).toBe('not_found');
    }
  });

  it('exports the invoice basis with numbers as numbers, EAN and reference as text, and a total', async () => {
    const res = await download(admin, 'invoice-basis.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="fakturagrundlag-${event.slug}.xlsx"`,
    );
    const sheet = await firstSheet(res.rawPayload);
    expect(sheet.name).toBe('Fakturagrundlag');
    expect(sheet.rowCount).toBe(4); // header, two seats, total (the waiting list is not invoiced)

    const seat = sheet.getRow(2);
    expect(seat.getCell(1).value).toBe('Viborg Kommune');
    expect(seat.getCell(2).type).toBe(ExcelJS.ValueType.String); // not 5.798E+12
    expect(seat.getCell(2).value).toBe('5798009811578');
    expect(seat.getCell(4).value).toBe('PO-2291');
    expect(seat.getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(seat.getCell(9).type).toBe(ExcelJS.ValueType.Date);
    // The demo conference price: 2,175.00 + 25 % VAT 543.75 = 2,718.75 DKK per seat.
    expect([10, 11, 12].map((c) => seat.getCell(c).value)).toEqual([2175, 543.75, 2718.75]);
    expect(seat.getCell(10).type).toBe(ExcelJS.ValueType.Number);
    expect(seat.getCell(12).numFmt).toBe(MONEY_FORMAT);

    const firm = sheet.getRow(3);
    expect(firm.getCell(3).value).toBe('29189633');
    expect(firm.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(firm.getCell(6).value).toBe('=HYPERLINK("x")'); // text, never a formula
    expect(firm.getCell(6).type).toBe(ExcelJS.ValueType.String);

    expect(rowValues(sheet, 4)).toEqual([
      'I alt',
      null,
      null,
      null,
      null,
      '2 pladser',
      null,
      null,
      null,
      4350,
      1087.5,
      5437.5,
    ]);
    expect(sheet.autoFilter).toBe('A1:L3');
  });

  it('exports every registration with the same columns as the CSV', async () => {
    const res = await download(admin, 'registrations.xlsx');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="tilmeldinger-${event.slug}.xlsx"`);
    const sheet = await firstSheet(res.rawPayload);
    const csv = await download(admin, 'registrations.csv');
    const csvHeader = csv.body
      .replace(/^\ufeff/, '')
      .split('\r\n')[0]
      ?.split(';');
    expect(rowValues(sheet, 1)).toEqual(csvHeader);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const column = (header: string) => (csvHeader ?? []).indexOf(header) + 1;
    const values = (header: string) => [2, 3, 4].map((r) => sheet.getRow(r).getCell(column(header)).value);
    expect(values('Status')).toEqual(['Tilmeldt', 'Tilmeldt', 'Venteliste']);
    expect(values('Kost og allergier')).toEqual(['Vegetar', null, null]);
    expect(values('Pris inkl. moms')).toEqual([2718.75, 2718.75, 2718.75]);
    expect(values('Tjekket ind')).toEqual([null, null, null]);
    expect(sheet.getRow(2).getCell(column('Tilmeldt')).type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getRow(2).getCell(column('EAN')).type).toBe(ExcelJS.ValueType.String);
  });
});
