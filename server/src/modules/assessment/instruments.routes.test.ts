import { beforeAll, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../../core/assessment/instrument.js';
import type { InstrumentOverview } from '../../../../core/schemas/assessment-instruments.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { insertInstrumentVersion, ownItem } from '../../test/instruments.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const BASE = '/api/assessment/instrument';
const text = { da: 'Vi taler om data på hvert teammøde.', en: 'We talk about data at every team meeting.' };

describeEachDialect('assessment instrument: access and bad input', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, who = admin) =>
    send(get().app, who, { method, url, payload });
  const draft = () =>
    insertInstrumentVersion(get().ctx.db, org, { version: 90 + Math.floor(Math.random() * 1e6) });

  it('answers 401 without a session', async () => {
    const { id } = await draft();
    for (const [method, url] of [
      ['GET', BASE],
      ['GET', `${BASE}/versions/${id}`],
      ['POST', `${BASE}/versions`],
      ['PUT', `${BASE}/versions/${id}`],
      ['POST', `${BASE}/versions/${id}/publish`],
      ['DELETE', `${BASE}/versions/${id}`],
    ] as const) {
      expect((await send(get().app, null, { method, url, payload: { items: [] } })).statusCode, url).toBe(
        401,
      );
    }
  });

  it('lets administrators, facilitators and observers read; only administrators change (403)', async () => {
    const { id } = await draft();
    for (const role of ['participant', 'employee'] as const) {
      const who = (await signedInUser(get().app, get().ctx.db, [role], org)).session;
      expect((await call('GET', BASE, undefined, who)).statusCode, role).toBe(403);
      expect((await call('GET', `${BASE}/versions/${id}`, undefined, who)).statusCode, role).toBe(403);
    }
    for (const role of ['facilitator', 'observer'] as const) {
      const who = (await signedInUser(get().app, get().ctx.db, [role], org)).session;
      const overview = await call('GET', BASE, undefined, who);
      expect(overview.statusCode, role).toBe(200);
      expect(overview.json<InstrumentOverview>().canManage).toBe(false);
      expect((await call('GET', `${BASE}/versions/${id}`, undefined, who)).statusCode).toBe(200);
      expect((await call('POST', `${BASE}/versions`, undefined, who)).statusCode).toBe(403);
      expect((await call('PUT', `${BASE}/versions/${id}`, { items: [] }, who)).statusCode).toBe(403);
      expect((await call('POST', `${BASE}/versions/${id}/publish`, undefined, who)).statusCode).toBe(403);
      expect((await call('DELETE', `${BASE}/versions/${id}`, undefined, who)).statusCode).toBe(403);
    }
    expect((await call('GET', BASE)).json<InstrumentOverview>().canManage).toBe(true);
  });

  it("answers 404 for an unknown version and for another organisation's, which stays untouched", async () => {
    const stranger = await signedInUser(get().app, get().ctx.db);
    const { id } = await draft();
    for (const id_ of [id, crypto.randomUUID()]) {
      const who = stranger.session;
      expect((await call('GET', `${BASE}/versions/${id_}`, undefined, who)).statusCode).toBe(404);
      expect((await call('PUT', `${BASE}/versions/${id_}`, { items: [] }, who)).statusCode).toBe(404);
      expect((await call('POST', `${BASE}/versions/${id_}/publish`, undefined, who)).statusCode).toBe(404);
      expect((await call('DELETE', `${BASE}/versions/${id_}`, undefined, who)).statusCode).toBe(404);
    }
    const theirs = (await call('GET', BASE, undefined, stranger.session)).json<InstrumentOverview>();
    expect(theirs.versions).toEqual([]);
    const mine = (await call('GET', `${BASE}/versions/${id}`)).json();
    expect(mine).toMatchObject({ status: 'draft', ownItemCount: 1 });
    expect((await call('GET', `${BASE}/versions/not-an-id`)).statusCode).toBe(400);
  });

  it('refuses bad statements with 400, naming each field, and saves nothing', async () => {
    const { id } = await draft();
    const put = (items: unknown[]) => call('PUT', `${BASE}/versions/${id}`, { items });
    const item = (dimension: string, extra: object = {}) => ({
      dimension,
      item: { text, reverse: false, ...extra },
    });

    const noEnglish = await put([
      { dimension: 'automation', item: { text: { da: 'Kun dansk', en: ' ' }, reverse: false } },
    ]);
    expect(noEnglish.statusCode).toBe(400);
    expect(noEnglish.json().error.fields).toEqual({ 'items.0.item.text.en': 'Skal udfyldes.' });

    const unknownField = await put([item('automation', { weight: 2 })]);
    expect(Object.keys(unknownField.json().error.fields)).toEqual(['items.0.item.weight']);

    const unknownDimension = await put([item('automation'), item('blockchain')]);
    expect(unknownDimension.statusCode).toBe(400);
    expect(unknownDimension.json().error.fields).toEqual({
      'items.1.dimension': expect.stringContaining('findes ikke'),
    });

    const builtInKey = await put([item('automation', { key: 'automation.tried' })]);
    expect(builtInKey.json().error.fields).toEqual({ 'items.0.item.key': expect.stringContaining('faste') });

    const twice = await put([
      item('automation', { key: 'automation.org-x' }),
      item('data', { key: 'automation.org-x' }),
    ]);
    expect(twice.json().error.fields).toEqual({ 'items.1.item.key': expect.stringContaining('samme nøgle') });

    const fifth = await put(Array.from({ length: 5 }, () => item('automation')));
    expect(fifth.json().error.fields).toEqual({
      'items.4.dimension': expect.stringContaining('højst være 4'),
    });

    const dimensions = INSTRUMENT_V1.dimensions.map((d) => d.key);
    const many = await put(dimensions.flatMap((d) => Array.from({ length: 4 }, () => item(d))).slice(0, 21));
    expect(many.json().error.fields).toEqual({ items: expect.stringContaining('højst være 20') });

    expect((await call('GET', `${BASE}/versions/${id}`)).json().ownItemCount).toBe(1);
  });

  it('keeps an own statement with a key given by the client when it is valid', async () => {
    const { id } = await draft();
    const own = ownItem('automation', 'mine');
    const saved = await call('PUT', `${BASE}/versions/${id}`, { items: [own] });
    expect(saved.statusCode, saved.body).toBe(200);
    const automation = saved.json().dimensions[0];
    expect(automation.items.at(-1)).toEqual({ ...own.item, source: 'organisation' });
  });
});
