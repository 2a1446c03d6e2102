import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases.js';
import {
  createField,
  createPerson,
  createUnit,
  createUser,
  signedInUser,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('people API', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Session;
  let org = '';
  const ids: Record<string, string> = {};

  // Børn og Unge (forvaltning) → Skoler (afdeling) → Vestskolen (institution); and Teknik og Miljø.
  beforeAll(async () => {
    const { app, ctx } = get();
    const a = await signedInUser(app, ctx.db);
    admin = a.session;
    org = a.organisationId;
    const db = ctx.db;
    ids.bu = (await createUnit(db, org, { name: 'Børn og Unge', kind: 'forvaltning' })).id;
    ids.skoler = (await createUnit(db, org, { name: 'Skoler', parentId: ids.bu })).id;
    ids.vest = (
      await createUnit(db, org, { name: 'Vestskolen', kind: 'institution', parentId: ids.skoler })
    ).id;
    ids.tm = (await createUnit(db, org, { name: 'Teknik og Miljø', kind: 'forvaltning' })).id;
    ids.skole = (await createField(db, org, 'Skole')).id;
    await createPerson(db, org, { name: 'Birgitte Børnechef', unitId: ids.bu, level: 'chef' });
    await createPerson(db, org, {
      name: 'Søren Skolechef',
      unitId: ids.skoler,
      level: 'chef',
      fieldId: ids.skole,
    });
    await createPerson(db, org, {
      name: 'Åse Skoleleder',
      unitId: ids.vest,
      level: 'leder',
      fieldId: ids.skole,
    });
    await createPerson(db, org, {
      name: 'Lærer Lund',
      unitId: ids.vest,
      level: 'medarbejder',
      fieldId: ids.skole,
    });
    await createPerson(db, org, { name: 'Tom Teknikchef', unitId: ids.tm, level: 'chef' });
    await createPerson(db, org, { name: 'Gammel Chef', unitId: ids.skoler, level: 'chef', left: true });
  });

  const names = async (query: string) => {
    const res = await send(get().app, admin, { method: 'GET', url: `/api/people?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return { names: res.json().items.map((p: { name: string }) => p.name), total: res.json().total };
  };

  describe('access', () => {
    it('requires a session (401), the right role (403), valid filters (400), and hides other organisations (404)', async () => {
      const { app, ctx } = get();
      expect((await app.inject({ method: 'GET', url: '/api/people' })).statusCode).toBe(401);
      const observer = await signedInUser(app, ctx.db, ['observer']);
      expect((await send(app, observer.session, { method: 'GET', url: '/api/people' })).statusCode).toBe(403);
      expect((await send(app, observer.session, { method: 'GET', url: '/api/units' })).statusCode).toBe(200);
      const bad = await send(app, admin, { method: 'GET', url: '/api/people?level=konge&limit=0&unitId=x' });
      expect(Object.keys(bad.json().error.fields).sort()).toEqual(['level', 'limit', 'unitId']);
      const stranger = await createPerson(ctx.db, (await createUser(ctx.db)).organisationId);
      expect((await send(app, admin, { method: 'GET', url: `/api/people/${stranger.id}` })).statusCode).toBe(
        404,
      );
    });
  });

  describe('the enrolment filter', () => {
    it('finds all chefs in Børn og Unge, the units below included', async () => {
      expect(await names(`unitId=${ids.bu}&level=chef`)).toEqual({
        names: ['Birgitte Børnechef', 'Søren Skolechef'],
        total: 2,
      });
    });
    it('can stay within the unit itself', async () => {
      expect((await names(`unitId=${ids.bu}&includeSubunits=false`)).names).toEqual(['Birgitte Børnechef']);
    });
    it('filters leaders, fields, status and text (Danish letters in any case)', async () => {
      expect((await names(`unitId=${ids.skoler}&level=leaders`)).names).toEqual([
        'Søren Skolechef',
        'Åse Skoleleder',
      ]);
      expect((await names(`fieldId=${ids.skole}&level=chef,leder`)).total).toBe(2);
      expect((await names('status=left')).names).toEqual(['Gammel Chef']);
      expect((await names('q=ÅSE')).names).toEqual(['Åse Skoleleder']);
      expect((await names('q=%25')).total).toBe(0);
    });
    it('pages with a total', async () => {
      const page = await names('limit=2&offset=2');
      expect(page.names).toHaveLength(2);
      expect(page.total).toBe(5);
    });
  });

  describe('changes', () => {
    it('creates, moves, links an account, marks as left, and audits without personal values', async () => {
      const { app, ctx } = get();
      const created = await send(app, admin, {
        method: 'POST',
        url: '/api/people',
        payload: {
          name: 'Ny Leder',
          email: 'Ny.Leder@Kommune.dk',
          level: 'leder',
          unitId: ids.vest,
          externalId: 'E-1',
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({
        email: 'ny.leder@kommune.dk',
        unit: { name: 'Vestskolen' },
        user: null,
      });
      const id = created.json().id;
      const again = await send(app, admin, {
        method: 'POST',
        url: '/api/people',
        payload: { name: 'Dublet', level: 'leder', externalId: 'E-1' },
      });
      expect(again.statusCode).toBe(409);
      get().clock.advance(1000);
      const account = await createUser(ctx.db, { organisationId: org });
      const moved = await send(app, admin, {
        method: 'PATCH',
        url: `/api/people/${id}`,
        payload: { unitId: ids.tm, userId: account.id },
      });
      expect(moved.json()).toMatchObject({ unit: { name: 'Teknik og Miljø' }, user: { id: account.id } });
      const foreignUnit = await createUnit(ctx.db, (await createUser(ctx.db)).organisationId);
      const bad = await send(app, admin, {
        method: 'PATCH',
        url: `/api/people/${id}`,
        payload: { unitId: foreignUnit.id },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.unitId).toBeDefined();
      get().clock.advance(1000);
      const left = await send(app, admin, {
        method: 'PATCH',
        url: `/api/people/${id}`,
        payload: { left: true },
      });
      expect(left.json().leftAt).not.toBeNull();
      const audit = await send(app, admin, { method: 'GET', url: `/api/audit?entityId=${id}` });
      expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual([
        'person.left',
        'person.updated',
        'person.created',
      ]);
      expect(audit.body).not.toContain('ny.leder@kommune.dk');
    });

    it('ends the access of a person marked as left: their session and their password', async () => {
      const { app, ctx } = get();
      const leaving = await signedInUser(app, ctx.db, ['facilitator'], org);
      const person = await createPerson(ctx.db, org, { email: leaving.email });
      await ctx.db.kysely
        .updateTable('persons')
        .set({ user_id: leaving.id })
        .where('id', '=', person.id)
        .execute();
      expect((await send(app, leaving.session, { method: 'GET', url: '/api/people' })).statusCode).toBe(200);
      await send(app, admin, { method: 'PATCH', url: `/api/people/${person.id}`, payload: { left: true } });
      const me = await send(app, leaving.session, { method: 'GET', url: '/api/me' });
      expect(me.json()).toMatchObject({ activeOrganisationId: null, organisations: [] });
      expect((await send(app, leaving.session, { method: 'GET', url: '/api/people' })).statusCode).toBe(403);
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: leaving.email, password: TEST_PASSWORD },
      });
      expect(login.statusCode).toBe(403);
      // Back again: access returns.
      await send(app, admin, { method: 'PATCH', url: `/api/people/${person.id}`, payload: { left: false } });
      expect(
        (await send(app, leaving.session, { method: 'GET', url: '/api/me' })).json().activeOrganisationId,
      ).toBe(org);
    });

    it('exports people as CSV for Danish Excel', async () => {
      const res = await send(get().app, admin, {
        method: 'GET',
        url: `/api/people/export.csv?unitId=${ids.vest}`,
      });
      const lines = res.body.split('\r\n');
      expect(lines[0]).toBe(
        '\ufeffMedarbejder-id;Navn;E-mail;Stilling;Enhed;Ledelsesniveau;Fagområde;Fratrådt',
      );
      expect(lines[1]).toContain(';Lærer Lund;');
    });
  });
});
