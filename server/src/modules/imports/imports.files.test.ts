import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';
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

describeEachDialect('imports: files, problems, mappings and OS2mo', (dialect) => {
  const get = useTestApp(dialect);

  async function admin() {
    const { app, ctx } = get();
    const user = await signedInUser(app, ctx.db);
    await seedFields(ctx.db, user.organisationId);
    return user;
  }

  it('reports every problem with its line, in Danish or English, and refuses to confirm', async () => {
    const { app, ctx } = get();
    const { session, organisationId } = await admin();
    const units = csv(
      UNITS_HEADER,
      'A;Alfa;Forvaltning;C;', // line 2: A → C → B → A
      'B;Beta;Afdeling;A;',
      'C;Gamma;Afdeling;B;',
      'D;Delta;Kontor;X;', // line 5: unknown type, missing parent
      'A;Alfa igen;Team;;', // line 6: duplicate
    );
    const res = await upload(app, session, 'units', units);
    expect(res.statusCode).toBe(201);
    const dry = res.json();
    expect(dry.canConfirm).toBe(false);
    const byLine = dry.problems.map((p: { line: number; code: string }) => `${p.line}:${p.code}`);
    expect(byLine).toEqual(
      expect.arrayContaining([
        '2:circular_parent',
        '3:circular_parent',
        '4:circular_parent',
        '5:unknown_kind',
        '5:parent_missing',
        '6:duplicate_id',
      ]),
    );
    const parentMissing = dry.problems.find((p: { code: string }) => p.code === 'parent_missing');
    expect(parentMissing).toMatchObject({ column: 'Overordnet enheds-id' });
    expect(parentMissing.message).toBe(
      'Den overordnede enhed "X" findes hverken i filen eller i organisationen.',
    );
    const refused = await confirm(app, session, dry.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.reason).toBe('import_has_problems');
    expect(await unitsOf(ctx.db, organisationId)).toEqual([]);

    await importFile(app, session, 'units', csv(UNITS_HEADER, 'K;Kommunen;Direktion;;'));
    const people = csv(
      PEOPLE_HEADER,
      '1;Ann;ann@;;K;;',
      '2;Bo;bo@kommune.dk;;K;Konge;',
      '3;Cy;;;K;;Rumfart',
      '4;Di;;;Z;;',
    );
    await send(app, session, { method: 'PUT', url: '/api/me/locale', payload: { locale: 'en' } });
    const problems = (await upload(app, session, 'people', people)).json().problems;
    expect(problems.map((p: { line: number; code: string }) => `${p.line}:${p.code}`)).toEqual([
      '2:invalid_email',
      '3:unknown_level',
      '4:unknown_field',
      '5:unit_missing',
    ]);
    expect(problems[0].message).toBe('"ann@" is not a valid e-mail address.');
    expect(problems[1].message).toContain('direktør, chef, leder, teamleder, medarbejder');
    expect(problems[2].message).toContain('Skole, Dagtilbud');
    expect(await personsOf(ctx.db, organisationId)).toEqual([]);
  });

  it('refuses an empty file, UTF-16 and binary data with a clear message (400)', async () => {
    const { app } = get();
    const { session } = await admin();
    const empty = await upload(app, session, 'units', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'validation_failed', reason: 'import_empty_file' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${UNITS_HEADER}\r\n`, 'utf16le')]);
    const refused = await upload(app, session, 'units', utf16, { contentType: 'application/octet-stream' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.reason).toBe('import_unknown_encoding');
    expect(refused.json().error.message).toMatch(/CSV UTF-8/);
    const quote = await upload(app, session, 'units', csv(UNITS_HEADER, 'A;"Åben;Team;;'));
    expect(quote.json().error).toMatchObject({ reason: 'import_unclosed_quote' });
    expect(quote.json().error.message).toMatch(/^Linje 2/);
  });

  it('answers 413 in the shared shape for a 50 MB file, naming the 20 MB limit', async () => {
    const { app } = get();
    const { session } = await admin();
    const res = await upload(app, session, 'units', Buffer.alloc(50 * 1024 * 1024, 'a'));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'payload_too_large' });
    expect(res.json().error.message).toContain('20 MB');
    // Other routes keep their 1 MB JSON limit.
    const big = await send(app, session, {
      method: 'POST',
      url: '/api/import-mappings',
      payload: JSON.stringify({ kind: 'units', name: 'x'.repeat(2 * 1024 * 1024), mapping: {} }),
      headers: { 'content-type': 'application/json' },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toContain('1 MB');
  });

  it('suggests a column mapping, takes an explicit one, and saves it for next month', async () => {
    const { app, ctx } = get();
    const { session, organisationId } = await admin();
    await importFile(app, session, 'units', csv(UNITS_HEADER, 'K;Kommunen;Direktion;;'));
    const hr = csv('Lønnr,Fulde navn,EMAIL,Afdeling,Noter', '77,Åge Ødegård,aage@kommune.dk,K,x');
    const first = (await upload(app, session, 'people', hr)).json();
    expect(first.file).toMatchObject({
      separator: ',',
      columns: ['Lønnr', 'Fulde navn', 'EMAIL', 'Afdeling', 'Noter'],
      suggestedMapping: { Lønnr: null, 'Fulde navn': null, EMAIL: 'email', Afdeling: null, Noter: null },
      missingFields: ['externalId', 'name'],
    });
    expect(first.problems.map((p: { code: string }) => p.code)).toEqual(['missing_column', 'missing_column']);

    const mapping = {
      Lønnr: 'externalId',
      'Fulde navn': 'name',
      EMAIL: 'email',
      Afdeling: 'unitExternalId',
      Noter: null,
    };
    const second = (await upload(app, session, 'people', hr, { mapping })).json();
    expect(second.canConfirm).toBe(true);
    expect(second.people.created[0]).toMatchObject({ line: 2, externalId: '77', name: 'Åge Ødegård' });

    const saved = await send(app, session, {
      method: 'POST',
      url: '/api/import-mappings',
      payload: { kind: 'people', name: 'Lønsystemet', mapping },
    });
    expect(saved.statusCode).toBe(200);
    const list = await send(app, session, { method: 'GET', url: '/api/import-mappings?kind=people' });
    expect(list.json().items).toEqual([expect.objectContaining({ name: 'Lønsystemet', mapping })]);
    expect(await auditOf(ctx.db, organisationId, 'import_mapping.saved')).toHaveLength(1);

    const reused = (await upload(app, session, 'people', hr, { mappingId: saved.json().id })).json();
    expect(reused.file.mapping).toEqual(mapping);
    expect((await confirm(app, session, reused.id)).statusCode).toBe(200);
    expect((await personsOf(ctx.db, organisationId))[0]).toMatchObject({
      external_id: '77',
      name: 'Åge Ødegård',
    });

    const badField = await upload(app, session, 'people', hr, { mapping: { Lønnr: 'salary' } });
    expect(badField.statusCode).toBe(400);
  });

  it('imports OS2mo JSON: units with kinds, ended units, engagements and managers', async () => {
    const { app, ctx } = get();
    const { session, organisationId } = await admin();
    const dry = (await upload(app, session, 'os2mo', docFile('os2mo-eksempel.json'))).json();
    expect(dry.problems).toEqual([]);
    expect(dry.counts).toMatchObject({ units: { created: 4 }, people: { created: 3 } });
    expect((await confirm(app, session, dry.id)).statusCode).toBe(200);
    const units = new Map((await unitsOf(ctx.db, organisationId)).map((u) => [u.name, u]));
    const people = new Map((await personsOf(ctx.db, organisationId)).map((p) => [p.name, p]));
    expect(units.get('Kolding Kommune')).toMatchObject({
      kind: 'direktion',
      parent_id: null,
      ended_at: null,
    });
    expect(units.get('Børn og Unge')).toMatchObject({
      kind: 'forvaltning',
      manager_person_id: people.get('Åse Østergård')?.id,
    });
    expect(units.get('Østerå Skole')).toMatchObject({
      kind: 'institution',
      manager_person_id: people.get('Jens Hansen')?.id,
    });
    expect(units.get('Gamle Skolekontor')?.ended_at).not.toBeNull();
    expect(people.get('Åse Østergård')).toMatchObject({
      level: 'chef',
      email: 'aase@kolding.dk',
      job_title: 'Direktør',
    });
    expect(people.get('Jens Hansen')?.level).toBe('leder');
    expect(people.get('Bjørn Ågård')).toMatchObject({
      level: 'medarbejder',
      unit_id: units.get('Østerå Skole')?.id,
    });

    // The same file again changes nothing.
    const again = (await upload(app, session, 'os2mo', docFile('os2mo-eksempel.json'))).json();
    expect(again.counts.units).toMatchObject({ created: 0, changed: 0, moved: 0, ended: 0, unchanged: 4 });
    expect(again.counts.people).toMatchObject({ created: 0, changed: 0, left: 0, unchanged: 3 });

    const notOs2mo = await upload(app, session, 'os2mo', JSON.stringify({ hello: 1 }));
    expect(notOs2mo.json().error.reason).toBe('import_not_os2mo');
    const broken = await upload(app, session, 'os2mo', '{"org_units": [');
    expect(broken.json().error.reason).toBe('import_invalid_json');
  });
});
