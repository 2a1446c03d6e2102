import { beforeAll, expect, it } from 'vitest';
import type { MatrixOverviewRes } from '../../../../core/schemas/responsibilities.js';
import { describeEachDialect } from '../../test/databases.js';
import { createPerson, createUnit, signedInUser } from '../../test/factories.js';
import {
  insertMatrixVersion,
  insertResponsibilityGroup,
  matrixDocument,
} from '../../test/responsibilities.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const BASE = '/api/responsibilities';
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describeEachDialect('responsibility matrix: access, tenancy and bad input', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });
  const call = (method: Method, url: string, payload?: object, who: Session | null = admin) =>
    send(get().app, who, { method, url, payload });
  let versionNumber = 100;
  const version = (status: 'draft' | 'published' = 'draft', organisationId = org) =>
    insertMatrixVersion(get().ctx.db, organisationId, { status, version: ++versionNumber });
  const save = (document = matrixDocument()) => ({ revision: 1, document });
  const groupBody = { name: 'Styregruppe', personIds: [] };

  /** Every route, addressing a new draft and group of `owner`; `read` ones are open to every member. */
  async function routes(
    owner = org,
  ): Promise<Array<[Method, string, object | undefined, 'read' | 'manage']>> {
    const draft = await version('draft', owner);
    const group = await insertResponsibilityGroup(get().ctx.db, owner);
    const v = `${BASE}/versions/${draft.id}`;
    return [
      ['GET', BASE, undefined, 'read'],
      ['GET', `${BASE}/mine`, undefined, 'read'],
      ['GET', v, undefined, 'read'],
      ['GET', `${v}/export.xlsx`, undefined, 'read'],
      ['POST', `${BASE}/versions`, undefined, 'manage'],
      ['PUT', v, save(), 'manage'],
      ['POST', `${v}/publish`, { revision: 1 }, 'manage'],
      ['DELETE', v, undefined, 'manage'],
      ['GET', `${v}/diff`, undefined, 'manage'],
      ['GET', `${BASE}/groups`, undefined, 'manage'],
      ['POST', `${BASE}/groups`, groupBody, 'manage'],
      ['PUT', `${BASE}/groups/${group.id}`, groupBody, 'manage'],
      ['DELETE', `${BASE}/groups/${group.id}`, undefined, 'manage'],
    ];
  }

  it('answers 401 without a session on every route', async () => {
    for (const [method, url, payload] of await routes())
      expect((await call(method, url, payload, null)).statusCode, `${method} ${url}`).toBe(401);
  });

  it('lets every member read the published matrix and their own tasks; only administrators manage (403)', async () => {
    const published = await version('published');
    for (const role of ['facilitator', 'participant', 'observer', 'employee', 'voice_moderator'] as const) {
      const who = (await signedInUser(get().app, get().ctx.db, [role], org)).session;
      const overview = await call('GET', BASE, undefined, who);
      expect(overview.statusCode, role).toBe(200);
      const body = overview.json<MatrixOverviewRes>();
      expect(body).toMatchObject({ canManage: false, draft: null });
      expect(body.versions.map((v) => v.status)).toEqual(body.versions.map(() => 'published'));
      expect(body.published?.canEdit).toBe(false);
      const v = `${BASE}/versions/${published.id}`;
      expect((await call('GET', v, undefined, who)).statusCode).toBe(200);
      expect((await call('GET', `${v}/export.xlsx`, undefined, who)).statusCode).toBe(200);
      for (const [method, url, payload, ability] of await routes()) {
        // A draft is not theirs to see: 404, as if it did not exist.
        const expected = ability === 'manage' ? 403 : url.includes('/versions/') ? 404 : 200;
        expect((await call(method, url, payload, who)).statusCode, `${role} ${method} ${url}`).toBe(expected);
      }
    }
  });

  it("answers 404 for an unknown id and for another organisation's version or group, which stay untouched", async () => {
    const stranger = (await signedInUser(get().app, get().ctx.db)).session;
    const published = await version('published');
    for (const [method, url, payload] of await routes()) {
      if (!/[0-9a-f-]{36}/.test(url)) continue;
      expect((await call(method, url, payload, stranger)).statusCode, `${method} ${url}`).toBe(404);
      const unknown = url.replace(/[0-9a-f-]{36}/, crypto.randomUUID());
      expect((await call(method, unknown, payload)).statusCode, `unknown ${method} ${url}`).toBe(404);
    }
    const theirs = await version('draft', (await signedInUser(get().app, get().ctx.db)).organisationId);
    const against = await call('GET', `${BASE}/versions/${published.id}/diff?against=${theirs.id}`);
    expect(against.statusCode).toBe(404);
    expect((await call('GET', `${BASE}/versions/${published.id}`)).json().status).toBe('published');
  });

  it('refuses malformed ids, bodies and documents with 400 naming the field', async () => {
    const draft = await version();
    const v = `${BASE}/versions/${draft.id}`;
    for (const [method, url, payload] of await routes()) {
      if (!/[0-9a-f-]{36}/.test(url)) continue;
      const res = await call(method, url.replace(/[0-9a-f-]{36}/, 'not-an-id'), payload);
      expect(res.statusCode, `${method} ${url}`).toBe(400);
      expect(res.json().error.fields).toEqual({ id: 'Skal være et gyldigt id.' });
    }
    expect((await call('GET', `${v}/diff?against=nope`)).statusCode).toBe(400);
    expect((await call('GET', `${v}/diff?other=1`)).statusCode).toBe(400);
    const doc = matrixDocument();
    const bad = async (document: unknown, field: string) => {
      const res = await call('PUT', v, { revision: 1, document });
      expect(res.statusCode, field).toBe(400);
      expect(Object.keys(res.json().error.fields), field).toContain(field);
    };
    await bad({ ...doc, actors: [...doc.actors, doc.actors[0]] }, 'document.actors.4.key');
    await bad({ ...doc, tasks: [{ ...doc.tasks[0], group: 'nowhere' }] }, 'document.tasks.0.group');
    await bad(
      { ...doc, tasks: [{ ...doc.tasks[0], cells: { ghost: 'R' } }] },
      'document.tasks.0.cells.ghost',
    );
    await bad(
      { ...doc, tasks: [{ ...doc.tasks[0], cells: { chefer: 'X' } }] },
      'document.tasks.0.cells.chefer',
    );
    await bad({ ...doc, actors: [{ ...doc.actors[0], key: 'Store Bogstaver' }] }, 'document.actors.0.key');
    await bad({ ...doc, extra: true }, 'document.extra');
    expect((await call('PUT', v, { document: doc })).statusCode).toBe(400);
    const messages = (await call('PUT', v, { revision: 1, document: { ...doc, extra: 1 } })).json().error;
    expect(messages.fields['document.extra']).toBe('Ukendt felt. Fjern det.');
    expect((await call('GET', v)).json().revision).toBe(1);
  });

  it("refuses a column linked to another organisation's unit or group: 400 on that column's membership", async () => {
    const other = (await signedInUser(get().app, get().ctx.db)).organisationId;
    const foreignUnit = await createUnit(get().ctx.db, other);
    const foreignGroup = await insertResponsibilityGroup(get().ctx.db, other);
    const draft = await version();
    const res = await call('PUT', `${BASE}/versions/${draft.id}`, {
      revision: 1,
      document: matrixDocument({ unitId: foreignUnit.id, groupId: foreignGroup.id }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'document.actors.2.membership': 'Enheden findes ikke i organisationen.',
      'document.actors.3.membership': 'Gruppen findes ikke i organisationen. Vælg en af jeres grupper.',
    });
    expect((await call('GET', `${BASE}/versions/${draft.id}`)).json().revision).toBe(1);
  });

  it("refuses a group with another organisation's person (400 on personIds), a duplicate person, and bad names", async () => {
    const other = (await signedInUser(get().app, get().ctx.db)).organisationId;
    const foreign = await createPerson(get().ctx.db, other);
    const own = await createPerson(get().ctx.db, org);
    const post = (body: object) => call('POST', `${BASE}/groups`, body);
    const res = await post({ name: 'Udvalg', personIds: [own.id, foreign.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ personIds: 'Personen findes ikke i organisationen.' });
    const twice = await post({ name: 'Udvalg', personIds: [own.id, own.id] });
    expect(twice.json().error.fields.personIds).toBe('Den samme person står der flere gange. Fjern den ene.');
    expect((await post({ name: '  ', personIds: [] })).json().error.fields).toHaveProperty('name');
    expect((await post({ name: 'Udvalg', personIds: ['x'] })).statusCode).toBe(400);
    const groups = (await call('GET', `${BASE}/groups`)).json().items as Array<{ name: string }>;
    expect(groups.map((g) => g.name)).not.toContain('Udvalg');
  });
});
