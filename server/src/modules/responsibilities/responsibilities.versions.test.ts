import { expect, it } from 'vitest';
import { STARTING_MATRIX } from '../../../../core/responsibilities/starting-matrix.js';
import type {
  MatrixDiff,
  MatrixDocument,
  MatrixOverviewRes,
  MatrixVersionRes,
} from '../../../../core/schemas/responsibilities.js';
import { describeEachDialect } from '../../test/databases.js';
import { createPerson, createUnit, signedInUser } from '../../test/factories.js';
import { insertResponsibilityGroup, matrixDocument } from '../../test/responsibilities.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const BASE = '/api/responsibilities';

describeEachDialect('responsibility matrix: drafts, saves, publishing and diffs', (dialect) => {
  const get = useTestApp(dialect);
  const call = (who: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    send(get().app, who, { method, url, payload });

  async function admin() {
    const a = await signedInUser(get().app, get().ctx.db);
    const newDraft = async () => {
      const res = await call(a.session, 'POST', `${BASE}/versions`);
      expect(res.statusCode, res.body).toBe(201);
      return res.json<MatrixVersionRes>();
    };
    const save = (v: { id: string; revision: number }, document: MatrixDocument) =>
      call(a.session, 'PUT', `${BASE}/versions/${v.id}`, { revision: v.revision, document });
    const publish = (v: { id: string; revision: number }) =>
      call(a.session, 'POST', `${BASE}/versions/${v.id}/publish`, { revision: v.revision });
    return { ...a, newDraft, save, publish, call: call.bind(null, a.session) };
  }

  const audits = async (org: string) =>
    (
      await get()
        .ctx.db.kysely.selectFrom('audit_log')
        .select('action')
        .where('organisation_id', '=', org)
        .where('entity_type', '=', 'responsibility_matrix')
        .execute()
    )
      // The test clock stands still, so entries share a time: compare them as a sorted list.
      .map((r) => r.action)
      .sort();

  it('makes the first draft from the starting matrix, linking unit hints to units of that name (any case, not ended)', async () => {
    const a = await admin();
    const db = get().ctx.db;
    const itd = await createUnit(db, a.organisationId, { name: 'it og DIGITALISERING' });
    const po = await createUnit(db, a.organisationId, { name: 'Personale og Organisation' });
    await db.kysely
      .updateTable('units')
      .set({ ended_at: new Date().toISOString() })
      .where('id', '=', po.id)
      .execute();
    const draft = await a.newDraft();
    expect(draft).toMatchObject({
      version: 1,
      status: 'draft',
      revision: 1,
      canEdit: true,
      publishedAt: null,
    });
    expect(draft.document.tasks).toEqual(STARTING_MATRIX.tasks);
    const membership = (key: string) => draft.document.actors.find((x) => x.key === key)?.membership;
    expect(membership('itd')).toEqual({ kind: 'unit', unitId: itd.id, unitHint: 'IT og Digitalisering' });
    expect(membership('po')).toMatchObject({ kind: 'unit', unitId: null });
    expect(draft.links).toEqual([
      { actorKey: 'po', label: null },
      { actorKey: 'itd', label: 'it og DIGITALISERING' },
      { actorKey: 'med', label: null },
    ]);
    expect(draft.validation.errors).toEqual([]);
    expect(draft.validation.warnings).toEqual(
      expect.arrayContaining([
        { code: 'actor_unlinked', actorKey: 'po' },
        { code: 'actor_unlinked', actorKey: 'med' },
      ]),
    );
    const again = await a.call('POST', `${BASE}/versions`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.reason).toBe('draft_exists');
    expect(await audits(a.organisationId)).toEqual(['responsibility_matrix.created']);
  });

  it('saves the draft whole, refuses a stale save (409 stale_edit) and keeps what was saved', async () => {
    const a = await admin();
    const draft = await a.newDraft();
    const mine = matrixDocument({ tag: 'første' });
    const saved = await a.save(draft, mine);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<MatrixVersionRes>()).toMatchObject({ revision: 2, document: mine, canEdit: true });
    const stale = await a.save(draft, matrixDocument({ tag: 'anden' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', reason: 'stale_edit' });
    const stored = (await a.call('GET', `${BASE}/versions/${draft.id}`)).json<MatrixVersionRes>();
    expect(stored).toMatchObject({ revision: 2, document: mine });
    expect(await audits(a.organisationId)).toEqual([
      'responsibility_matrix.created',
      'responsibility_matrix.saved',
    ]);
  });

  it('refuses to publish a matrix that breaks a rule: 409 matrix_invalid, how many tasks, and what is wrong per task', async () => {
    const a = await admin();
    const draft = await a.newDraft();
    const doc = matrixDocument({ tag: 'x' });
    const [first, second] = doc.tasks as [MatrixDocument['tasks'][number], MatrixDocument['tasks'][number]];
    const broken: MatrixDocument = {
      ...doc,
      tasks: [
        { ...first, title: 'Lave dashboards', cells: { chefer: 'A', ledere: 'A', itd: 'R' } },
        { ...second, title: 'Sikre datakvalitet', cells: { med: 'C' } },
        { ...second, key: 'ok', title: 'I orden', cells: { ledere: 'A', itd: 'R' } },
        { ...second, key: 'no-r', title: 'Uden R', cells: { ledere: 'A' } },
      ],
    };
    const saved = (await a.save(draft, broken)).json<MatrixVersionRes>();
    expect(saved.validation.errors.map((e) => [e.code, e.taskKey])).toEqual([
      ['many_accountable', 'dashboards'],
      ['no_accountable', 'data-quality'],
      ['no_responsible', 'data-quality'],
      ['no_responsible', 'no-r'],
    ]);
    const res = await a.publish(saved);
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error.reason).toBe('matrix_invalid');
    expect(error.message).toContain('3 af opgaverne');
    expect(error.fields).toEqual({
      'document.tasks.0': 'Opgaven "Lave dashboards" skal have præcis én A (har 2).',
      'document.tasks.1':
        'Opgaven "Sikre datakvalitet" mangler både en A og en R. Vælg den ene, der står til ansvar, og mindst én, der udfører opgaven.',
      'document.tasks.3': 'Opgaven "Uden R" mangler en R. Vælg mindst én, der udfører opgaven.',
    });
    await get().ctx.db.kysely.updateTable('users').set({ locale: 'en' }).where('id', '=', a.id).execute();
    const english = await a.publish(saved);
    expect(english.json().error.fields['document.tasks.0']).toBe(
      'The task "Lave dashboards" must have exactly one A (it has 2).',
    );
    expect((await a.call('GET', `${BASE}/versions/${draft.id}`)).json().status).toBe('draft');
    expect(await audits(a.organisationId)).not.toContain('responsibility_matrix.published');
  });

  it('publishes a valid draft read-only; a new draft starts from it; the diff says what changed', async () => {
    const a = await admin();
    const db = get().ctx.db;
    const group = await insertResponsibilityGroup(db, a.organisationId, { name: 'MED-udvalget' });
    const draft = await a.newDraft();
    const v1doc = matrixDocument({ tag: 'v1', groupId: group.id });
    const saved = (await a.save(draft, v1doc)).json<MatrixVersionRes>();
    expect(saved.links).toContainEqual({ actorKey: 'med', label: 'MED-udvalget' });
    expect(saved.validation.warnings).toContainEqual({ code: 'group_empty', actorKey: 'med' });
    const published = await a.publish(saved);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<MatrixVersionRes>()).toMatchObject({ status: 'published', canEdit: false });
    expect(published.json<MatrixVersionRes>().publishedAt).not.toBeNull();

    const v = `${BASE}/versions/${draft.id}`;
    for (const res of [
      await a.save(saved, matrixDocument()),
      await a.call('DELETE', v),
      await a.publish(saved),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.reason).toBe('version_published');
    }
    const diffless = await a.call('GET', `${v}/diff`);
    expect(diffless.statusCode).toBe(404);
    expect(diffless.json().error.reason).toBe('no_earlier_version');

    const next = await a.newDraft();
    expect(next).toMatchObject({ version: 2, revision: 1, document: v1doc });
    const [t0, t1] = v1doc.tasks as [MatrixDocument['tasks'][number], MatrixDocument['tasks'][number]];
    const v2doc: MatrixDocument = {
      ...v1doc,
      actors: [
        ...v1doc.actors.slice(0, 3),
        { key: 'po', name: 'HR', membership: { kind: 'level', level: 'chef' } },
      ],
      tasks: [
        { ...t0, title: 'Dashboards', cells: { chefer: 'A', itd: 'R', ledere: 'R' } },
        { ...t1, cells: { ledere: 'A', po: 'R' } },
      ],
    };
    await a.save(next, v2doc);
    const diff = await a.call('GET', `${BASE}/versions/${next.id}/diff`);
    expect(diff.statusCode, diff.body).toBe(200);
    expect(diff.json<MatrixDiff>()).toEqual({
      from: { id: draft.id, version: 1 },
      to: { id: next.id, version: 2 },
      actors: { added: ['HR'], removed: ['MED v1'], renamed: [] },
      tasks: { added: [], removed: [], renamed: [{ from: 'Lave dashboards v1', to: 'Dashboards' }] },
      cells: [{ task: 'Dashboards', actor: 'Ledere v1', before: 'C', after: 'R' }],
    });
    const backwards = await a.call('GET', `${v}/diff?against=${next.id}`);
    expect(backwards.json<MatrixDiff>()).toMatchObject({ from: { version: 2 }, to: { version: 1 } });

    const overview = (await a.call('GET', BASE)).json<MatrixOverviewRes>();
    expect(overview.published).toMatchObject({ id: draft.id, version: 1, canEdit: false });
    expect(overview.draft).toMatchObject({ id: next.id, version: 2, status: 'draft' });
    expect(overview.versions.map((x) => x.version)).toEqual([2, 1]);
    expect(overview.canManage).toBe(true);
    const employee = await signedInUser(get().app, db, ['employee'], a.organisationId);
    const theirs = (await call(employee.session, 'GET', BASE)).json<MatrixOverviewRes>();
    expect(theirs).toMatchObject({ draft: null, canManage: false });
    expect(theirs.versions.map((x) => x.version)).toEqual([1]);
  });

  it('deletes the draft (204), after which the overview has none and a new one can be made', async () => {
    const a = await admin();
    const draft = await a.newDraft();
    expect((await a.call('DELETE', `${BASE}/versions/${draft.id}`)).statusCode).toBe(204);
    expect((await a.call('GET', `${BASE}/versions/${draft.id}`)).statusCode).toBe(404);
    expect((await a.call('GET', BASE)).json<MatrixOverviewRes>()).toMatchObject({
      published: null,
      draft: null,
      versions: [],
    });
    expect((await a.newDraft()).version).toBe(1);
    expect(await audits(a.organisationId)).toEqual([
      'responsibility_matrix.created',
      'responsibility_matrix.created',
      'responsibility_matrix.deleted',
    ]);
  });

  it('counts a group whose members have all left as empty', async () => {
    const a = await admin();
    const db = get().ctx.db;
    const left = await createPerson(db, a.organisationId, { left: true });
    const group = await insertResponsibilityGroup(db, a.organisationId, { personIds: [left.id] });
    const stays = await insertResponsibilityGroup(db, a.organisationId, {
      personIds: [(await createPerson(db, a.organisationId)).id],
    });
    const draft = await a.newDraft();
    let revision = draft.revision;
    const warned = async (groupId: string) => {
      const saved = (
        await a.save({ id: draft.id, revision }, matrixDocument({ groupId }))
      ).json<MatrixVersionRes>();
      revision = saved.revision;
      return saved.validation.warnings;
    };
    expect(await warned(group.id)).toContainEqual({ code: 'group_empty', actorKey: 'med' });
    expect(await warned(stays.id)).not.toContainEqual({ code: 'group_empty', actorKey: 'med' });
  });
});
