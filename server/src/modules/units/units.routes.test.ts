import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases.js';
import { createPerson, createUnit, createUser, signedInUser } from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('units API', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  beforeAll(async () => {
    const a = await signedInUser(get().app, get().ctx.db);
    admin = a.session;
    org = a.organisationId;
  });

  it('requires the admin role to change units', async () => {
    const { app, ctx } = get();
    const facilitator = await signedInUser(app, ctx.db, ['facilitator'], org);
    const res = await send(app, facilitator.session, {
      method: 'POST',
      url: '/api/units',
      payload: { name: 'X', kind: 'team' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('lists the tree parents first, with managers and head counts', async () => {
    const { app, ctx } = get();
    const top = await send(app, admin, {
      method: 'POST',
      url: '/api/units',
      payload: { name: 'Direktionen', kind: 'direktion' },
    });
    expect(top.statusCode).toBe(201);
    const area = await send(app, admin, {
      method: 'POST',
      url: '/api/units',
      payload: { name: 'Ældre og Sundhed', kind: 'forvaltning', parentId: top.json().id, externalId: 'OU-1' },
    });
    const boss = await createPerson(ctx.db, org, {
      name: 'Else Ældrechef',
      unitId: area.json().id,
      level: 'chef',
    });
    await createPerson(ctx.db, org, { unitId: area.json().id });
    await send(app, admin, {
      method: 'PATCH',
      url: `/api/units/${area.json().id}`,
      payload: { managerPersonId: boss.id },
    });
    const list = await send(app, admin, { method: 'GET', url: '/api/units' });
    const items = list.json().items as {
      name: string;
      manager: { name: string } | null;
      peopleCount: number;
    }[];
    const names = items.map((u) => u.name);
    expect(names.indexOf('Direktionen')).toBeLessThan(names.indexOf('Ældre og Sundhed'));
    expect(items.find((u) => u.name === 'Ældre og Sundhed')).toMatchObject({
      manager: { name: 'Else Ældrechef' },
      peopleCount: 2,
    });
  });

  it('refuses a cycle, a foreign parent and a taken external id; nothing changes', async () => {
    const { app, ctx } = get();
    const a = await createUnit(ctx.db, org, { name: 'A' });
    const b = await createUnit(ctx.db, org, { name: 'B', parentId: a.id });
    const c = await createUnit(ctx.db, org, { name: 'C', parentId: b.id, externalId: 'C-1' });
    const cycle = await send(app, admin, {
      method: 'PATCH',
      url: `/api/units/${a.id}`,
      payload: { parentId: c.id },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.fields.parentId).toMatch(/under sig selv/);
    const self = await send(app, admin, {
      method: 'PATCH',
      url: `/api/units/${a.id}`,
      payload: { parentId: a.id },
    });
    expect(self.statusCode).toBe(400);
    const foreign = await createUnit(ctx.db, (await createUser(ctx.db)).organisationId);
    const bad = await send(app, admin, {
      method: 'PATCH',
      url: `/api/units/${a.id}`,
      payload: { parentId: foreign.id },
    });
    expect(bad.statusCode).toBe(400);
    const taken = await send(app, admin, {
      method: 'PATCH',
      url: `/api/units/${a.id}`,
      payload: { externalId: 'C-1' },
    });
    expect(taken.statusCode).toBe(409);
    const row = await ctx.db.kysely
      .selectFrom('units')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ parent_id: null, external_id: null });
  });

  it('ends and reopens a unit, and exports the tree as CSV', async () => {
    const { app, ctx } = get();
    const u = await createUnit(ctx.db, org, { name: 'Lukket Team', kind: 'team' });
    const ended = await send(app, admin, {
      method: 'PATCH',
      url: `/api/units/${u.id}`,
      payload: { ended: true },
    });
    expect(ended.json().endedAt).not.toBeNull();
    const visible = await send(app, admin, { method: 'GET', url: '/api/units' });
    expect(visible.body).not.toContain('Lukket Team');
    const all = await send(app, admin, { method: 'GET', url: '/api/units?includeEnded=true' });
    expect(all.body).toContain('Lukket Team');
    const csv = await send(app, admin, { method: 'GET', url: '/api/units/export.csv' });
    expect(csv.body.split('\r\n')[0]).toBe(
      '\ufeffEnheds-id;Navn;Type;Overordnet enheds-id;Overordnet enhed;Leder;Antal personer;Afsluttet',
    );
    expect(csv.body).toMatch(/Lukket Team;team;;;;0;\d\d-\d\d-\d{4}/);
    const reopened = await send(app, admin, {
      method: 'PATCH',
      url: `/api/units/${u.id}`,
      payload: { ended: false },
    });
    expect(reopened.json().endedAt).toBeNull();
  });

  describe('professional fields', () => {
    it('adds, renames and archives; a duplicate name is 409', async () => {
      const { app } = get();
      const made = await send(app, admin, {
        method: 'POST',
        url: '/api/fields',
        payload: { name: 'Ældre og sundhed' },
      });
      expect(made.json()).toMatchObject({ key: 'aeldre-og-sundhed', archived: false });
      const dup = await send(app, admin, {
        method: 'POST',
        url: '/api/fields',
        payload: { name: 'ældre og sundhed' },
      });
      expect(dup.statusCode).toBe(409);
      const archived = await send(app, admin, {
        method: 'PATCH',
        url: `/api/fields/${made.json().id}`,
        payload: { archived: true },
      });
      expect(archived.json().archived).toBe(true);
    });
  });
});
