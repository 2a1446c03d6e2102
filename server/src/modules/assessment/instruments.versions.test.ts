import { expect, it } from 'vitest';
import {
  INSTRUMENT_V1,
  OrganisationItemsSchema,
  withOrganisationItems,
} from '../../../../core/assessment/instrument.js';
import type {
  InstrumentOverview,
  InstrumentVersionRes,
} from '../../../../core/schemas/assessment-instruments.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';

const BASE = '/api/assessment/instrument';
const STATEMENT = {
  da: 'Jeg spørger borgerne, før vi køber nyt udstyr.',
  en: 'I ask citizens before we buy new equipment.',
};

describeEachDialect('assessment instrument: versions', (dialect) => {
  const get = useTestApp(dialect);
  async function newAdmin() {
    const a = await signedInUser(get().app, get().ctx.db);
    const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      send(get().app, a.session, { method, url, payload });
    return { ...a, call };
  }
  const ownOf = (v: InstrumentVersionRes) =>
    v.dimensions.flatMap((d) =>
      d.items.filter((i) => i.source === 'organisation').map((i) => ({ dimension: d.key, ...i })),
    );

  it('shows the built-in instrument: twelve dimensions, focus areas first, reversed statements, four bands', async () => {
    const { call } = await newAdmin();
    const overview = (await call('GET', BASE)).json<InstrumentOverview>();
    const dims = overview.builtIn.dimensions;
    expect(dims).toHaveLength(12);
    expect(dims.map((d) => d.kind)).toEqual([...Array(4).fill('focus_area'), ...Array(8).fill('advice')]);
    expect(dims[0]?.items.find((i) => i.key === 'automation.not-for-us')).toMatchObject({
      reverse: true,
      source: 'built_in',
    });
    expect(dims.every((d) => d.reflections.length >= 2)).toBe(true);
    expect(overview.bands.map((b) => [b.key, b.from, b.to])).toEqual([
      ['starting', 0, 40],
      ['exploring', 40, 60],
      ['under-way', 60, 80],
      ['leading', 80, 100],
    ]);
    expect(overview).toMatchObject({ versions: [], newRoundsUse: null, canManage: true });
  });

  it('makes a draft, adds statements with keys made on the server, publishes it read-only, and builds on it', async () => {
    const { call, organisationId } = await newAdmin();
    const made = await call('POST', `${BASE}/versions`);
    expect(made.statusCode, made.body).toBe(201);
    const v1 = made.json<InstrumentVersionRes>();
    expect(v1).toMatchObject({
      version: 1,
      status: 'draft',
      ownItemCount: 0,
      baseVersion: INSTRUMENT_V1.version,
    });
    expect((await call('POST', `${BASE}/versions`)).json().error.reason).toBe('draft_exists');

    const items = [
      { dimension: 'automation', item: { text: STATEMENT, reverse: false } },
      { dimension: 'automation', item: { text: STATEMENT, reverse: true } },
      {
        dimension: 'honesty-courage',
        item: { text: { da: 'Æbler, øl & år!', en: 'Apples' }, reverse: false },
      },
    ];
    const saved = await call('PUT', `${BASE}/versions/${v1.id}`, { items });
    expect(saved.statusCode, saved.body).toBe(200);
    const own = ownOf(saved.json());
    expect(own.map((o) => o.key)).toEqual([
      'automation.org-jeg-spoerger-borgerne-foer-vi-koeber-nyt',
      'automation.org-jeg-spoerger-borgerne-foer-vi-koeber-nyt-2',
      'honesty-courage.org-aebler-oel-aar',
    ]);
    expect(own[1]).toMatchObject({ reverse: true, source: 'organisation', text: STATEMENT });
    // Stored as core's OrganisationItems, and valid by core's rules as a round will run it.
    const row = await get()
      .ctx.db.kysely.selectFrom('assessment_instruments')
      .select('own_items')
      .where('id', '=', v1.id)
      .executeTakeFirstOrThrow();
    const stored = OrganisationItemsSchema.parse(JSON.parse(row.own_items));
    expect(withOrganisationItems(INSTRUMENT_V1, stored).dimensions[0]?.items).toHaveLength(6);

    const published = await call('POST', `${BASE}/versions/${v1.id}/publish`);
    expect(published.json()).toMatchObject({
      status: 'published',
      publishedAt: expect.any(String),
      usedByNewRounds: true,
    });
    for (const res of [
      await call('PUT', `${BASE}/versions/${v1.id}`, { items: [] }),
      await call('POST', `${BASE}/versions/${v1.id}/publish`),
      await call('DELETE', `${BASE}/versions/${v1.id}`),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('version_published');
    }
    expect(ownOf((await call('GET', `${BASE}/versions/${v1.id}`)).json())).toHaveLength(3);

    // v2 starts from v1's statements with their keys; an edit keeps the key, a new one gets its own.
    const v2 = (await call('POST', `${BASE}/versions`)).json<InstrumentVersionRes>();
    expect(v2).toMatchObject({ version: 2, status: 'draft', ownItemCount: 3, usedByNewRounds: false });
    const [first] = ownOf(v2);
    const edited = await call('PUT', `${BASE}/versions/${v2.id}`, {
      items: [
        {
          dimension: 'automation',
          item: { key: first?.key, text: { ...STATEMENT, en: 'Reworded' }, reverse: false },
        },
        { dimension: 'data', item: { text: STATEMENT, reverse: false } },
      ],
    });
    expect(ownOf(edited.json()).map((o) => o.key)).toEqual([
      first?.key,
      'data.org-jeg-spoerger-borgerne-foer-vi-koeber-nyt',
    ]);

    let overview = (await call('GET', BASE)).json<InstrumentOverview>();
    expect(overview.versions.map((v) => [v.version, v.status, v.ownItemCount, v.usedByNewRounds])).toEqual([
      [2, 'draft', 2, false],
      [1, 'published', 3, true],
    ]);
    expect(overview.newRoundsUse).toEqual({ id: v1.id, version: 1 });
    // The built-in view never shows the organisation's own statements.
    expect(overview.builtIn.dimensions.flatMap((d) => d.items).every((i) => i.source === 'built_in')).toBe(
      true,
    );

    // Deleting the draft leaves v1 in use; the next draft takes number 2 again.
    expect((await call('DELETE', `${BASE}/versions/${v2.id}`)).statusCode).toBe(204);
    expect((await call('GET', `${BASE}/versions/${v2.id}`)).statusCode).toBe(404);
    const v2b = (await call('POST', `${BASE}/versions`)).json<InstrumentVersionRes>();
    expect(v2b).toMatchObject({ version: 2, ownItemCount: 3 });
    await call('POST', `${BASE}/versions/${v2b.id}/publish`);
    overview = (await call('GET', BASE)).json<InstrumentOverview>();
    expect(overview.newRoundsUse).toEqual({ id: v2b.id, version: 2 });

    const audit = await get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select(['action', 'entity_type', 'changes'])
      .where('organisation_id', '=', organisationId)
      .where('entity_type', '=', 'assessment_instrument')
      .orderBy('created_at')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        ['created', 3],
        ['saved', 2],
        ['published', 2],
        ['deleted', 1],
      ]
        .flatMap(([verb, n]) => Array(n).fill(`assessment_instrument.${verb}`))
        .sort(),
    );
    // The audit log counts statements; it never copies their words.
    expect(audit.map((a) => a.changes ?? '').join(' ')).not.toContain('borgerne');
  });

  it('makes one draft of two made at the same moment', async () => {
    const { call } = await newAdmin();
    const results = await Promise.all([call('POST', `${BASE}/versions`), call('POST', `${BASE}/versions`)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await call('GET', BASE)).json<InstrumentOverview>().versions).toHaveLength(1);
  });

  it('does not let a save overwrite a version published meanwhile', async () => {
    const { call } = await newAdmin();
    const draft = (await call('POST', `${BASE}/versions`)).json<InstrumentVersionRes>();
    const item = { dimension: 'data', item: { text: STATEMENT, reverse: false } };
    const [save, publish] = await Promise.all([
      call('PUT', `${BASE}/versions/${draft.id}`, { items: [item] }),
      call('POST', `${BASE}/versions/${draft.id}/publish`),
    ]);
    expect(publish.statusCode).toBe(200);
    const final = (await call('GET', `${BASE}/versions/${draft.id}`)).json<InstrumentVersionRes>();
    // Nothing changes after publishing: what was published is what stays.
    expect(final.ownItemCount).toBe(publish.json().ownItemCount);
    if (save.statusCode === 200) expect(save.json().status).toBe('draft');
    else expect(save.json().error.reason).toBe('version_published');
  });
});
