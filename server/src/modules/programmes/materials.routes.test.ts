import { beforeAll, expect, it } from 'vitest';
import type {
  MaterialBody,
  ProgrammeVersionRes,
  VersionBodyReq,
  VersionDiffRes,
} from '../../../../core/schemas/programmes.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { uploadPdf } from '../../test/files.js';
import { createProgrammeVersion } from '../../test/programmes.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

/** The version's one module with these materials, as the editor would save it. */
const withMaterials = (v: ProgrammeVersionRes, materials: unknown[]): VersionBodyReq => ({
  name: v.name,
  targetLevels: v.targetLevels,
  revision: v.revision,
  tracks: v.tracks.map((t) => ({
    lineageId: t.lineageId,
    title: t.title,
    description: t.description,
    modules: t.modules.map(({ id: _id, ...m }) => ({ ...m, materials: materials as MaterialBody[] })),
  })),
});

describeEachDialect('module materials: links and uploaded files', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, who = admin) =>
    send(get().app, who, { method, url, payload });
  const draft = async () => {
    const { versionId } = await createProgrammeVersion(get().ctx.db, org);
    return (await call('GET', `/api/programme-versions/${versionId}`)).json<ProgrammeVersionRes>();
  };
  const save = (v: ProgrammeVersionRes, materials: unknown[]) =>
    call('PUT', `/api/programme-versions/${v.id}`, withMaterials(v, materials));

  it('saves a link and a file, shows the file’s name, type and size, and keeps them in a new version', async () => {
    const file = await uploadPdf(get().app, admin, 'Læseliste.pdf');
    const v1 = await draft();
    const saved = await save(v1, [
      { title: 'KL om digital ledelse', url: 'https://www.kl.dk' },
      { title: 'Læseliste', fileId: file.id },
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    const expected = [
      { title: 'KL om digital ledelse', url: 'https://www.kl.dk' },
      {
        title: 'Læseliste',
        fileId: file.id,
        fileName: 'Læseliste.pdf',
        contentType: 'application/pdf',
        sizeBytes: file.sizeBytes,
      },
    ];
    expect(saved.json<ProgrammeVersionRes>().tracks[0]?.modules[0]?.materials).toEqual(expected);
    const read = (await call('GET', `/api/programme-versions/${v1.id}`)).json<ProgrammeVersionRes>();
    expect(read.tracks[0]?.modules[0]?.materials).toEqual(expected);

    expect((await call('POST', `/api/programme-versions/${v1.id}/publish`)).statusCode).toBe(200);
    const v2 = await call('POST', `/api/programme-versions/${v1.id}/versions`, { name: 'Version 2' });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json<ProgrammeVersionRes>().tracks[0]?.modules[0]?.materials).toEqual(expected);
    const unchanged = await call('GET', `/api/programme-versions/${v1.id}/compare/${v2.json().id}`);
    expect(unchanged.json<VersionDiffRes>().counts).toMatchObject({ changed: 0, unchanged: 1 });
  });

  it('shows a file swapped in for a link as a change of materials', async () => {
    const file = await uploadPdf(get().app, admin);
    const v1 = await draft();
    await save(v1, [{ title: 'Guide', url: 'https://example.org/guide.pdf' }]);
    await call('POST', `/api/programme-versions/${v1.id}/publish`);
    const v2 = (await call('POST', `/api/programme-versions/${v1.id}/versions`, { name: 'v2' })).json();
    expect((await save(v2, [{ title: 'Guide', fileId: file.id }])).statusCode).toBe(200);
    const diff = (
      await call('GET', `/api/programme-versions/${v1.id}/compare/${v2.id}`)
    ).json<VersionDiffRes>();
    expect(diff.tracks[0]?.modules[0]).toMatchObject({ change: 'changed', changedFields: ['materials'] });
  });

  it('refuses another organisation’s file or an unknown one on the field, and changes nothing', async () => {
    const stranger = await signedInUser(get().app, get().ctx.db, ['admin']);
    const foreign = await uploadPdf(get().app, stranger.session);
    const v = await draft();
    for (const fileId of [foreign.id, crypto.randomUUID()]) {
      const res = await save(v, [
        { title: 'Link', url: 'https://www.kl.dk' },
        { title: 'Fremmed', fileId },
      ]);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields).toEqual({
        'tracks.0.modules.0.materials.1.fileId': expect.stringContaining('Filen findes ikke'),
      });
    }
    const after = (await call('GET', `/api/programme-versions/${v.id}`)).json<ProgrammeVersionRes>();
    expect(after.revision).toBe(v.revision);
    expect(after.tracks[0]?.modules[0]?.materials).toEqual([]);
  });

  it('names the wrong field of a material, and refuses one that is both or neither', async () => {
    const v = await draft();
    const fieldsOf = async (material: object) => (await save(v, [material])).json().error.fields;
    expect(await fieldsOf({ title: 'Fil', fileId: 'abc' })).toEqual({
      'tracks.0.modules.0.materials.0.fileId': expect.any(String),
    });
    expect(Object.keys(await fieldsOf({ title: 'Link', url: 'javascript:alert(1)' }))).toEqual([
      'tracks.0.modules.0.materials.0.url',
    ]);
    expect(Object.keys(await fieldsOf({ title: '', fileId: crypto.randomUUID() }))).toEqual([
      'tracks.0.modules.0.materials.0.title',
    ]);
    const both = { title: 'Begge', url: 'https://www.kl.dk', fileId: crypto.randomUUID() };
    for (const material of [both, { title: 'Ingen' }]) {
      const res = await save(v, [material]);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});
