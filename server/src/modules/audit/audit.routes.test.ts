import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../lib/audit.js';
import { describeEachDialect } from '../../test/databases.js';
import { createUser, signedInUser } from '../../test/factories.js';
import { send, useTestApp } from '../../test/test-app.js';

describeEachDialect('audit API', (dialect) => {
  const get = useTestApp(dialect);

  describe('access', () => {
    it('requires a session (401), the admin role (403), and valid filters (400)', async () => {
      const { app, ctx } = get();
      expect((await app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
      const observer = await signedInUser(app, ctx.db, ['observer']);
      expect((await send(app, observer.session, { method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
      const admin = await signedInUser(app, ctx.db);
      const bad = await send(app, admin.session, {
        method: 'GET',
        url: '/api/audit?limit=0&actorId=x&extra=1',
      });
      expect(bad.statusCode).toBe(400);
      expect(Object.keys(bad.json().error.fields).sort()).toEqual(['actorId', 'extra', 'limit']);
      for (const before of ['broken', Buffer.from('zzz|yyy').toString('base64url')]) {
        const cursor = await send(app, admin.session, { method: 'GET', url: `/api/audit?before=${before}` });
        expect(cursor.statusCode).toBe(400);
      }
    });
  });

  it('filters by person and entity, pages newest first, and never shows another organisation', async () => {
    const { app, ctx, clock } = get();
    const admin = await signedInUser(app, ctx.db);
    const other = await createUser(ctx.db, { organisationId: admin.organisationId });
    const stranger = await createUser(ctx.db);
    await ctx.db.kysely.transaction().execute(async (trx) => {
      for (let i = 0; i < 5; i++) {
        clock.advance(1000);
        await recordAudit(trx, clock, {
          organisationId: admin.organisationId,
          actorUserId: i % 2 ? other.id : admin.id,
          action: 'thing.changed',
          entityType: 'thing',
          entityId: `t${i}`,
          changes: { n: i },
        });
      }
      await recordAudit(trx, clock, {
        organisationId: stranger.organisationId,
        actorUserId: stranger.id,
        action: 'thing.changed',
        entityType: 'thing',
        entityId: 't0',
      });
    });
    const page1 = await send(app, admin.session, {
      method: 'GET',
      url: '/api/audit?entityType=thing&limit=3',
    });
    expect(page1.json().items.map((e: { entityId: string }) => e.entityId)).toEqual(['t4', 't3', 't2']);
    const cursor = page1.json().nextCursor;
    const page2 = await send(app, admin.session, {
      method: 'GET',
      url: `/api/audit?entityType=thing&limit=3&before=${cursor}`,
    });
    expect(page2.json()).toMatchObject({ items: [{ entityId: 't1' }, { entityId: 't0' }], nextCursor: null });
    const byPerson = await send(app, admin.session, { method: 'GET', url: `/api/audit?actorId=${other.id}` });
    expect(byPerson.json().items.map((e: { entityId: string }) => e.entityId)).toEqual(['t3', 't1']);
    expect(byPerson.json().items[0].actor).toEqual({ id: other.id, name: 'Test Person' });
    const t0 = await send(app, admin.session, { method: 'GET', url: '/api/audit?entityId=t0' });
    expect(t0.json().items).toHaveLength(1);
  });

  it('exports the filtered log as CSV for Danish Excel', async () => {
    const { app, ctx } = get();
    const admin = await signedInUser(app, ctx.db);
    const res = await send(app, admin.session, {
      method: 'GET',
      url: `/api/audit/export.csv?actorId=${admin.id}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const [header, row] = res.body.split('\r\n');
    expect(header).toBe('\ufefftidspunkt (UTC);person;person-id;handling;type;id;ændringer');
    expect(row).toContain(';user.logged_in;user;');
  });
});
