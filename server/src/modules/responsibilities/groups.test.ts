import { expect, it } from 'vitest';
import type { MatrixVersionRes, ResponsibilityGroupRes } from '../../../../core/schemas/responsibilities.js';
import { describeEachDialect } from '../../test/databases.js';
import { createPerson, signedInUser } from '../../test/factories.js';
import { insertMatrixVersion, matrixDocument } from '../../test/responsibilities.js';
import { send, useTestApp } from '../../test/test-app.js';

const GROUPS = '/api/responsibilities/groups';

describeEachDialect('responsibility matrix: named groups', (dialect) => {
  const get = useTestApp(dialect);

  async function admin() {
    const a = await signedInUser(get().app, get().ctx.db);
    const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      send(get().app, a.session, { method, url, payload });
    const person = (name: string) => createPerson(get().ctx.db, a.organisationId, { name });
    return { ...a, call, person };
  }

  const auditsOf = (org: string) =>
    get()
      .ctx.db.kysely.selectFrom('audit_log')
      .select(['action', 'changes', 'entity_type'])
      .where('organisation_id', '=', org)
      .where('entity_type', '=', 'responsibility_group')
      .execute();

  it('makes, lists, changes and deletes a group; the audit log names the group and counts members, never who', async () => {
    const a = await admin();
    const [bo, alma, carl] = [
      await a.person('Bo Bech'),
      await a.person('Alma Ager'),
      await a.person('Carl Cortes'),
    ];
    const made = await a.call('POST', GROUPS, { name: 'MED-udvalg', personIds: [bo.id, alma.id] });
    expect(made.statusCode, made.body).toBe(201);
    const group = made.json<ResponsibilityGroupRes>();
    expect(group).toEqual({
      id: expect.any(String),
      name: 'MED-udvalg',
      members: [
        { id: alma.id, name: 'Alma Ager' },
        { id: bo.id, name: 'Bo Bech' },
      ],
    });
    const changed = await a.call('PUT', `${GROUPS}/${group.id}`, { name: 'Hoved-MED', personIds: [carl.id] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<ResponsibilityGroupRes>()).toEqual({
      id: group.id,
      name: 'Hoved-MED',
      members: [{ id: carl.id, name: 'Carl Cortes' }],
    });
    const other = await a.call('POST', GROUPS, { name: 'Styregruppe', personIds: [] });
    const list = (await a.call('GET', GROUPS)).json<{ items: ResponsibilityGroupRes[] }>().items;
    expect(list.map((g) => [g.name, g.members.length])).toEqual([
      ['Hoved-MED', 1],
      ['Styregruppe', 0],
    ]);
    expect((await a.call('DELETE', `${GROUPS}/${other.json().id}`)).statusCode).toBe(204);
    expect((await a.call('DELETE', `${GROUPS}/${other.json().id}`)).statusCode).toBe(404);
    expect((await a.call('GET', GROUPS)).json().items).toHaveLength(1);

    const audits = await auditsOf(a.organisationId);
    expect(audits.map((r) => [r.action, JSON.parse(r.changes ?? '{}')]).sort()).toEqual(
      [
        ['responsibility_group.created', { name: 'MED-udvalg', members: 2 }],
        ['responsibility_group.updated', { name: ['MED-udvalg', 'Hoved-MED'], members: [2, 1] }],
        ['responsibility_group.created', { name: 'Styregruppe', members: 0 }],
        ['responsibility_group.deleted', { name: 'Styregruppe', members: 0 }],
      ].sort(),
    );
    for (const name of ['Bo', 'Alma', 'Carl']) expect(JSON.stringify(audits)).not.toContain(name);
  });

  it('refuses a name already taken in any case (409 group_exists); keeping its own name is fine', async () => {
    const a = await admin();
    const first = (await a.call('POST', GROUPS, { name: 'MED-udvalg', personIds: [] })).json();
    const second = (await a.call('POST', GROUPS, { name: 'Styregruppe', personIds: [] })).json();
    for (const res of [
      await a.call('POST', GROUPS, { name: 'med-UDVALG', personIds: [] }),
      await a.call('PUT', `${GROUPS}/${second.id}`, { name: 'MED-udvalg', personIds: [] }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        reason: 'group_exists',
        message: expect.stringContaining('MED-udvalg'),
      });
    }
    const same = await a.call('PUT', `${GROUPS}/${first.id}`, { name: 'MED-udvalg', personIds: [] });
    expect(same.statusCode).toBe(200);
    // Another organisation may use the same name.
    const b = await admin();
    expect((await b.call('POST', GROUPS, { name: 'MED-udvalg', personIds: [] })).statusCode).toBe(201);
  });

  it('a column linked to a deleted group shows as not linked, and its warning says so', async () => {
    const a = await admin();
    const group = (
      await a.call('POST', GROUPS, { name: 'MED', personIds: [(await a.person('Ida')).id] })
    ).json();
    const v = await insertMatrixVersion(get().ctx.db, a.organisationId, {
      status: 'published',
      document: matrixDocument({ groupId: group.id }),
    });
    const read = async () =>
      (await a.call('GET', `/api/responsibilities/versions/${v.id}`)).json<MatrixVersionRes>();
    const before = await read();
    expect(before.links).toContainEqual({ actorKey: 'med', label: 'MED' });
    expect(before.validation.warnings).not.toContainEqual({ code: 'group_empty', actorKey: 'med' });
    expect((await a.call('DELETE', `${GROUPS}/${group.id}`)).statusCode).toBe(204);
    const after = await read();
    expect(after.links).toContainEqual({ actorKey: 'med', label: null });
    expect(after.validation.warnings).toContainEqual({ code: 'group_empty', actorKey: 'med' });
  });
});
