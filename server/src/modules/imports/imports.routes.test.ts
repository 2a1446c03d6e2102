import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';
import { organisationFingerprint } from './imports.repository.js';
import {
  auditOf,
  confirm,
  csv,
  docFile,
  importFile,
  PEOPLE_HEADER,
  personsOf,
  seedFields,
  UNITS_HEADER,
  unitsOf,
  upload,
} from './imports.test-helpers.js';

describeEachDialect('imports API', (dialect) => {
  const get = useTestApp(dialect);

  async function admin() {
    const { app, ctx } = get();
    const user = await signedInUser(app, ctx.db);
    await seedFields(ctx.db, user.organisationId);
    return user;
  }

  describe('access', () => {
    it('requires a session (401) and the admin role (403)', async () => {
      const { app, ctx } = get();
      expect((await upload(app, null, 'units', docFile('enheder-eksempel.csv'))).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/imports' })).statusCode).toBe(401);
      const { session } = await signedInUser(app, ctx.db, ['facilitator', 'observer', 'employee']);
      const res = await upload(app, session, 'units', docFile('enheder-eksempel.csv'));
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
      expect((await send(app, session, { method: 'GET', url: '/api/import-mappings' })).statusCode).toBe(403);
    });

    it('answers 404 for another organisation’s batch and 400 for a malformed id or kind', async () => {
      const { app } = get();
      const owner = await admin();
      const stranger = await admin();
      const batch = (await upload(app, owner.session, 'units', docFile('enheder-eksempel.csv'))).json();
      expect(
        (await send(app, stranger.session, { method: 'GET', url: `/api/imports/${batch.id}` })).statusCode,
      ).toBe(404);
      const foreign = await confirm(app, stranger.session, batch.id);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().error.code).toBe('not_found');
      expect((await unitsOf(get().ctx.db, owner.organisationId)).length).toBe(0);
      expect((await send(app, owner.session, { method: 'GET', url: '/api/imports/123' })).statusCode).toBe(
        400,
      );
      const badKind = await upload(app, owner.session, 'employees', 'x');
      expect(badKind.statusCode).toBe(400);
      expect(badKind.json().error.fields.kind).toBeDefined();
    });
  });

  it('shows a dry run, writes nothing until confirmed, then creates units and people with Danish letters', async () => {
    const { app, ctx } = get();
    const { session, organisationId } = await admin();
    const preview = await upload(app, session, 'units', docFile('enheder-eksempel-windows-1252.csv'));
    expect(preview.statusCode).toBe(201);
    const dry = preview.json();
    expect(dry).toMatchObject({
      status: 'previewed',
      canConfirm: true,
      file: { encoding: 'windows-1252', separator: ';', missingFields: [] },
      counts: { units: { created: 7, changed: 0, moved: 0, ended: 0 }, problems: 0 },
    });
    expect(dry.units.created.map((c: { name: string }) => c.name)).toContain('Plejecenter Åbakken; Nord');
    expect(await unitsOf(ctx.db, organisationId)).toEqual([]);

    const applied = await confirm(app, session, dry.id);
    expect(applied.statusCode).toBe(200);
    expect(applied.json().status).toBe('applied');
    const units = await unitsOf(ctx.db, organisationId);
    const byExt = new Map(units.map((u) => [u.external_id, u]));
    expect(byExt.get('ÆS-P')).toMatchObject({ name: 'Plejecenter Åbakken; Nord', kind: 'institution' });
    expect(byExt.get('ÆS')?.kind).toBe('forvaltning');
    expect(byExt.get('SK-Ø')?.parent_id).toBe(byExt.get('SK')?.id);
    expect(byExt.get('K')?.parent_id).toBeNull();

    await importFile(app, session, 'people', docFile('personer-eksempel.csv'));
    const people = await personsOf(ctx.db, organisationId);
    expect(people).toHaveLength(6);
    const jens = people.find((p) => p.external_id === '1003')!;
    expect(jens).toMatchObject({
      name: 'Hansen; Jens',
      job_title: 'Skoleleder, "Østerå"',
      level: 'leder',
      unit_id: byExt.get('SK-Ø')?.id,
      search_text: 'hansen; jens jens.hansen@kommune.dk',
    });
    const oelse = people.find((p) => p.external_id === '1006')!;
    expect(oelse).toMatchObject({
      job_title: 'Social- og sundhedsassistent,\r\nnattevagt',
      level: 'medarbejder',
    });
    expect(oelse.field_id).not.toBeNull();

    const previewed = await auditOf(ctx.db, organisationId, 'import.previewed');
    expect(previewed).toHaveLength(2);
    const appliedAudit = await auditOf(ctx.db, organisationId, 'import.applied');
    expect(appliedAudit.find((a) => a.entity_id === dry.id)).toMatchObject({ entity_type: 'import' });
    expect(JSON.parse(appliedAudit.find((a) => a.entity_id === dry.id)!.changes!).units.created).toBe(7);

    const again = await confirm(app, session, dry.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.reason).toBe('import_already_applied');
  });

  it('reads the UTF-8 BOM and Windows-1252 examples alike', async () => {
    const { app } = get();
    const { session } = await admin();
    const a = (await upload(app, session, 'units', docFile('enheder-eksempel.csv'))).json();
    const b = (await upload(app, session, 'units', docFile('enheder-eksempel-windows-1252.csv'))).json();
    expect(a.file.encoding).toBe('utf-8-bom');
    expect(a.units.created.map((c: { name: string }) => c.name)).toEqual(
      b.units.created.map((c: { name: string }) => c.name),
    );
  });

  it('updates, moves, marks as left only within the covered units, and brings people back', async () => {
    const { app, ctx } = get();
    const { session, organisationId } = await admin();
    await importFile(app, session, 'units', docFile('enheder-eksempel.csv'));
    await importFile(app, session, 'people', docFile('personer-eksempel.csv'));

    // Next month: only the Ældre og Sundhed area. Mette moves to the team, Ølse is gone, Ny is new.
    const next = csv(
      PEOPLE_HEADER,
      '1005;Mette Blå;mette.blaa@kommune.dk;Teamleder;ÆS-P-T1;Teamleder;Ældre og sundhed',
      '1007;Ny Nielsen;ny@kommune.dk;Sygeplejerske;ÆS-P;;Ældre og sundhed',
    );
    const dry = (await upload(app, session, 'people', next)).json();
    expect(dry.counts.people).toMatchObject({ created: 1, moved: 1, left: 1, changed: 0, returned: 0 });
    expect(dry.people.left.map((c: { externalId: string }) => c.externalId)).toEqual(['1006']);
    expect(dry.people.moved[0].fields).toEqual(
      expect.arrayContaining([
        { field: 'unit', from: 'Plejecenter Åbakken; Nord (ÆS-P)', to: 'Team Ærø (ÆS-P-T1)' },
        { field: 'level', from: 'leder', to: 'teamleder' },
      ]),
    );
    expect((await confirm(app, session, dry.id)).statusCode).toBe(200);
    let people = new Map((await personsOf(ctx.db, organisationId)).map((p) => [p.external_id, p]));
    expect(people.get('1006')?.left_at).not.toBeNull();
    expect(people.get('1001')?.left_at).toBeNull(); // another area: untouched
    expect(people.get('1004')?.left_at).toBeNull();
    expect(people.get('1005')?.job_title).toBe('Teamleder');

    // Ølse comes back.
    const back = csv(PEOPLE_HEADER, '1006;Ølse Æbelø;olse@kommune.dk;SSA;ÆS-P-T1;;');
    const returned = (await upload(app, session, 'people', back)).json();
    expect(returned.counts.people).toMatchObject({ returned: 1, left: 1 }); // Mette, the other one in ÆS-P-T1
    expect((await confirm(app, session, returned.id)).statusCode).toBe(200);
    people = new Map((await personsOf(ctx.db, organisationId)).map((p) => [p.external_id, p]));
    expect(people.get('1006')?.left_at).toBeNull();
    expect(people.get('1005')?.left_at).not.toBeNull();
    expect(people.get('1007')?.left_at).toBeNull(); // ÆS-P is above the file's unit: not covered
    expect(people.size).toBe(7); // never deleted
  });

  it('with fullExtract=false marks nobody as left and ends no unit; the default does', async () => {
    const { app, ctx } = get();
    const { session, organisationId } = await admin();
    await importFile(app, session, 'units', docFile('enheder-eksempel.csv'));
    await importFile(app, session, 'people', docFile('personer-eksempel.csv'));
    // Two new hires in Team Ærø, where Ølse already works: a partial file.
    const hires = csv(
      PEOPLE_HEADER,
      '3001;Ny Hansen;ny.hansen@kommune.dk;SSA;ÆS-P-T1;;Ældre og sundhed',
      '3002;Ny Jensen;;SSH;ÆS-P-T1;;',
    );

    const full = (await upload(app, session, 'people', hires)).json();
    expect(full.file.fullExtract).toBe(true);
    expect(full.counts.people).toMatchObject({ created: 2, left: 1 });
    expect(full.people.left.map((c: { externalId: string }) => c.externalId)).toEqual(['1006']);

    const partial = (await upload(app, session, 'people', hires, { fullExtract: false })).json();
    expect(partial.file.fullExtract).toBe(false);
    expect(partial.counts.people).toMatchObject({ created: 2, left: 0 });
    expect(partial.people.left).toEqual([]);
    expect(
      (await send(app, session, { method: 'GET', url: `/api/imports/${partial.id}` })).json().file,
    ).toMatchObject({
      fullExtract: false,
    });
    expect((await confirm(app, session, partial.id)).statusCode).toBe(200);
    const people = await personsOf(ctx.db, organisationId);
    expect(people.filter((p) => p.left_at !== null)).toEqual([]);
    expect(people.map((p) => p.external_id)).toEqual(expect.arrayContaining(['3001', '3002', '1006']));

    // Units: a partial file ends nothing below its units either.
    const units = csv(UNITS_HEADER, 'ÆS;Ældre og Sundhed;Forvaltning;K;');
    const unitsFull = (await upload(app, session, 'units', units)).json();
    expect(unitsFull.counts.units.ended).toBeGreaterThan(0);
    const unitsPartial = (await upload(app, session, 'units', units, { fullExtract: false })).json();
    expect(unitsPartial.counts.units.ended).toBe(0);

    const bad = await upload(app, session, 'people', hires, { query: { fullExtract: 'maybe' } });
    expect(bad.statusCode).toBe(400);
  });

  it('moves and ends units below the units of the file, leaving other areas alone', async () => {
    const { app, ctx } = get();
    const { session, organisationId } = await admin();
    await importFile(app, session, 'units', docFile('enheder-eksempel.csv'));
    const next = csv(UNITS_HEADER, 'ÆS;Ældre og Sundhed;Forvaltning;K;', 'ÆS-P-T1;Team Ærø;Team;ÆS;');
    const dry = (await upload(app, session, 'units', next)).json();
    expect(dry.counts.units).toMatchObject({ moved: 1, ended: 1, unchanged: 1, created: 0 });
    expect(dry.units.ended.map((c: { externalId: string }) => c.externalId)).toEqual(['ÆS-P']);
    expect(dry.units.moved[0].fields).toEqual([
      { field: 'parent', from: 'Plejecenter Åbakken; Nord (ÆS-P)', to: 'Ældre og Sundhed (ÆS)' },
    ]);
    await confirm(app, session, dry.id);
    const units = new Map((await unitsOf(ctx.db, organisationId)).map((u) => [u.external_id, u]));
    expect(units.get('ÆS-P')?.ended_at).not.toBeNull();
    expect(units.get('SK')?.ended_at).toBeNull();
    expect(units.get('ÆS-P-T1')?.parent_id).toBe(units.get('ÆS')?.id);
  });

  it('writes all or nothing: an external id taken after the dry run stops the confirm midway', async () => {
    const { app, ctx } = get();
    const { session, organisationId } = await admin();
    await importFile(app, session, 'units', docFile('enheder-eksempel.csv'));
    const file = csv(PEOPLE_HEADER, '2001;Først;;;K;;', '2002;Anden;;;BU;;');
    const dry = (await upload(app, session, 'people', file)).json();
    expect(dry.counts.people.created).toBe(2);
    const now = new Date().toISOString();
    await ctx.db.kysely
      .insertInto('persons')
      .values({
        id: crypto.randomUUID(),
        organisation_id: organisationId,
        external_id: '2002',
        name: 'Oprettet i mellemtiden',
        email: null,
        search_text: 'oprettet i mellemtiden',
        job_title: null,
        unit_id: null,
        level: 'medarbejder',
        field_id: null,
        user_id: null,
        left_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    // The fingerprint would catch this change before any write; pretend it did not (as for a change
    // it cannot see) to prove that the per-row checks roll back what was already written.
    const batch = await ctx.db.kysely
      .selectFrom('import_batches')
      .select('plan')
      .where('id', '=', dry.id)
      .executeTakeFirstOrThrow();
    const plan = {
      ...JSON.parse(batch.plan),
      fingerprint: await organisationFingerprint(ctx.db.kysely, organisationId),
    };
    await ctx.db.kysely
      .updateTable('import_batches')
      .set({ plan: JSON.stringify(plan) })
      .where('id', '=', dry.id)
      .execute();
    const res = await confirm(app, session, dry.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.reason).toBe('import_stale');
    expect(res.json().error.message).toContain('2002');
    const people = await personsOf(ctx.db, organisationId);
    expect(people.map((p) => p.external_id)).toEqual(['2002']); // 2001 was written first, then rolled back
    expect((await send(app, session, { method: 'GET', url: `/api/imports/${dry.id}` })).json().status).toBe(
      'previewed',
    );
    expect(await auditOf(ctx.db, organisationId, 'import.applied')).toHaveLength(1); // the units import only
  });

  it('refuses a preview older than 24 hours (410)', async () => {
    const { app, ctx } = get();
    const { session } = await admin();
    const dry = (await upload(app, session, 'units', docFile('enheder-eksempel.csv'))).json();
    const dayAndHourAgo = new Date(Date.parse(dry.createdAt) - 25 * 3600_000).toISOString();
    await ctx.db.kysely
      .updateTable('import_batches')
      .set({ created_at: dayAndHourAgo })
      .where('id', '=', dry.id)
      .execute();
    const res = await confirm(app, session, dry.id);
    expect(res.statusCode).toBe(410);
    expect(res.json().error.reason).toBe('import_expired');
  });
});
