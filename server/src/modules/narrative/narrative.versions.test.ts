import { expect, it } from 'vitest';
import type {
  NarrativeDiff,
  NarrativeReadingRes,
  NarrativeVersionRes,
} from '../../../../core/schemas/narrative.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { narrativeDocument, narrativePart } from '../../test/narrative.js';
import { createFocusArea } from '../../test/programmes.js';
import { send, useTestApp } from '../../test/test-app.js';

const BASE = '/api/narrative';
const VERSIONS = `${BASE}/versions`;

describeEachDialect('base narrative: versions', (dialect) => {
  const get = useTestApp(dialect);
  async function newAdmin() {
    const a = await signedInUser(get().app, get().ctx.db);
    const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      send(get().app, a.session, { method, url, payload });
    const reader = (await signedInUser(get().app, get().ctx.db, ['participant'], a.organisationId)).session;
    const read = (url = BASE) => send(get().app, reader, { method: 'GET', url });
    return { ...a, call, read };
  }

  it('makes a first draft, saves it, refuses an empty one, publishes it read-only and builds on it', async () => {
    const { call, read, organisationId } = await newAdmin();
    expect((await read()).json<NarrativeReadingRes>()).toMatchObject({ published: null, versions: [] });

    const made = await call('POST', VERSIONS);
    expect(made.statusCode, made.body).toBe(201);
    const v1 = made.json<NarrativeVersionRes>();
    expect(v1).toMatchObject({
      version: 1,
      status: 'draft',
      revision: 1,
      canEdit: true,
      publishedAt: null,
      document: { title: 'Vores digitale fortælling', parts: [] },
    });
    const again = await call('POST', VERSIONS);
    expect([again.statusCode, again.json().error.reason]).toEqual([409, 'draft_exists']);

    const empty = await call('POST', `${VERSIONS}/${v1.id}/publish`, { revision: 1 });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error).toMatchObject({ code: 'conflict', reason: 'narrative_empty' });
    expect(empty.json().error.message).toContain('mindst ét afsnit');

    const area = await createFocusArea(get().ctx.db, organisationId, 'Automatisering');
    const parts = [
      narrativePart('borgeren', { focusAreaIds: [area.id] }),
      narrativePart('tid', { principles: [] }),
    ];
    const saved = await call('PUT', `${VERSIONS}/${v1.id}`, {
      revision: 1,
      document: narrativeDocument(parts, '  Vores fortælling  '),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<NarrativeVersionRes>()).toMatchObject({
      revision: 2,
      document: { title: 'Vores fortælling', parts },
    });
    // The editor still holding revision 1 is told someone saved meanwhile; nothing is lost.
    const stale = await call('PUT', `${VERSIONS}/${v1.id}`, { revision: 1, document: narrativeDocument([]) });
    expect([stale.statusCode, stale.json().error.reason]).toEqual([409, 'stale_edit']);
    expect((await call('GET', `${VERSIONS}/${v1.id}`)).json().document.parts).toHaveLength(2);
    // A draft is not read by anybody but administrators until it is published.
    expect((await read()).json<NarrativeReadingRes>().published).toBeNull();

    const published = await call('POST', `${VERSIONS}/${v1.id}/publish`, { revision: 2 });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'published',
      canEdit: false,
      publishedAt: expect.any(String),
    });
    for (const res of [
      await call('PUT', `${VERSIONS}/${v1.id}`, { revision: 2, document: narrativeDocument([]) }),
      await call('POST', `${VERSIONS}/${v1.id}/publish`, { revision: 2 }),
      await call('DELETE', `${VERSIONS}/${v1.id}`),
    ]) {
      expect([res.statusCode, res.json().error.reason]).toEqual([409, 'version_published']);
    }
    const reading = (await read()).json<NarrativeReadingRes>();
    expect(reading.published).toMatchObject({ id: v1.id, canEdit: false, document: { parts } });
    expect(reading.focusAreas).toEqual([{ id: area.id, name: 'Automatisering' }]);

    // Version 2 starts from version 1; readers keep reading 1 until 2 is published.
    const v2 = (await call('POST', VERSIONS)).json<NarrativeVersionRes>();
    expect(v2).toMatchObject({ version: 2, revision: 1, document: { title: 'Vores fortælling', parts } });
    const admin = (await call('GET', BASE)).json<NarrativeReadingRes>();
    expect(admin.draft).toMatchObject({ id: v2.id, status: 'draft' });
    expect(admin.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    const forReader = (await read()).json<NarrativeReadingRes>();
    expect(forReader.draft).toBeNull();
    expect(forReader.versions.map((v) => v.version)).toEqual([1]);
    expect(forReader.published?.id).toBe(v1.id);
    expect((await read(`${VERSIONS}/${v2.id}`)).statusCode).toBe(404);
    expect((await read(`${VERSIONS}/${v1.id}`)).json().document.parts).toHaveLength(2);

    // Deleting the draft leaves version 1; the next draft takes number 2 again.
    expect((await call('DELETE', `${VERSIONS}/${v2.id}`)).statusCode).toBe(204);
    expect((await call('GET', `${VERSIONS}/${v2.id}`)).statusCode).toBe(404);
    expect((await call('POST', VERSIONS)).json().version).toBe(2);

    const audit = await get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('organisation_id', '=', organisationId)
      .where('entity_type', '=', 'narrative')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'narrative.created',
        'narrative.created',
        'narrative.created',
        'narrative.deleted',
        'narrative.published',
        'narrative.saved',
      ].sort(),
    );
    // Counts only: the audit log never copies the narrative's words.
    expect(audit.map((a) => a.changes ?? '').join(' ')).not.toContain('borgerne');
  });

  it('shows what changed by part, against the version before or a chosen one', async () => {
    const { call, read } = await newAdmin();
    const first = [narrativePart('a'), narrativePart('b'), narrativePart('c')];
    const publish = async (parts: typeof first, title?: string) => {
      const draft = (await call('POST', VERSIONS)).json<NarrativeVersionRes>();
      await call('PUT', `${VERSIONS}/${draft.id}`, {
        revision: 1,
        document: narrativeDocument(parts, title),
      });
      const res = await call('POST', `${VERSIONS}/${draft.id}/publish`, { revision: 2 });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<NarrativeVersionRes>();
    };
    const v1 = await publish(first);
    // Nothing to compare with (as for the matrix): 404 with a reason, not a fault in `against`.
    const noEarlier = await call('GET', `${VERSIONS}/${v1.id}/diff`);
    expect(noEarlier.statusCode).toBe(404);
    expect(noEarlier.json().error).toMatchObject({
      code: 'not_found',
      reason: 'no_earlier_version',
      message: 'Der er ingen tidligere version at sammenligne med. Vælg en anden version.',
    });
    expect(noEarlier.json().error.fields).toBeUndefined();

    const edited = narrativePart('b', { headline: 'Ny overskrift', body: 'Ny tekst til alle.' });
    const v2 = await publish([first[0]!, edited, narrativePart('d')]);
    const v3 = await publish([edited, first[0]!, narrativePart('d')], 'Ny titel');

    const diff = (await call('GET', `${VERSIONS}/${v2.id}/diff`)).json<NarrativeDiff>();
    expect(diff).toEqual({
      from: { id: v1.id, version: 1 },
      to: { id: v2.id, version: 2 },
      added: [narrativePart('d').headline],
      removed: [narrativePart('c').headline],
      changed: [{ headline: 'Ny overskrift', fields: ['headline', 'body'] }],
      moved: false,
      titleChanged: false,
    });
    const latest = (await call('GET', `${VERSIONS}/${v3.id}/diff`)).json<NarrativeDiff>();
    expect(latest).toMatchObject({ from: { version: 2 }, moved: true, titleChanged: true, changed: [] });
    const chosen = (await call('GET', `${VERSIONS}/${v3.id}/diff?against=${v1.id}`)).json<NarrativeDiff>();
    expect(chosen.from).toEqual({ id: v1.id, version: 1 });
    // Comparing is for the people who write the narrative.
    expect((await read(`${VERSIONS}/${v3.id}/diff`)).statusCode).toBe(403);
  });

  it('publishes only the revision the editor shows: an older one is 409 stale_edit and nothing is published', async () => {
    const { call, read } = await newAdmin();
    const draft = (await call('POST', VERSIONS)).json<NarrativeVersionRes>();
    const mine = narrativeDocument([narrativePart('mit')]);
    expect((await call('PUT', `${VERSIONS}/${draft.id}`, { revision: 1, document: mine })).statusCode).toBe(
      200,
    );
    const theirs = narrativeDocument([narrativePart('mit'), narrativePart('kollegas')]);
    expect((await call('PUT', `${VERSIONS}/${draft.id}`, { revision: 2, document: theirs })).statusCode).toBe(
      200,
    );
    // The editor still shows revision 2: publishing it would put out the colleague's part unseen.
    const stale = await call('POST', `${VERSIONS}/${draft.id}/publish`, { revision: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', reason: 'stale_edit' });
    expect((await call('GET', `${VERSIONS}/${draft.id}`)).json()).toMatchObject({
      status: 'draft',
      revision: 3,
      publishedAt: null,
    });
    expect((await read()).json<NarrativeReadingRes>().published).toBeNull();

    const done = await call('POST', `${VERSIONS}/${draft.id}/publish`, { revision: 3 });
    expect(done.statusCode, done.body).toBe(200);
    expect((await read()).json<NarrativeReadingRes>().published?.document).toEqual(theirs);
  });

  it('makes one draft of two made at the same moment', async () => {
    const { call } = await newAdmin();
    const results = await Promise.all([call('POST', VERSIONS), call('POST', VERSIONS)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await call('GET', BASE)).json<NarrativeReadingRes>().versions).toHaveLength(1);
  });
});
