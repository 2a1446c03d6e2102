import { beforeAll, expect, it } from 'vitest';
import type {
  ProgrammeRes,
  ProgrammeVersionRes,
  VersionBodyReq,
  VersionDiffRes,
} from '../../../../core/schemas/programmes.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { createProgrammeVersion } from '../../test/programmes.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

/** A version as the editor sends it back: the same content, lineage kept. */
const bodyOf = (v: ProgrammeVersionRes): VersionBodyReq => ({
  name: v.name,
  targetLevels: v.targetLevels,
  revision: v.revision,
  tracks: v.tracks.map((t) => ({
    lineageId: t.lineageId,
    title: t.title,
    description: t.description,
    modules: t.modules.map(({ id: _id, ...m }) => m),
  })),
});

describeEachDialect('programme design', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, who = admin) =>
    send(get().app, who, { method, url, payload });
  async function fromTemplate(): Promise<{ programme: ProgrammeRes; v1: ProgrammeVersionRes }> {
    const res = await call('POST', '/api/programmes', {
      title: 'Digital ledelse',
      purpose: 'Ledere, der kan lede digitalisering i egen kerneopgave.',
      owners: ['Personale og Organisation', 'IT og Digitalisering'],
      template: 'digital-ledelse-tre-spor',
      versionName: 'Topledelse 2022-23',
    });
    expect(res.statusCode, res.body).toBe(201);
    const programme = res.json<ProgrammeRes>();
    const v1 = (await call('GET', `/api/programme-versions/${programme.versions[0]?.id}`)).json();
    return { programme, v1 };
  }

  it('creates a programme from the template: three tracks, the four focus areas, a draft v1', async () => {
    const { programme, v1 } = await fromTemplate();
    expect(programme.owners).toEqual(['Personale og Organisation', 'IT og Digitalisering']);
    expect(programme.versions).toMatchObject([{ number: 1, status: 'draft', name: 'Topledelse 2022-23' }]);
    expect(v1.tracks.map((t) => t.title)).toEqual([
      'Spor 1: Kompetenceudvikling',
      'Spor 2: Aktionslæring og kobling til praksis',
      'Spor 3: Organisatorisk understøttelse',
    ]);
    const areas = (await call('GET', '/api/focus-areas')).json().items;
    expect(areas.map((a: { name: string }) => a.name)).toEqual([
      'Automatisering',
      'Dataunderstøttelse',
      'Teknologianvendelse',
      'Organisatorisk sammenhængskraft',
    ]);
    const dataSession = v1.tracks[0]?.modules.find((m) => m.title.includes('Dataunderstøttelse'));
    expect(dataSession?.focusAreaIds).toEqual([areas[1].id]);
  });

  it('publishes, refuses to edit the published version, and makes v2 for team leaders with a visible diff', async () => {
    const { programme, v1 } = await fromTemplate();
    const published = await call('POST', `/api/programme-versions/${v1.id}/publish`);
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    const edit = await call('PUT', `/api/programme-versions/${v1.id}`, bodyOf(v1));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.reason).toBe('version_read_only');

    const forked = await call('POST', `/api/programme-versions/${v1.id}/versions`, {
      name: 'Teamledere 2024',
    });
    expect(forked.statusCode, forked.body).toBe(201);
    const v2 = forked.json<ProgrammeVersionRes>();
    expect(v2).toMatchObject({ number: 2, status: 'draft', basedOn: { id: v1.id, number: 1 } });

    // Team leaders: a shorter kick-off, no separate data session, one new module.
    const body = bodyOf(v2);
    body.targetLevels = ['teamleder'];
    const [first] = body.tracks;
    if (!first) throw new Error('no track');
    first.modules = first.modules.filter((m) => !m.title.includes('Dataunderstøttelse'));
    first.modules[0] = { ...(first.modules[0] as (typeof first.modules)[0]), durationMinutes: 120 };
    first.modules.push({
      lineageId: null,
      kind: 'workshop',
      title: 'Workshop: Digitale værktøjer i teamet',
      description: 'Hvilke værktøjer bruger teamet i dag, og hvad kunne hjælpe?',
      durationMinutes: 150,
      objectives: [],
      focusAreaIds: [],
      materials: [{ title: 'Guide', url: 'https://example.org/guide' }],
    });
    const saved = await call('PUT', `/api/programme-versions/${v2.id}`, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().revision).toBe(1);

    const diff = (
      await call('GET', `/api/programme-versions/${v1.id}/compare/${v2.id}`)
    ).json<VersionDiffRes>();
    expect(diff.counts).toMatchObject({ added: 1, removed: 1, changed: 1 });
    expect(diff.changedFields).toEqual(['name', 'targetLevels']);
    const kickoff = diff.tracks[0]?.modules[0];
    expect(kickoff).toMatchObject({ change: 'changed', changedFields: ['durationMinutes'] });

    // v1 is untouched, and the programme lists both.
    expect((await call('GET', `/api/programme-versions/${v1.id}`)).json().tracks).toEqual(v1.tracks);
    const listed = (await call('GET', `/api/programmes/${programme.id}`)).json<ProgrammeRes>();
    expect(listed.versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'published'],
      [2, 'draft'],
    ]);
    const archived = await call('POST', `/api/programme-versions/${v1.id}/archive`);
    expect(archived.json().status).toBe('archived');
    expect((await call('POST', `/api/programme-versions/${v1.id}/archive`)).statusCode).toBe(409);
  });

  it('lets only one of two saves from the same revision win; the other is told to reload', async () => {
    const { v1 } = await fromTemplate();
    const results = await Promise.all(
      ['Første udgave', 'Anden udgave'].map((name) =>
        call('PUT', `/api/programme-versions/${v1.id}`, { ...bodyOf(v1), name }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.reason).toBe('stale_revision');
    expect((await call('GET', `/api/programme-versions/${v1.id}`)).json().revision).toBe(1);
  });

  it('refuses an empty version, bad durations, unknown focus areas and a track title twice, saying where', async () => {
    const { programme } = await (async () => {
      const res = await call('POST', '/api/programmes', {
        title: 'Tomt program',
        purpose: '',
        owners: [],
        template: null,
        versionName: 'Udkast',
      });
      return { programme: res.json<ProgrammeRes>() };
    })();
    const id = programme.versions[0]?.id;
    const empty = await call('POST', `/api/programme-versions/${id}/publish`);
    expect(empty.json().error.reason).toBe('version_empty');
    const module = {
      kind: 'session',
      title: 'Session',
      description: '',
      durationMinutes: 0,
      objectives: [],
      focusAreaIds: [],
      materials: [{ title: 'x', url: 'javascript:alert(1)' }],
    };
    const bad = await call('PUT', `/api/programme-versions/${id}`, {
      name: 'Udkast',
      targetLevels: [],
      revision: 0,
      tracks: [{ title: 'Spor', description: '', modules: [module] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      'tracks.0.modules.0.durationMinutes': expect.stringContaining('1 minut'),
      'tracks.0.modules.0.materials.0.url': expect.stringContaining('https://'),
    });
    const ok = { ...module, durationMinutes: 60, materials: [] };
    const twice = await call('PUT', `/api/programme-versions/${id}`, {
      name: 'Udkast',
      targetLevels: [],
      revision: 0,
      tracks: [
        { title: 'Spor', description: '', modules: [ok] },
        { title: 'spor', description: '', modules: [] },
      ],
    });
    expect(twice.json().error.fields).toEqual({ 'tracks.1.title': expect.stringContaining('samme titel') });
    const unknownArea = await call('PUT', `/api/programme-versions/${id}`, {
      name: 'Udkast',
      targetLevels: [],
      revision: 0,
      tracks: [{ title: 'Spor', description: '', modules: [{ ...ok, focusAreaIds: [crypto.randomUUID()] }] }],
    });
    expect(Object.keys(unknownArea.json().error.fields)).toEqual(['tracks.0.modules.0.focusAreaIds']);
    // A refused save changes nothing.
    expect((await call('GET', `/api/programme-versions/${id}`)).json()).toMatchObject({
      revision: 0,
      tracks: [],
    });
  });

  it('keeps focus areas and programmes inside the organisation, and design to administrators', async () => {
    const { v1 } = await fromTemplate();
    const stranger = await signedInUser(get().app, get().ctx.db);
    expect(
      (await call('GET', `/api/programme-versions/${v1.id}`, undefined, stranger.session)).statusCode,
    ).toBe(404);
    expect((await call('GET', '/api/programmes', undefined, stranger.session)).json().items).toEqual([]);
    const facilitator = await signedInUser(get().app, get().ctx.db, ['facilitator'], org);
    expect(
      (await call('GET', `/api/programme-versions/${v1.id}`, undefined, facilitator.session)).statusCode,
    ).toBe(200);
    expect(
      (await call('POST', `/api/programme-versions/${v1.id}/publish`, undefined, facilitator.session))
        .statusCode,
    ).toBe(403);
    const participant = await signedInUser(get().app, get().ctx.db, ['participant'], org);
    expect((await call('GET', '/api/programmes', undefined, participant.session)).statusCode).toBe(403);
  });

  it('keeps a focus-area catalogue: add, rename, archive; names are unique; colours are checked', async () => {
    const made = await call('POST', '/api/focus-areas', {
      name: 'Borgerkontakt',
      description: 'Digital kontakt med borgerne.',
      colour: '#00585F',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ colour: '#00585f', archived: false });
    const again = await call('POST', '/api/focus-areas', {
      name: 'Borgerkontakt',
      description: '',
      colour: '#000000',
    });
    expect(again.json().error.reason).toBe('name_taken');
    const badColour = await call('POST', '/api/focus-areas', { name: 'X', description: '', colour: 'red' });
    expect(badColour.json().error.fields.colour).toContain('#');
    const archived = await call('PATCH', `/api/focus-areas/${made.json().id}`, { archived: true });
    expect(archived.json()).toMatchObject({ archived: true, name: 'Borgerkontakt' });
    const audit = await get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', made.json().id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['focus_area.created', 'focus_area.updated']);
  });

  // On PostgreSQL the module count must be read under the row lock, or a save that empties the
  // draft meanwhile goes unseen (SQLite runs the two one after the other anyway).
  it('does not publish a draft a concurrent save has just emptied', async () => {
    const db = get().ctx.db;
    const { versionId } = await createProgrammeVersion(db, org);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    // A save that empties the draft, holding the version's row until released.
    const save = db.kysely.transaction().execute(async (trx) => {
      await trx.updateTable('programme_versions').set({ revision: 1 }).where('id', '=', versionId).execute();
      await trx.deleteFrom('programme_modules').where('version_id', '=', versionId).execute();
      await trx.deleteFrom('programme_tracks').where('version_id', '=', versionId).execute();
      locked();
      await held;
    });
    await isLocked;
    const publish = call('POST', `/api/programme-versions/${versionId}/publish`);
    await new Promise((r) => setTimeout(r, 200)); // the publish reads and waits for the row
    release();
    await save;
    const res = await publish;
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.reason).toBe('version_empty');
    const row = await db.kysely
      .selectFrom('programme_versions')
      .select('status')
      .where('id', '=', versionId)
      .executeTakeFirst();
    expect(row?.status).toBe('draft');
  });
});
